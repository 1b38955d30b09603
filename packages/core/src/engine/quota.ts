import type { Phase } from '../method/schema.js';
import { own } from '../shared/safe-map.js';
import type { SessionContext } from './context.js';
import { hasAnyRole, hasRole } from './participants.js';

/** Whether a contribution of `kind` counts towards the phase's quota (answers never do). */
export function countsTowardsQuota(phase: Phase, kind: string): boolean {
  if (kind === 'answer') return false;
  const kinds = phase.quota?.kinds;
  return !kinds || kinds.includes(kind);
}

/** Contributions counted in a phase run, all participants together. */
export function totalCount(counts: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const id of Object.keys(counts)) total += counts[id] ?? 0;
  return total;
}

/**
 * Whether the phase's quota limits and counts a participant: everyone, or — when the quota names
 * `roles` — only those holding one of them (the consultants, not the moderator).
 */
export function underQuota(phase: Phase, ctx: SessionContext, participant: string): boolean {
  const roles = phase.quota?.roles;
  return roles === undefined || hasAnyRole(ctx, participant, roles);
}

/**
 * The most contributions a participant may make in a run of the phase: the largest `perRole` limit of
 * a role they hold, else `max`; `undefined` when nothing limits them.
 */
export function maxFor(phase: Phase, ctx: SessionContext, participant: string): number | undefined {
  const quota = phase.quota;
  if (!quota || !underQuota(phase, ctx, participant)) return undefined;
  let limit: number | undefined;
  if (quota.perRole)
    for (const role of Object.keys(quota.perRole)) {
      const max = own(quota.perRole, role);
      if (max !== undefined && hasRole(ctx, participant, role)) limit = Math.max(limit ?? 0, max);
    }
  return limit ?? quota.max;
}

/**
 * Contributions counted towards the phase's `total`: everyone's, or only those of participants the
 * quota counts. `authorOf` names the participant behind a count key (a pseudonym in a strict session).
 */
export function quotaTotal(phase: Phase, ctx: SessionContext, counts: Readonly<Record<string, number>>, authorOf: (by: string) => string): number {
  if (phase.quota?.roles === undefined) return totalCount(counts);
  let total = 0;
  for (const by of Object.keys(counts)) if (underQuota(phase, ctx, authorOf(by))) total += counts[by] ?? 0;
  return total;
}

/** How many contributions a participant writes in a `written-then-revealed` phase before they are done. */
export function writtenPerParticipant(phase: Phase): number {
  return phase.quota?.max ?? 1;
}
