import { expectEqual, expectRejects, expectTrue } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { appendOptions, contributedEvent, createdEvent, sessionSummary, uniqueId } from '../fixtures.js';

/** Listing by tenant with summaries and cursors (point 4), and timers as data (point 5). */
export const listingChecks: ConformanceCheck[] = [
  {
    name: 'lists a tenant’s sessions in id order with their summaries, paged by cursor and filtered by status',
    async run({ store }) {
      const tenant = uniqueId('t');
      const ids = ['s-e', 's-a', 's-d', 's-b', 's-c', 's-10', 's-9'].map((s) => `${s}-${tenant}`);
      for (const [i, id] of ids.entries()) {
        const status = i % 2 === 0 ? 'running' : 'ended';
        await store.append(id, [createdEvent(id, tenant, 5_000 + i)], appendOptions(tenant, -1, { summary: sessionSummary({ status, cases: i + 1 }) }));
      }
      await store.append(
        ids[0]!,
        [{ ...contributedEvent(1), at: 9_000 }],
        appendOptions(tenant, 0, { summary: sessionSummary({ status: 'paused', nextDeadline: 12_345 }) }),
      );
      const sorted = [...ids].sort();
      const all = await store.list(tenant);
      expectEqual(
        all.items.map((s) => s.sessionId),
        sorted,
        'ids in order',
      );
      expectEqual(all.nextCursor, undefined, 'no cursor on the last page');
      expectEqual(
        all.items.find((s) => s.sessionId === ids[0]),
        {
          sessionId: ids[0],
          tenantId: tenant,
          methodId: 'generic-four-phase',
          methodVersion: '1.0.0',
          status: 'paused',
          nextDeadline: 12_345,
          cases: 1,
          version: 1,
          createdAt: 5_000,
          updatedAt: 9_000,
        },
        'the summary after two appends',
      );
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const result = await store.list(tenant, { limit: 2, ...(cursor !== undefined ? { cursor } : {}) });
        expectTrue(result.items.length <= 2, 'a page holds at most the limit');
        seen.push(...result.items.map((s) => s.sessionId));
        cursor = result.nextCursor;
        if (cursor === undefined) break;
      }
      expectEqual(seen, sorted, 'ids over all pages');
      const ended = await store.list(tenant, { status: ['ended'] });
      expectEqual(
        ended.items.map((s) => s.sessionId),
        ids.filter((_, i) => i % 2 === 1).sort(),
        'ended sessions',
      );
      await expectRejects(store.list(tenant, { cursor: 'not a cursor!' }), 'invalid-row', 'a malformed cursor');
    },
  },
  {
    name: 'lists sessions whose timer deadline has passed, earliest first, across tenants, and forgets cleared deadlines',
    async run({ store }) {
      const t1 = uniqueId('t');
      const t2 = uniqueId('t');
      const make = async (tenant: string, deadline: number | null) => {
        const id = uniqueId('s');
        await store.append(id, [createdEvent(id, tenant)], appendOptions(tenant, -1, { summary: sessionSummary({ nextDeadline: deadline }) }));
        return id;
      };
      const late = await make(t1, 30_000);
      const early = await make(t2, 10_000);
      const future = await make(t1, 90_000);
      await make(t2, null);
      const due = await store.dueTimers(50_000);
      expectEqual(
        due,
        [
          { tenantId: t2, sessionId: early, deadline: 10_000 },
          { tenantId: t1, sessionId: late, deadline: 30_000 },
        ],
        'due timers at 50,000',
      );
      expectEqual(
        (await store.dueTimers(50_000, { limit: 1 })).map((d) => d.sessionId),
        [early],
        'the first due timer',
      );
      expectEqual((await store.dueTimers(30_000)).length, 2, 'a deadline equal to now is due');
      await store.append(early, [contributedEvent(1)], appendOptions(t2, 0, { summary: sessionSummary({ nextDeadline: null }) }));
      expectEqual(
        (await store.dueTimers(100_000)).map((d) => d.sessionId),
        [late, future],
        'after a deadline was cleared',
      );
    },
  },
  {
    name: 'keeps the latest snapshot, ignores older ones, and ignores snapshots of unknown sessions or beyond the log',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await store.append(id, [createdEvent(id, tenant), contributedEvent(1), contributedEvent(2)], appendOptions(tenant, -1));
      expectEqual(await store.loadSnapshot(tenant, id), undefined, 'no snapshot yet');
      await store.saveSnapshot(tenant, id, { version: 1, state: { value: 'x', n: [1] } });
      await store.saveSnapshot(tenant, id, { version: 2, state: { value: 'y', text: 'ü 🙂' } });
      await store.saveSnapshot(tenant, id, { version: 1, state: { value: 'stale' } });
      await store.saveSnapshot(tenant, id, { version: 7, state: { value: 'beyond the log' } });
      expectEqual(await store.loadSnapshot(tenant, id), { version: 2, state: { value: 'y', text: 'ü 🙂' } }, 'the latest snapshot');
      const unknown = uniqueId('s');
      await store.saveSnapshot(tenant, unknown, { version: 0, state: {} });
      expectEqual(await store.loadSnapshot(tenant, unknown), undefined, 'a snapshot for an unknown session');
      expectEqual(await store.load(tenant, unknown), [], 'the unknown session stays unknown');
      expectEqual((await store.list(tenant)).items.length, 1, 'the snapshot created no session');
    },
  },
  {
    name: 'stores method definitions by id and version, idempotently, and refuses other content under the same version',
    async run({ store }) {
      const tenant = uniqueId('t');
      const v1 = { id: 'custom', version: '1.0.0', hash: 'sha-1', definition: { phases: ['a', 'b'], text: 'x'.repeat(2_000) } };
      const v2 = { id: 'custom', version: '2.0.0', hash: 'sha-2', definition: { phases: ['a'] } };
      await store.saveMethod(tenant, v1);
      await store.saveMethod(tenant, v1);
      await store.saveMethod(tenant, v2);
      expectEqual(await store.loadMethod(tenant, 'custom', '1.0.0'), v1, 'version 1.0.0');
      expectEqual(await store.loadMethod(tenant, 'custom', '2.0.0'), v2, 'version 2.0.0');
      expectEqual(await store.loadMethod(tenant, 'custom', '3.0.0'), undefined, 'an unknown version');
      await expectRejects(store.saveMethod(tenant, { ...v1, hash: 'sha-other', definition: {} }), 'invalid-row', 'other content under a stored version');
      expectEqual(await store.loadMethod(tenant, 'custom', '1.0.0'), v1, 'version 1.0.0 after the refusal');
    },
  },
];
