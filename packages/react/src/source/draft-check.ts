import { type Finding, type Lang, type RuleRegistry, runRules } from '@intervision/core';
import type { MethodPlan } from '@intervision/core/machine';
import type { CheckInput } from './types.js';

/** Where a draft is typed: the current phase (id and the contribution kinds it allows) and the session language. */
export interface DraftPlace {
  /** The current phase, or null outside one. */
  phase: { id: string; contributionKinds: readonly string[] } | null;
  /** Session language. */
  lang: Lang;
}

/**
 * The current phase's rule findings for a draft, as `send` would record them: a kind the phase allows is
 * checked as a contribution, anything else (`topic`, an output) as a topic. Never rejects (no findings
 * when a rule fails or there is no phase).
 */
export async function checkDraft(plan: MethodPlan, rules: RuleRegistry, place: DraftPlace, { kind, text }: CheckInput): Promise<Finding[]> {
  if (!place.phase || text.trim() === '') return [];
  const target = place.phase.contributionKinds.includes(kind) ? 'contribution' : 'topic';
  try {
    return await runRules(plan, rules, { phaseId: place.phase.id, target, kind, text, lang: place.lang }, () => {});
  } catch {
    return [];
  }
}
