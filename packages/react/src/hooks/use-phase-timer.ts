import { useEffect, useState } from 'react';
import { useSource } from './context.js';
import { useSessionSelector } from './use-session-selector.js';

/** What {@link usePhaseTimer} returns. */
export interface PhaseTimer {
  /** When the timebox runs out (epoch ms, session clock), not counting a pause in progress. */
  deadline: number;
  /** Milliseconds left (0 once over). */
  remainingMs: number;
  /** Milliseconds over time (0 while within). */
  overMs: number;
  /** Whether the session recorded the timebox as run out. */
  expired: boolean;
  /** Whether the session is paused (the timer stands still). */
  paused: boolean;
}

type TimerFacts = { deadline: number | null; expired: boolean; pausedAt: number | null } | null;
const sameFacts = (a: TimerFacts, b: TimerFacts) =>
  a === b || (!!a && !!b && a.deadline === b.deadline && a.expired === b.expired && a.pausedAt === b.pausedAt);
const selectFacts = (view: { phase: { deadline: number | null; expired: boolean } | null; pausedAt: number | null }): TimerFacts =>
  view.phase ? { deadline: view.phase.deadline, expired: view.phase.expired, pausedAt: view.pausedAt } : null;

/**
 * The current phase's timebox: remaining and over time, ticking every `intervalMs` (default 1000) on the
 * session clock (the server's for a remote source). Null without a phase or a timebox.
 */
export function usePhaseTimer(intervalMs = 1000): PhaseTimer | null {
  const source = useSource();
  const facts = useSessionSelector(selectFacts, null, sameFacts);
  const [now, setNow] = useState(() => source.now());
  const running = facts !== null && facts.deadline !== null && facts.pausedAt === null;
  useEffect(() => {
    setNow(source.now());
    if (!running) return;
    const timer = setInterval(() => setNow(source.now()), intervalMs);
    return () => clearInterval(timer);
  }, [source, running, intervalMs]);
  if (!facts || facts.deadline === null) return null;
  const at = facts.pausedAt ?? now;
  const left = facts.deadline - at;
  return { deadline: facts.deadline, remainingMs: Math.max(0, left), overMs: Math.max(0, -left), expired: facts.expired, paused: facts.pausedAt !== null };
}
