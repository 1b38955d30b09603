import type { RuleSetting } from '../../method/schema.js';

type RuleSettings = Record<string, RuleSetting>;

/**
 * The rules of a question round: advice (also disguised as a question) is always blocked; questions
 * must be open, in `mode`, and why-questions are allowed or not per method (`allowWhy`).
 */
export function questionRules(mode: 'block' | 'warn', allowWhy: boolean): RuleSettings {
  return { 'no-advice': 'block', 'open-question': { mode, options: { allowWhy } } };
}
