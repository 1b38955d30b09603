import { builtinRules } from './builtin/index.js';
import { createRuleRegistry, type RuleRegistry } from './registry.js';

/** The registry of built-in rules (`no-advice`, `open-question`, `sphere-of-influence`), used by default. */
export const defaultRuleRegistry: RuleRegistry = createRuleRegistry(builtinRules);
