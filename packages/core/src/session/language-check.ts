import { LanguagePackMissingError } from '../errors/session.js';
import type { MethodPlan } from '../method/plan.js';
import { builtinRules } from '../rules/builtin/index.js';
import type { RuleRegistry } from '../rules/registry.js';
import { languagePack } from '../text/registry.js';

const TEXT_RULES: ReadonlySet<unknown> = new Set(builtinRules);

/**
 * Throws {@link LanguagePackMissingError} when `lang` has no registered language pack while a phase of
 * the method turns on one of the built-in text rules (which read their words from the pack). A host's
 * own rule under the same id is the host's business and needs no pack.
 */
export function assertLanguagePack(plan: MethodPlan, rules: RuleRegistry, lang: string): void {
  if (languagePack(lang)) return;
  const used = new Set<string>();
  for (const step of plan.steps.values())
    for (const [id, setting] of Object.entries('rules' in step.phase ? step.phase.rules : {})) {
      const mode = typeof setting === 'string' ? setting : setting.mode;
      if (mode !== 'off' && TEXT_RULES.has(rules.get(id))) used.add(id);
    }
  if (used.size > 0) throw new LanguagePackMissingError(lang, [...used].sort());
}
