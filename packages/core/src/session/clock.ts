/** A handle returned by {@link Clock.setTimeout}. */
export type TimerHandle = unknown;

/**
 * Where a session gets the time. Inject a {@link createManualClock} in tests and simulations; the
 * session never reads wall time otherwise, so replays never depend on it.
 */
export interface Clock {
  /** Current time, epoch milliseconds. */
  now(): number;
  /** Calls `fn` after `ms` milliseconds of this clock's time. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  /** Cancels a timer. */
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock: `Date.now()` and the host's timers (unref'd, so they never keep Node alive). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = globalThis.setTimeout(fn, Math.max(0, Math.min(ms, 2_147_483_647)));
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** A clock you move by hand; timers fire, in order, as you advance it. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void;
  /** Moves time to `at` (never backwards). */
  set(at: number): void;
  /** Number of timers waiting. */
  pending(): number;
}

/** Creates a {@link ManualClock} starting at `start` (epoch ms). */
export function createManualClock(start = Date.UTC(2026, 0, 1, 9, 0, 0)): ManualClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: ManualClock = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      clock.set(now + ms);
    },
    set(at) {
      const target = Math.max(now, at);
      for (;;) {
        let due: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= target && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = target;
    },
    pending: () => timers.size,
  };
  return clock;
}
