import type { Rule } from './types.js';

/** A lookup of rules by id. Methods name rules by id; sessions run them from a registry. */
export interface RuleRegistry {
  /** The rule with this id, if registered. */
  get(id: string): Rule<unknown> | undefined;
  /** Whether a rule with this id is registered. */
  has(id: string): boolean;
  /** All registered rule ids. */
  ids(): string[];
  /** A new registry with these rules added (a rule with an existing id replaces it). */
  with(...rules: Rule<any>[]): RuleRegistry;
}

/** Creates a registry holding `rules`. Later rules with the same id replace earlier ones. */
export function createRuleRegistry(rules: readonly Rule<any>[] = []): RuleRegistry {
  const byId = new Map<string, Rule<unknown>>();
  for (const rule of rules) byId.set(rule.id, rule as Rule<unknown>);
  return {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    ids: () => [...byId.keys()],
    with: (...more) => createRuleRegistry([...byId.values(), ...more]),
  };
}
