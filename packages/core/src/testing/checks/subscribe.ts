import { eventually, expectEqual, expectTrue, settle } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { appendOptions, contributedEvent, createdEvent, uniqueId } from '../fixtures.js';

/** Version notices (issue point 8). */
export const subscribeChecks: ConformanceCheck[] = [
  {
    name: 'tells subscribers the new version of their session (also for writes on another handle) until they unsubscribe',
    async run({ store, other }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      const unrelated = uniqueId('s');
      const seen: { sessionId: string; version: number }[] = [];
      const unsubscribe = store.subscribe(id, (notice) => seen.push(notice));
      const writer = other ?? store;
      await writer.append(id, [createdEvent(id, tenant), contributedEvent(1)], appendOptions(tenant, -1));
      await writer.append(unrelated, [createdEvent(unrelated, tenant)], appendOptions(tenant, -1));
      await eventually(() => seen.some((n) => n.version === 1), 'a notice for version 1');
      await store.append(id, [contributedEvent(2)], appendOptions(tenant, 1));
      await eventually(() => seen.some((n) => n.version === 2), 'a notice for version 2');
      expectTrue(
        seen.every((n) => n.sessionId === id && Object.keys(n).sort().join() === 'sessionId,version'),
        `notices carry the session id and version only: ${JSON.stringify(seen)}`,
      );
      expectTrue(
        seen.every((n, i) => i === 0 || n.version >= seen[i - 1]!.version),
        `notices never go back: ${JSON.stringify(seen)}`,
      );
      unsubscribe();
      const count = seen.length;
      await writer.append(id, [contributedEvent(3)], appendOptions(tenant, 2));
      await settle(300);
      expectEqual(seen.length, count, 'notices after unsubscribing');
    },
  },
  {
    name: 'isolates listener errors: a throwing listener neither fails the append nor stops other listeners',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      const seen: number[] = [];
      const stopThrowing = store.subscribe(id, () => {
        throw new Error('listener failure (expected by the conformance suite)');
      });
      const stop = store.subscribe(id, (n) => seen.push(n.version));
      expectEqual(await store.append(id, [createdEvent(id, tenant)], appendOptions(tenant, -1)), { version: 0 }, 'the append despite the throwing listener');
      await eventually(() => seen.includes(0), 'the second listener got its notice');
      stopThrowing();
      stop();
    },
  },
  {
    name: 'notifies redaction (with the marker version) and erasure (version -1)',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await store.append(id, [createdEvent(id, tenant), contributedEvent(1)], appendOptions(tenant, -1));
      const seen: number[] = [];
      const stop = store.subscribe(id, (n) => seen.push(n.version));
      await store.redact(tenant, id, 'p1', { by: 'dpo' });
      await eventually(() => seen.includes(2), 'a notice for the redaction marker');
      await store.erase(tenant, id, { by: 'dpo' });
      await eventually(() => seen.includes(-1), 'a notice for the erasure');
      stop();
    },
  },
];
