import type { MethodPlan } from '../method/plan.js';
import { check, type Refusal } from './check.js';
import { initialContext, type SessionContext } from './context.js';
import { evolveDraft } from './evolve.js';
import type { Pseudonyms } from './pseudonyms.js';
import type { CreatedEvent, SessionEvent } from './schemas.js';

/** Why a log could not be folded: the first event `check` refused, with its position. */
export interface FoldFailure {
  /** Position of the refused event in the log. */
  index: number;
  /** The refused event. */
  event: SessionEvent;
  /** Why it was refused. */
  refusal: Refusal;
}

/**
 * Folds a log into the state it stands for: `check` then `evolve` on each event, at reducer speed (one
 * private working copy, mutated in place; no actor, no per-event copies). A forged or corrupt log is
 * refused exactly as a live session would refuse its events. `events` are the events after `created`;
 * `pseudonyms` are a strict session's (see {@link check}).
 */
export function fold(
  plan: MethodPlan,
  created: CreatedEvent,
  events: readonly SessionEvent[],
  pseudonyms?: Pseudonyms,
): { ok: true; state: SessionContext } | ({ ok: false } & FoldFailure) {
  const ctx = initialContext(created);
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const refusal = check(plan, ctx, event, pseudonyms);
    if (refusal) return { ok: false, index: i + 1, event, refusal };
    evolveDraft(plan, ctx, event);
  }
  return { ok: true, state: ctx };
}
