import type { SessionEvent } from '../../engine/schemas.js';
import { REDACTED } from '../../store/redact.js';
import type { SessionStore } from '../../store/types.js';
import { ConformanceFailure, expectEqual, expectTrue } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { appendOptions, contributedEvent, createdEvent, sessionSummary, uniqueId } from '../fixtures.js';

/** A session in which `p1` (named `name`) wrote `secret`, `intro` wrote `kept`, and a snapshot quotes the secret. */
async function sessionWithSecret(store: SessionStore, tenant: string, id: string, secret: string, name: string, kept: string) {
  const created = createdEvent(id, tenant);
  if (created.type === 'created') created.participants = created.participants.map((p) => (p.id === 'p1' ? { ...p, name } : p));
  const log: SessionEvent[] = [
    created,
    contributedEvent(1, 'p1', secret),
    contributedEvent(2, 'intro', kept),
    { type: 'action-added', seq: 3, at: 1_003, by: 'p1', text: `${secret} action`, owner: 'p1', due: null },
  ];
  await store.append(id, log, appendOptions(tenant, -1));
  await store.saveSnapshot(tenant, id, { version: 3, state: { quoted: secret } });
  return log;
}

/** Fails if `dump` holds any of `texts`. */
function expectAbsent(dump: string, texts: readonly string[], what: string) {
  for (const text of texts) if (dump.includes(text)) throw new ConformanceFailure(`${what}: the raw database still holds "${text}"`);
}

/** Erasure, redaction, export, retention and the audit record (issue point 6). */
export const privacyChecks: ConformanceCheck[] = [
  {
    name: 'erases a session with its log, snapshot, summary and timer, and records who did it',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      await store.append(id, [createdEvent(id, tenant), contributedEvent(1)], appendOptions(tenant, -1, { summary: sessionSummary({ nextDeadline: 5 }) }));
      await store.saveSnapshot(tenant, id, { version: 1, state: {} });
      expectEqual(await store.erase(tenant, id, { by: 'dpo', reason: 'ticket 42' }), true, 'erasing an existing session');
      expectEqual(await store.load(tenant, id), [], 'the log after erasure');
      expectEqual(await store.loadSnapshot(tenant, id), undefined, 'the snapshot after erasure');
      expectEqual((await store.list(tenant)).items, [], 'the list after erasure');
      expectEqual(await store.dueTimers(10), [], 'due timers after erasure');
      expectEqual(await store.erase(tenant, id, { by: 'dpo' }), false, 'erasing it again');
      const audit = await store.audit(tenant);
      expectEqual(
        audit.map(({ at: _at, ...rest }) => rest),
        [
          { action: 'erase', tenantId: tenant, sessionId: id, by: 'dpo', reason: 'ticket 42', count: 1 },
          { action: 'erase', tenantId: tenant, sessionId: id, by: 'dpo', count: 0 },
        ],
        'the audit record',
      );
      expectTrue(
        audit.every((a) => Number.isFinite(a.at)),
        'audit lines carry a time',
      );
    },
  },
  {
    name: "redacts one participant's texts and name, keeps the structure, appends a redacted marker, and drops snapshots for good",
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      const log = await sessionWithSecret(store, tenant, id, 'secret words', 'Pia Secretname', 'kept words');
      expectEqual(await store.redact(tenant, id, 'p1', { by: 'dpo', reason: 'request 7' }), 3, 'events changed');
      const events = await store.load(tenant, id);
      const json = JSON.stringify(events);
      expectTrue(!json.includes('secret') && !json.includes('Secretname'), `the redacted log still holds a secret: ${json.slice(0, 400)}`);
      expectEqual(events.length, 5, 'events after redaction (the log plus the marker)');
      expectEqual(events[1], { ...log[1], text: REDACTED }, 'the redacted contribution');
      expectEqual(events[2], log[2], 'the other participant’s contribution');
      expectEqual(events[3], { ...log[3], text: REDACTED }, 'the redacted action');
      const first = events[0];
      expectEqual(
        first?.type === 'created' ? first.participants.find((p) => p.id === 'p1') : undefined,
        { id: 'p1', roles: ['peer'] },
        'the redacted participant',
      );
      const marker = events[4];
      expectEqual(
        marker && { type: marker.type, seq: marker.seq, participant: 'participant' in marker ? marker.participant : undefined },
        { type: 'redacted', seq: 4, participant: 'p1' },
        'the marker',
      );
      expectEqual(await store.loadSnapshot(tenant, id), undefined, 'the snapshot after redaction');
      await store.saveSnapshot(tenant, id, { version: 3, state: { quoted: 'secret words' } });
      expectEqual(await store.loadSnapshot(tenant, id), undefined, 'a snapshot from before the redaction, saved late');
      await store.saveSnapshot(tenant, id, { version: 4, state: { clean: true } });
      expectEqual(await store.loadSnapshot(tenant, id), { version: 4, state: { clean: true } }, 'a snapshot including the marker');
      expectEqual((await store.list(tenant)).items[0]?.version, 4, 'the listed version after redaction');
      await store.append(id, [contributedEvent(5, 'intro')], appendOptions(tenant, 4));
      expectEqual((await store.load(tenant, id)).length, 6, 'the log goes on after redaction');
      const audit = await store.audit(tenant);
      expectEqual(
        audit.map(({ at: _at, ...rest }) => rest),
        [{ action: 'redact', tenantId: tenant, sessionId: id, participantId: 'p1', by: 'dpo', reason: 'request 7', count: 3 }],
        'the audit record',
      );
    },
  },
  {
    name: 'exports everything about one participant of one tenant, and records the export',
    async run({ store }) {
      const tenant = uniqueId('t');
      const [a, b, c] = [uniqueId('s'), uniqueId('s'), uniqueId('s')];
      await store.append(
        a,
        [createdEvent(a, tenant), contributedEvent(1, 'p1', 'mine in a'), contributedEvent(2, 'intro', 'not mine')],
        appendOptions(tenant, -1),
      );
      await store.append(b, [createdEvent(b, tenant), contributedEvent(1, 'p1', 'mine in b')], appendOptions(tenant, -1));
      const otherTenant = uniqueId('t');
      await store.append(c, [createdEvent(c, otherTenant), contributedEvent(1, 'p1', 'other tenant')], appendOptions(otherTenant, -1));
      const exported = await store.exportParticipant(tenant, 'p1', { by: 'dpo' });
      expectEqual(exported.tenantId, tenant, 'the export’s tenant');
      expectEqual(exported.participantId, 'p1', 'the export’s participant');
      const bySession = new Map(exported.sessions.map((s) => [s.sessionId, s]));
      expectEqual([...bySession.keys()].sort(), [a, b].sort(), 'sessions in the export');
      expectEqual(bySession.get(a)?.events, [createdEvent(a, tenant), contributedEvent(1, 'p1', 'mine in a')], 'the events of session a');
      expectEqual(bySession.get(a)?.methodId, 'generic-four-phase', 'the method of session a');
      expectEqual(
        (await store.audit(tenant)).map((r) => [r.action, r.participantId, r.count]),
        [['export', 'p1', 2]],
        'the audit record',
      );
    },
  },
  {
    name: 'purges sessions by status and age per the retention policy, and records it per tenant',
    async run({ store }) {
      const t1 = uniqueId('t');
      const t2 = uniqueId('t');
      const make = async (tenant: string, status: 'ended' | 'aborted' | 'running', at: number) => {
        const id = uniqueId(status);
        await store.append(id, [createdEvent(id, tenant, at)], appendOptions(tenant, -1, { summary: sessionSummary({ status }) }));
        return id;
      };
      const oldEnded = await make(t1, 'ended', 1_000);
      await make(t2, 'aborted', 2_000);
      const oldRunning = await make(t1, 'running', 1_000);
      const newEnded = await make(t1, 'ended', 50_000);
      expectEqual(await store.purge({ before: 10_000 }, { by: 'retention-job', reason: '30 days' }), 2, 'sessions purged');
      expectEqual(await store.load(t1, oldEnded), [], 'an old ended session');
      expectEqual((await store.list(t1)).items.map((s) => s.sessionId).sort(), [oldRunning, newEnded].sort(), 'what is left of tenant 1');
      expectEqual((await store.list(t2)).items, [], 'what is left of tenant 2');
      expectEqual(await store.purge({ before: 10_000, statuses: ['running'] }, { by: 'retention-job' }), 1, 'old running sessions purged');
      expectEqual(
        (await store.audit(t1)).map(({ at: _at, ...rest }) => rest),
        [
          { action: 'purge', tenantId: t1, by: 'retention-job', reason: '30 days', count: 1 },
          { action: 'purge', tenantId: t1, by: 'retention-job', count: 1 },
        ],
        'tenant 1’s audit record',
      );
      expectEqual(
        (await store.audit(t2)).map((r) => [r.action, r.count]),
        [['purge', 1]],
        'tenant 2’s audit record',
      );
    },
  },
  {
    name: 'leaves no remnant of erased or redacted texts in a raw read of the database',
    needs: 'rawDump',
    async run({ store, rawDump, encrypted }) {
      if (!rawDump) throw new ConformanceFailure('no rawDump');
      const tenant = uniqueId('t');
      const erased = uniqueId('s');
      const redacted = uniqueId('s');
      const secretE = `ERASEDTEXT${uniqueId('x')}`;
      const secretR = `REDACTEDTEXT${uniqueId('x')}`;
      const nameR = `SECRETNAME${uniqueId('x')}`;
      const kept = `KEPTTEXT${uniqueId('x')}`;
      await sessionWithSecret(store, tenant, erased, secretE, `NAMEOFERASED${secretE}`, `${kept}E`);
      await sessionWithSecret(store, tenant, redacted, secretR, nameR, kept);
      const before = await rawDump();
      if (encrypted) expectAbsent(before, [secretE, secretR, nameR, kept], 'an encrypted store');
      else
        expectTrue(
          before.includes(secretE) && before.includes(secretR) && before.includes(kept),
          'the raw read shows the texts before erasure (a raw read that sees nothing proves nothing)',
        );
      await store.erase(tenant, erased, { by: 'dpo' });
      await store.redact(tenant, redacted, 'p1', { by: 'dpo' });
      const after = await rawDump();
      expectAbsent(after, [secretE, secretR, nameR], 'after erasure and redaction');
      if (!encrypted) expectTrue(after.includes(kept), 'the raw read still shows the text that was kept');
    },
  },
];
