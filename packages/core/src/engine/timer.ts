import type { Phase } from '../method/schema.js';
import type { PhaseRun } from './context.js';

/** Length of a phase's timebox for a number of speakers, or null when it has none. */
export function timeboxMs(phase: Pick<Phase, 'timebox'>, speakers: number): number | null {
  const box = phase.timebox;
  if (!box) return null;
  if (box.minutes !== undefined) return box.minutes * 60_000;
  if (box.minutesPerParticipant !== undefined) return box.minutesPerParticipant * Math.max(1, speakers) * 60_000;
  return null;
}

/**
 * When the phase run's timebox runs out (epoch ms), or null when it has none. While the session is
 * paused (`pausedAt` set) the deadline moves with the clock, so pass `now` to get the live value.
 */
export function deadlineOf(run: PhaseRun | null, pausedAt: number | null = null, now = pausedAt ?? 0): number | null {
  if (!run || run.durationMs === null) return null;
  const pausedNow = pausedAt === null ? 0 : Math.max(0, now - pausedAt);
  return run.startedAt + run.durationMs + run.extendedMs + run.pausedMs + pausedNow;
}
