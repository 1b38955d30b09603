import type { SessionEvent } from '../../engine/schemas.js';
import { expectEqual, expectRejects } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { appendOptions, contributedEvent, createdEvent, uniqueId } from '../fixtures.js';

const withCommand = (event: SessionEvent, commandId: string): SessionEvent => ({ ...event, commandId });

/** Idempotent command ids (issue point 2). */
export const commandChecks: ConformanceCheck[] = [
  {
    name: 'stores command ids with their events and refuses a repeated id with command-id-reused, writing nothing',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await store.append(id, [withCommand(createdEvent(id, tenant), 'cmd-create')], appendOptions(tenant, -1, { commandId: 'cmd-create' }));
      const two = [withCommand(contributedEvent(1), 'cmd-1'), withCommand(contributedEvent(2), 'cmd-1')];
      await store.append(id, two, appendOptions(tenant, 0, { commandId: 'cmd-1' }));
      await expectRejects(
        store.append(id, [withCommand(contributedEvent(3), 'cmd-1')], appendOptions(tenant, 2, { commandId: 'cmd-1' })),
        'command-id-reused',
        'a repeated command id',
      );
      await expectRejects(
        store.append(id, [contributedEvent(3)], appendOptions(tenant, 2, { commandId: 'cmd-create' })),
        'command-id-reused',
        'the id of the creating command',
      );
      const log = await store.load(tenant, id);
      expectEqual(
        log.map((e) => e.commandId),
        ['cmd-create', 'cmd-1', 'cmd-1'],
        'command ids in the log',
      );
      await store.append(id, [contributedEvent(3)], appendOptions(tenant, 2, { commandId: 'cmd-2' }));
      await store.append(id, [contributedEvent(4)], appendOptions(tenant, 3));
      expectEqual((await store.load(tenant, id)).length, 5, 'appends with a new id or none');
    },
  },
  {
    name: 'checks the version before the command id: a stale retry gets concurrency-conflict',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await store.append(id, [createdEvent(id, tenant)], appendOptions(tenant, -1));
      await store.append(id, [contributedEvent(1)], appendOptions(tenant, 0, { commandId: 'cmd-a' }));
      await expectRejects(store.append(id, [contributedEvent(1)], appendOptions(tenant, 0, { commandId: 'cmd-a' })), 'concurrency-conflict', 'a stale retry');
    },
  },
  {
    name: 'keeps command ids per session and across handles (another node sees them)',
    async run({ store, other }) {
      const tenant = uniqueId('t');
      const a = uniqueId('s');
      const b = uniqueId('s');
      await store.append(a, [createdEvent(a, tenant)], appendOptions(tenant, -1));
      await store.append(b, [createdEvent(b, tenant)], appendOptions(tenant, -1));
      await store.append(a, [contributedEvent(1)], appendOptions(tenant, 0, { commandId: 'same' }));
      await store.append(b, [contributedEvent(1)], appendOptions(tenant, 0, { commandId: 'same' }));
      await expectRejects(
        (other ?? store).append(a, [contributedEvent(2)], appendOptions(tenant, 1, { commandId: 'same' })),
        'command-id-reused',
        'a repeat on another handle',
      );
      expectEqual((await (other ?? store).load(tenant, a)).length, 2, 'the log after the refused repeat');
    },
  },
  {
    name: 'forgets the command ids of an erased session',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await store.append(id, [createdEvent(id, tenant)], appendOptions(tenant, -1, { commandId: 'first' }));
      await store.erase(tenant, id, { by: 'conformance' });
      await store.append(id, [createdEvent(id, tenant)], appendOptions(tenant, -1, { commandId: 'first' }));
      expectEqual((await store.load(tenant, id)).length, 1, 'a new session under the erased id');
    },
  },
];
