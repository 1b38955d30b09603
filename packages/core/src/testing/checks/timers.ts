import { createSession } from '../../session/create.js';
import type { Session } from '../../session/session.js';
import { createTimerWorker, deliverDueTimers, type TimerDelivery } from '../../session/timer-worker.js';
import type { SessionStore } from '../../store/types.js';
import { ConformanceFailure, eventually, expectEqual, expectTrue } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { uniqueId } from '../fixtures.js';
import { type Place, restored, sessionCheck, started } from '../session-kit.js';
import { SUITE_METHOD, SUITE_PEOPLE } from '../session-method.js';
import { wrapStore } from '../wrap.js';

const MINUTE = 60_000;

/** Another session of the same tenant, on the same clock. */
const sibling = (at: Place): Place => ({ ...at, sessionId: uniqueId('session') });

/** Starts sessions in the clarification round (a 15-minute timebox) and stops them, as when their process goes away. */
async function abandoned(store: SessionStore, places: readonly Place[]): Promise<void> {
  for (const at of places) (await started(store, at)).stop();
}

/** The `timer-expired` events of a session's stored log. */
async function expiries(store: SessionStore, at: Place) {
  return (await store.load(at.tenantId, at.sessionId)).filter((e) => e.type === 'timer-expired');
}

/** Timers as data, delivered by `deliverDueTimers` and `createTimerWorker` (issue point 5). */
export const timerChecks: ConformanceCheck[] = [
  sessionCheck('a timebox that ran out while no process held the session is delivered on restart, restoring only that session', async ({ store }, at, open) => {
    await abandoned(store, [at]);
    // A session started 10 minutes later (not due yet) and one still in the lobby (no timer at all).
    at.clock.advance(10 * MINUTE);
    const notYet = sibling(at);
    await abandoned(store, [notYet]);
    const lobby = sibling(at);
    const waiting: Session = await createSession(SUITE_METHOD, { participants: SUITE_PEOPLE, store, ...lobby });
    waiting.stop();
    at.clock.advance(6 * MINUTE);
    const loaded = new Set<string>();
    const counting = wrapStore(store, {
      load(tenantId, sessionId, options) {
        loaded.add(sessionId);
        return store.load(tenantId, sessionId, options);
      },
    });
    const errors: unknown[] = [];
    const deliveries = await deliverDueTimers({ store: counting, clock: at.clock, tenantId: at.tenantId, onError: (e) => errors.push(e) });
    expectEqual(errors.map(String), [], 'errors reported');
    expectEqual(
      deliveries.map((d) => [d.sessionId, d.outcome, d.deadline]),
      [[at.sessionId, 'delivered', at.clock.now() - 1 * MINUTE]],
      'what the run delivered',
    );
    expectEqual([...loaded], [at.sessionId], 'the sessions the run restored');
    const recorded = await expiries(store, at);
    expectEqual(
      recorded.map((e) => (e.type === 'timer-expired' ? [e.phase, e.run, e.at] : [])),
      [['clarification', 1, at.clock.now()]],
      'the expiry in the stored log',
    );
    expectEqual(await expiries(store, notYet), [], 'expiries of the session that is not due');
    const after = open(await restored(store, at, { follow: false }));
    expectEqual(after.getState().phase?.expired, true, 'the restored session’s phase is expired');
    const stillDue = (await store.dueTimers(at.clock.now())).filter((t) => t.tenantId === at.tenantId);
    expectEqual(stillDue, [], 'due timers after the delivery');
    expectEqual(await deliverDueTimers({ store, clock: at.clock, tenantId: at.tenantId }), [], 'a second run');
  }),
  sessionCheck('two workers on two nodes running at once record each expiry once', async ({ store, other }, at) => {
    const places = [at, sibling(at), sibling(at)];
    await abandoned(store, places);
    at.clock.advance(16 * MINUTE);
    const runs = await Promise.all([
      deliverDueTimers({ store, clock: at.clock, tenantId: at.tenantId }),
      deliverDueTimers({ store: other ?? store, clock: at.clock, tenantId: at.tenantId }),
    ]);
    const all = runs.flat();
    expectEqual(
      all.filter((d) => d.outcome === 'failed').map((d) => String(d.error)),
      [],
      'failed deliveries',
    );
    expectEqual(
      all
        .filter((d) => d.outcome === 'delivered')
        .map((d) => d.sessionId)
        .sort(),
      places.map((p) => p.sessionId).sort(),
      'the sessions delivered (each by exactly one worker)',
    );
    for (const p of places) expectEqual((await expiries(store, p)).length, 1, `expiries recorded for ${p.sessionId}`);
  }),
  sessionCheck('a failing store is reported through onError, and the worker carries on and delivers once it recovers', async ({ store }, at) => {
    await abandoned(store, [at]);
    at.clock.advance(16 * MINUTE);
    let failing: 'dueTimers' | 'load' | undefined = 'dueTimers';
    const flaky = wrapStore(store, {
      dueTimers: (now, options) => (failing === 'dueTimers' ? Promise.reject(new Error('database is locked')) : store.dueTimers(now, options)),
      load: (tenantId, sessionId, options) => (failing === 'load' ? Promise.reject(new Error('connection lost')) : store.load(tenantId, sessionId, options)),
    });
    const errors: string[] = [];
    const runs: TimerDelivery[][] = [];
    const worker = createTimerWorker({
      store: flaky,
      clock: at.clock,
      tenantId: at.tenantId,
      intervalMs: MINUTE,
      onError: (error) => errors.push(String(error)),
      onRun: (deliveries) => runs.push(deliveries),
    });
    try {
      await eventually(() => runs.length >= 1, 'the first run (at once)');
      expectEqual(runs[0], [], 'the first run, whose dueTimers failed');
      expectTrue(
        errors.some((e) => e.includes('database is locked')),
        `the dueTimers failure is reported (got ${errors.join('; ')})`,
      );
      failing = 'load';
      const second = await worker.runNow();
      expectEqual(
        second.map((d) => [d.sessionId, d.outcome]),
        [[at.sessionId, 'failed']],
        'a run whose session could not be loaded',
      );
      expectTrue(
        errors.some((e) => e.includes('connection lost')),
        'the load failure is reported',
      );
      failing = undefined;
      at.clock.advance(MINUTE);
      await eventually(() => runs.length >= 3, 'the next scheduled run');
      expectEqual(
        runs[2]!.map((d) => [d.sessionId, d.outcome]),
        [[at.sessionId, 'delivered']],
        'the scheduled run after the store recovered',
      );
    } finally {
      await worker.stop();
    }
    const settled = runs.length;
    at.clock.advance(10 * MINUTE);
    if (runs.length !== settled) throw new ConformanceFailure('the worker ran after stop()');
    expectEqual((await expiries(store, at)).length, 1, 'expiries recorded');
  }),
];
