import { expectEqual, expectRejects } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { appendOptions, contributedEvent, createdEvent, uniqueId } from '../fixtures.js';

/** Tenant isolation on every method (issue point 4). */
export const tenancyChecks: ConformanceCheck[] = [
  {
    name: "never lets a tenant write, read, list, snapshot, erase, redact or export another tenant's session",
    async run({ store }) {
      const owner = uniqueId('owner');
      const intruder = uniqueId('intruder');
      const id = uniqueId('s');
      const log = [createdEvent(id, owner), contributedEvent(1, 'p1', 'owner secret')];
      await store.append(id, log, appendOptions(owner, -1));
      await store.saveSnapshot(owner, id, { version: 1, state: { mine: true } });
      await expectRejects(store.append(id, [contributedEvent(2)], appendOptions(intruder, 1)), 'wrong-tenant', 'an append by another tenant');
      await expectRejects(store.append(id, [createdEvent(id, intruder)], appendOptions(intruder, -1)), 'wrong-tenant', 'another tenant creating the same id');
      expectEqual(await store.load(intruder, id), [], 'a load by another tenant');
      expectEqual((await store.list(intruder)).items, [], 'the other tenant’s list');
      expectEqual(await store.loadSnapshot(intruder, id), undefined, 'a snapshot read by another tenant');
      await store.saveSnapshot(intruder, id, { version: 1, state: { mine: false } });
      expectEqual(await store.loadSnapshot(owner, id), { version: 1, state: { mine: true } }, 'the snapshot after another tenant tried to replace it');
      expectEqual(await store.erase(intruder, id, { by: 'intruder' }), false, 'an erase by another tenant');
      expectEqual(await store.redact(intruder, id, 'p1', { by: 'intruder' }), 0, 'a redaction by another tenant');
      expectEqual((await store.exportParticipant(intruder, 'p1', { by: 'intruder' })).sessions, [], 'an export by another tenant');
      expectEqual(await store.load(owner, id), log, 'the owner’s log afterwards');
      expectEqual(
        (await store.list(owner)).items.map((s) => s.sessionId),
        [id],
        'the owner’s list',
      );
      expectEqual(
        (await store.audit(owner)).map((a) => a.action),
        [],
        'the owner’s audit record (the intruder’s attempts are not about the owner’s data)',
      );
    },
  },
  {
    name: "refuses a created event naming another tenant or session than the append's",
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await expectRejects(
        store.append(id, [createdEvent(id, uniqueId('other'))], appendOptions(tenant, -1)),
        'wrong-tenant',
        'a created event of another tenant',
      );
      await expectRejects(
        store.append(id, [createdEvent(uniqueId('s'), tenant)], appendOptions(tenant, -1)),
        'bad-sequence',
        'a created event of another session',
      );
      expectEqual(await store.load(tenant, id), [], 'nothing written');
    },
  },
  {
    name: 'keeps method definitions per tenant',
    async run({ store }) {
      const owner = uniqueId('owner');
      const method = { id: 'custom', version: '1.2.0', hash: 'h1', definition: { id: 'custom', phases: [{ id: 'a' }], note: 'ünïcode 🙂' } };
      await store.saveMethod(owner, method);
      expectEqual(await store.loadMethod(uniqueId('intruder'), 'custom', '1.2.0'), undefined, 'another tenant’s method');
      expectEqual(await store.loadMethod(owner, 'custom', '1.2.0'), method, 'the owner’s method');
    },
  },
];
