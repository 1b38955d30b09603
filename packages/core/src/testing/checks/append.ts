import type { SessionEvent } from '../../engine/schemas.js';
import { isConcurrencyError } from '../../errors/store.js';
import { expectEqual, expectRejects, expectTrue } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { appendOptions, contributedEvent, createdEvent, uniqueId } from '../fixtures.js';

/** Appends `count` contributions after the created event, in batches, and returns the whole log. */
async function longLog(store: import('../../store/types.js').SessionStore, id: string, tenant: string, count: number, batch: number) {
  const log: SessionEvent[] = [createdEvent(id, tenant)];
  await store.append(id, log, appendOptions(tenant, -1));
  for (let seq = 1; seq <= count; seq += batch) {
    const events = Array.from({ length: Math.min(batch, count - seq + 1) }, (_, i) => contributedEvent(seq + i));
    await store.append(id, events, appendOptions(tenant, seq - 1));
    log.push(...events);
  }
  return log;
}

/** Append, versions and sequence order (issue point 1). */
export const appendChecks: ConformanceCheck[] = [
  {
    name: 'appends and loads events exactly as given, and answers the new version',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      const events = [createdEvent(id, tenant), contributedEvent(1), contributedEvent(2, 'p1', 'émoji 🙂 “quotes” \u2028 <b>html</b>')];
      expectEqual(await store.append(id, events, appendOptions(tenant, -1)), { version: 2 }, 'append result');
      expectEqual(await store.load(tenant, id), events, 'loaded log');
      expectEqual(await store.load(tenant, id, { afterVersion: 1 }), [events[2]], 'events after version 1');
      expectEqual(await store.load(tenant, id, { afterVersion: 2 }), [], 'events after the last version');
      expectEqual(await store.load(tenant, uniqueId('none')), [], 'an unknown session');
    },
  },
  {
    name: 'refuses a stale expected version with concurrency-conflict and changes nothing',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await store.append(id, [createdEvent(id, tenant)], appendOptions(tenant, -1));
      await store.append(id, [contributedEvent(1)], appendOptions(tenant, 0));
      await expectRejects(store.append(id, [contributedEvent(1, 'p1', 'late')], appendOptions(tenant, 0)), 'concurrency-conflict', 'a stale writer');
      await expectRejects(store.append(id, [createdEvent(id, tenant)], appendOptions(tenant, -1)), 'concurrency-conflict', 'creating an existing session');
      await expectRejects(store.append(id, [contributedEvent(5)], appendOptions(tenant, 4)), 'concurrency-conflict', 'a writer ahead of the store');
      expectEqual(
        (await store.load(tenant, id)).map((e) => e.seq),
        [0, 1],
        'seqs after refused appends',
      );
      expectEqual((await store.load(tenant, id))[1], contributedEvent(1), 'the first writer’s event');
    },
  },
  {
    name: 'lets exactly one of many concurrent writers (on two handles) win, the rest get concurrency-conflict',
    async run({ store, other }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await store.append(id, [createdEvent(id, tenant)], appendOptions(tenant, -1));
      const writers = Array.from({ length: 8 }, (_, i) => (i % 2 === 0 || !other ? store : other));
      const results = await Promise.allSettled(writers.map((s, i) => s.append(id, [contributedEvent(1, 'p1', `writer ${i}`)], appendOptions(tenant, 0))));
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
      expectEqual(won.length, 1, 'writers that won');
      for (const r of results) if (r.status === 'rejected') expectTrue(isConcurrencyError(r.reason), `a losing writer got ${String(r.reason)}`);
      const log = await store.load(tenant, id);
      expectEqual(log, [createdEvent(id, tenant), contributedEvent(1, 'p1', `writer ${won[0]}`)], 'the log holds the winner only');
    },
  },
  {
    name: 'appends several events atomically and refuses gaps, empty appends and misplaced created events with bad-sequence',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await expectRejects(store.append(id, [contributedEvent(0)], appendOptions(tenant, -1)), 'bad-sequence', 'a new session without a created event');
      await store.append(id, [createdEvent(id, tenant), contributedEvent(1), contributedEvent(2)], appendOptions(tenant, -1));
      await expectRejects(store.append(id, [contributedEvent(3), contributedEvent(5)], appendOptions(tenant, 2)), 'bad-sequence', 'a gap inside an append');
      await expectRejects(store.append(id, [contributedEvent(4)], appendOptions(tenant, 2)), 'bad-sequence', 'an append that does not follow on');
      await expectRejects(store.append(id, [], appendOptions(tenant, 2)), 'bad-sequence', 'an empty append');
      await expectRejects(store.append(id, [{ ...createdEvent(id, tenant), seq: 3 }], appendOptions(tenant, 2)), 'bad-sequence', 'a second created event');
      expectEqual(
        (await store.load(tenant, id)).map((e) => e.seq),
        [0, 1, 2],
        'seqs after refused appends',
      );
    },
  },
  {
    name: 'keeps versions gap-free and orders seq numerically past 10 and past 1,000 events',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      const log = await longLog(store, id, tenant, 1_004, 50);
      const loaded = await store.load(tenant, id);
      expectEqual(
        loaded.map((e) => e.seq),
        log.map((e) => e.seq),
        'seqs of a 1,005-event log',
      );
      expectEqual(loaded, log, 'a 1,005-event log');
      expectEqual((await store.load(tenant, id, { afterVersion: 9 })).map((e) => e.seq).slice(0, 3), [10, 11, 12], 'events after version 9');
      expectEqual(
        (await store.load(tenant, id, { afterVersion: 998 })).map((e) => e.seq),
        [999, 1000, 1001, 1002, 1003, 1004],
        'events after version 998',
      );
      const page = await store.list(tenant);
      expectEqual(page.items[0]?.version, 1004, 'the listed version');
    },
  },
  {
    name: 'orders seq numerically in a log of 12 events appended one by one',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      const log = await longLog(store, id, tenant, 11, 1);
      expectEqual(
        (await store.load(tenant, id)).map((e) => e.seq),
        log.map((e) => e.seq),
        'seqs of a 12-event log',
      );
      expectEqual(
        (await store.load(tenant, id, { afterVersion: 1 })).map((e) => e.seq),
        [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        'events after version 1',
      );
    },
  },
];
