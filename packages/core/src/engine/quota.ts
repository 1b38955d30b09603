import type { Phase } from '../method/schema.js';

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

/** How many contributions a participant writes in a `written-then-revealed` phase before they are done. */
export function writtenPerParticipant(phase: Phase): number {
  return phase.quota?.max ?? 1;
}
