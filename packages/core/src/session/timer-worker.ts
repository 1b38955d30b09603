import type { MethodDefinition } from '../method/define.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { DueTimer, SessionStore } from '../store/types.js';
import { type Clock, systemClock, type TimerHandle } from './clock.js';
import { restoreSession } from './create.js';

/** Options for {@link deliverDueTimers}. */
export interface DeliverDueTimersOptions {
  /** The store to ask for due timers and to write the expiries to. */
  store: SessionStore;
  /** Only this tenant's sessions. Default: every tenant the store holds. */
  tenantId?: string;
  /**
   * Finds the definition a session was written with, by id and version (your method registry). Without it,
   * or when it answers nothing, the definition the store kept with the session is used.
   */
  resolveMethod?: (id: string, version: string) => MethodDefinition | undefined;
  /** Rules the methods' phases name (for methods with custom rules). Default: the built-in rules. */
  rules?: RuleRegistry;
  /** Where time comes from. Default: {@link systemClock}. */
  clock?: Clock;
  /** Most sessions to deliver in one run (1–1000). Default 100; the rest wait for the next run. */
  limit?: number;
  /** Told when the store or a session fails (the run carries on with the other sessions). */
  onError?: (error: unknown, timer?: DueTimer) => void;
}

/** What a run did with one due timer. */
export interface TimerDelivery extends DueTimer {
  /**
   * `delivered`: this run recorded the expiry. `skipped`: nothing to record (another worker or node got
   * there first, or the session moved on). `failed`: the session could not be restored or written;
   * the timer stays due and the next run tries again.
   */
  outcome: 'delivered' | 'skipped' | 'failed';
  /** Why it failed. */
  error?: unknown;
}

/** Delivers one due timer: restores only that session, records the expiry if it is still due, and stops it. */
async function deliverOne(timer: DueTimer, options: DeliverDueTimersOptions, clock: Clock): Promise<TimerDelivery> {
  try {
    const session = await restoreSession(
      undefined,
      { store: options.store, sessionId: timer.sessionId, tenantId: timer.tenantId },
      {
        clock,
        timers: false,
        follow: false,
        ...(options.resolveMethod ? { resolveMethod: options.resolveMethod } : {}),
        ...(options.rules ? { rules: options.rules } : {}),
        ...(options.onError ? { onError: (error: unknown) => options.onError?.(error, timer) } : {}),
      },
    );
    try {
      // The expiry names the phase and its run, and is appended at the session's version: a second
      // worker that restored the same session gets concurrency-conflict, reloads, and finds it recorded.
      const event = await session.tick();
      return { ...timer, outcome: event?.type === 'timer-expired' ? 'delivered' : 'skipped' };
    } finally {
      session.stop();
    }
  } catch (error) {
    options.onError?.(error, timer);
    return { ...timer, outcome: 'failed', error };
  }
}

/**
 * Delivers the timer expiries that fell due while no process held the sessions (after a restart, or on a
 * node that does not hold them): asks `store.dueTimers(now)` and restores only those sessions, one at a
 * time, to record each `timer-expired` event. Safe to run on several nodes at once: the expiry is written
 * at the session's version and names the phase run, so it is recorded once. Never rejects: a failing
 * store or session is reported through `onError` and in the result.
 *
 * @example
 * ```ts
 * const deliveries = await deliverDueTimers({ store, resolveMethod: (id, version) => myMethods.get(`${id}@${version}`) });
 * ```
 */
export async function deliverDueTimers(options: DeliverDueTimersOptions): Promise<TimerDelivery[]> {
  const clock = options.clock ?? systemClock;
  const limit = Math.min(1_000, Math.max(1, Math.floor(options.limit ?? 100)));
  let due: DueTimer[];
  try {
    const now = clock.now();
    if (typeof now !== 'number' || !Number.isFinite(now)) throw new TypeError('The clock gave an invalid time');
    due = await options.store.dueTimers(now, { limit });
  } catch (error) {
    options.onError?.(error);
    return [];
  }
  const deliveries: TimerDelivery[] = [];
  for (const timer of due.slice(0, limit)) {
    if (options.tenantId !== undefined && timer.tenantId !== options.tenantId) continue;
    deliveries.push(await deliverOne(timer, options, clock));
  }
  return deliveries;
}

/** Options for {@link createTimerWorker}. */
export interface TimerWorkerOptions extends DeliverDueTimersOptions {
  /** Time between two runs, in milliseconds of the clock. Default 1,000. */
  intervalMs?: number;
  /** Told after every run with what it did. */
  onRun?: (deliveries: TimerDelivery[]) => void;
}

/** A running timer worker (from {@link createTimerWorker}). */
export interface TimerWorker {
  /** Runs now (after any run in progress) and answers what it delivered. Never rejects. */
  runNow(): Promise<TimerDelivery[]>;
  /** Stops the worker; resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Starts a small worker that calls {@link deliverDueTimers} every `intervalMs` (the first run at once),
 * one run at a time, so a host delivers expiries without holding every session in memory. A failing run
 * is reported through `onError`, and the worker carries on. Run it on one node, or on each: the
 * expiry is recorded once either way.
 *
 * @example
 * ```ts
 * const worker = createTimerWorker({ store, intervalMs: 5_000, onError: (e) => log.warn(e) });
 * process.on('SIGTERM', () => void worker.stop());
 * ```
 */
export function createTimerWorker(options: TimerWorkerOptions): TimerWorker {
  const clock = options.clock ?? systemClock;
  const interval = Math.max(1, Math.floor(options.intervalMs ?? 1_000));
  let running: Promise<TimerDelivery[]> = Promise.resolve([]);
  let handle: TimerHandle | undefined;
  let stopped = false;

  const run = (): Promise<TimerDelivery[]> => {
    const next = running.then(async () => {
      const deliveries = await deliverDueTimers({ ...options, clock });
      try {
        options.onRun?.(deliveries);
      } catch (error) {
        options.onError?.(error);
      }
      return deliveries;
    });
    running = next;
    return next;
  };
  const loop = () => {
    if (stopped) return;
    void run().then(() => {
      if (!stopped) handle = clock.setTimeout(loop, interval);
    });
  };
  loop();
  return {
    runNow: run,
    async stop() {
      stopped = true;
      if (handle !== undefined) clock.clearTimeout(handle);
      handle = undefined;
      await running;
    },
  };
}
