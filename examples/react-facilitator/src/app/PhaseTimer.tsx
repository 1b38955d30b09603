import { usePhaseTimer } from '@intervision/react';

const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The phase's time left, or how far over it is. */
export function PhaseTimer() {
  const timer = usePhaseTimer();
  if (!timer) return null;
  return (
    <p role="timer" aria-label="Time left in this phase" data-over={timer.overMs > 0 ? '' : undefined}>
      {timer.overMs > 0 ? `${clock(timer.overMs)} over time` : `${clock(timer.remainingMs)} left`}
      {timer.paused ? ' (paused)' : ''}
    </p>
  );
}
