import { isIntervisionError } from '../../errors/base.js';
import { restoreSession } from '../../session/create.js';
import type { SessionStore } from '../../store/types.js';
import { eventually, expectEqual, expectTrue } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { uniqueId } from '../fixtures.js';
import { expectAccepted, question, refusalOf, restored, sessionCheck, started } from '../session-kit.js';
import { SUITE_METHOD } from '../session-method.js';
import { wrapStore } from '../wrap.js';

/** The command ids of a log, each as often as it is stored. */
const commandIdsOf = (events: readonly unknown[]) => events.map((e) => (e as { commandId?: string }).commandId).filter((id): id is string => id !== undefined);

/** Wraps a store so that its next `append` writes and then fails, as when the acknowledgement is lost on the way back. */
function losingAcknowledgements(store: SessionStore): { store: SessionStore; loseNext: () => void } {
  let lose = false;
  const wrapped = wrapStore(store, {
    async append(...args) {
      const result = await store.append(...args);
      if (lose) {
        lose = false;
        throw new Error('connection reset before the acknowledgement arrived');
      }
      return result;
    },
  });
  return {
    store: wrapped,
    loseNext: () => {
      lose = true;
    },
  };
}

/**
 * The session-level checks: a real `Session` (created with `createSession`, restored with
 * `restoreSession`) writing through the store under test, so the engine and the store are proven together.
 */
export const sessionChecks: ConformanceCheck[] = [
  sessionCheck('persists every accepted event with its summary and restores an equal session', async ({ store, other }, at, open) => {
    const session = open(await started(store, at));
    expectAccepted(await session.send(question('pia', 'What did your manager say?')), 'a question');
    const blocked = await session.send(question('pia', 'Have you tried talking to HR?'));
    expectEqual(!blocked.ok && blocked.code, 'rule-violation', 'advice in the clarification round');
    expectAccepted(await session.send({ type: 'contribute', by: 'ian', kind: 'answer', text: 'She said “wait and see” 😐.' }), 'an answer');
    expectEqual(await store.load(at.tenantId, at.sessionId), session.getEvents(), 'the stored log against the session’s log');
    const page = await store.list(at.tenantId);
    const summary = page.items.find((s) => s.sessionId === at.sessionId);
    expectTrue(summary !== undefined, 'the session is listed for its tenant');
    const deadline = at.clock.now() + session.remainingMs()!;
    expectEqual(
      { ...summary, createdAt: 0, updatedAt: 0 },
      {
        sessionId: at.sessionId,
        tenantId: at.tenantId,
        methodId: SUITE_METHOD.id,
        methodVersion: SUITE_METHOD.version,
        status: 'running',
        nextDeadline: deadline,
        cases: 1,
        version: session.version,
        createdAt: 0,
        updatedAt: 0,
      },
      'the stored summary',
    );
    expectEqual(summary!.updatedAt, session.getEvents().at(-1)!.at, 'the summary’s last event time');
    for (const [name, handle] of [['this handle', store], ...(other ? [['another node', other] as const] : [])] as const) {
      const again = open(await restored(handle, at, { follow: false }));
      expectEqual(again.getState(), session.getState(), `the session restored through ${name}`);
      expectEqual(again.getEvents(), session.getEvents(), `the log restored through ${name}`);
    }
    // The method is stored with the session: a restore that is given no method finds the pinned one.
    const fromStore = open(await restoreSession(undefined, { store, sessionId: at.sessionId, tenantId: at.tenantId }, { clock: at.clock, follow: false }));
    expectEqual(fromStore.getState(), session.getState(), 'the session restored with the stored method definition');
  }),
  sessionCheck('two nodes writing at once both land, once each, in one order on both nodes', async ({ store, other }, at, open) => {
    const nodeA = open(await started(store, at, { follow: false }));
    const nodeB = open(await restored(other ?? store, at, { follow: false }));
    const [a, b] = await Promise.all([
      nodeA.send(question('pia', 'What did you try first?', 'from-a')),
      nodeB.send(question('paul', 'Who else is involved?', 'from-b')),
    ]);
    expectAccepted(a, 'node A’s command');
    expectAccepted(b, 'node B’s command');
    await nodeA.refresh();
    await nodeB.refresh();
    expectEqual(nodeA.getEvents(), nodeB.getEvents(), 'the two nodes’ logs');
    expectEqual(nodeA.getState(), nodeB.getState(), 'the two nodes’ states');
    const stored = await store.load(at.tenantId, at.sessionId);
    expectEqual(stored, nodeA.getEvents(), 'the stored log against the nodes’ logs');
    expectEqual(commandIdsOf(stored).sort(), ['from-a', 'from-b'], 'each command once in the stored log');
    expectEqual(
      stored.map((e) => e.seq),
      [...stored.keys()],
      'gap-free versions',
    );
  }),
  sessionCheck('a repeated command id gets the first outcome — same node, another node, after a lost acknowledgement', async ({ store, other }, at, open) => {
    const lossy = losingAcknowledgements(store);
    const nodeA = open(await started(lossy.store, at, { follow: false }));
    // Another node that has not seen the command yet (its version is stale when it retries).
    const nodeB = open(await restored(other ?? store, at, { follow: false }));
    const first = await nodeA.send(question('pia', 'What did your manager say?', 'q-1'));
    expectAccepted(first, 'the first send');
    const same = await nodeA.send(question('pia', 'What did your manager say?', 'q-1'));
    expectEqual(same, { ...first, replayed: true }, 'the same command again on the same node');
    const elsewhere = await nodeB.send(question('pia', 'What did your manager say?', 'q-1'));
    expectEqual(elsewhere, { ...first, replayed: true }, 'the same command on another node');
    const blockedFirst = await nodeA.send(question('paul', 'Have you tried talking to HR?', 'q-2'));
    const blockedAgain = await nodeB.send(question('paul', 'Have you tried talking to HR?', 'q-2'));
    expectEqual(blockedAgain, { ...blockedFirst, replayed: true }, 'a blocked command repeated on another node');
    // The store writes, but the acknowledgement never reaches the session.
    lossy.loseNext();
    const lost = await nodeA.send(question('pia', 'Who else was there?', 'q-3'));
    expectAccepted(lost, 'the command whose acknowledgement was lost (the session reads the log back)');
    const retried = await nodeA.send(question('pia', 'Who else was there?', 'q-3'));
    expectEqual(retried.ok && retried.replayed, true, 'its retry is answered as a replay');
    expectEqual(retried.events, lost.events, 'its retry answers with the first events');
    const fresh = open(await restored(other ?? store, at, { follow: false }));
    const late = await fresh.send(question('pia', 'Who else was there?', 'q-3'));
    expectEqual(late.ok && late.replayed, true, 'the retry on a freshly restored node');
    const reused = await fresh.send(question('paul', 'Something else entirely?', 'q-1'));
    expectEqual(!reused.ok && reused.code, 'command-id-reused', 'a command id used for another command');
    const stored = await store.load(at.tenantId, at.sessionId);
    expectEqual(commandIdsOf(stored), ['q-1', 'q-2', 'q-3'], 'each command id once in the stored log');
    expectEqual(stored, fresh.getEvents(), 'the stored log against the restored session');
  }),
  sessionCheck('a restore naming the wrong tenant is refused with a typed error and reveals nothing', async ({ store, other }, at, open) => {
    const session = open(await started(store, at));
    expectAccepted(await session.send(question('pia', 'What did the client say about Ian?')), 'a question');
    for (const handle of other ? [store, other] : [store]) {
      const refused = await refusalOf(
        restoreSession(SUITE_METHOD, { store: handle, sessionId: at.sessionId, tenantId: uniqueId('intruder') }, { follow: false }),
      );
      expectTrue(
        isIntervisionError(refused, 'unknown-session') || isIntervisionError(refused, 'wrong-tenant'),
        `a restore naming another tenant must be refused with unknown-session or wrong-tenant, got ${String(refused)}`,
      );
      expectTrue(!String((refused as Error | undefined)?.message).includes('client said'), 'the refusal quotes nothing of the session');
    }
    const refusedDefault = await refusalOf(restoreSession(SUITE_METHOD, { store, sessionId: at.sessionId }, { follow: false }));
    expectTrue(
      isIntervisionError(refusedDefault, 'unknown-session') || isIntervisionError(refusedDefault, 'wrong-tenant'),
      'a restore that names no tenant (the default tenant) is refused too',
    );
    const owner = open(await restored(store, at, { follow: false }));
    expectEqual(owner.getState(), session.getState(), 'the owner still restores it');
  }),
  sessionCheck(
    'a snapshot holds the state at its version; with later events after it the session restores equal (restore folds the log), and a forged snapshot is ignored',
    async ({ store }, at, open) => {
      const session = open(await started(store, at, { snapshotEvery: 3 }));
      for (let i = 0; i < 4; i++) expectAccepted(await session.send(question(i % 2 ? 'paul' : 'pia', `What happened at step ${i}?`)), `question ${i}`);
      const snapshot = await store.loadSnapshot(at.tenantId, at.sessionId);
      expectEqual(snapshot?.version, 3, 'the latest snapshot version (every 3 events)');
      expectTrue(session.version > 3, 'events were appended after the snapshot');
      const atSnapshot = open(await restoreSession(SUITE_METHOD, { events: JSON.parse(JSON.stringify(session.getEvents().slice(0, 4))) }, { clock: at.clock }));
      expectEqual(snapshot?.state, atSnapshot.getContext(), 'the snapshot’s state against the log folded to its version');
      const truth = session.getState();
      expectEqual(open(await restored(store, at, { follow: false })).getState(), truth, 'the session restored with a snapshot plus later events');
      const forged = JSON.parse(JSON.stringify(session.getContext()));
      forged.status = 'ended';
      forged.participants.push({ id: 'mallory', roles: ['facilitator'] });
      for (const state of [forged, {}, null, 'not a state']) {
        await store.saveSnapshot(at.tenantId, at.sessionId, { version: session.version, state });
        const again = open(await restored(store, at, { follow: false }));
        expectEqual(again.getState(), truth, `the session restored beside the snapshot ${JSON.stringify(state).slice(0, 40)}`);
        const intruder = await again.send({ type: 'abort', by: 'mallory' });
        expectEqual(!intruder.ok && intruder.code, 'not-a-participant', 'a participant only the forged snapshot names');
      }
      await store.saveSnapshot(at.tenantId, at.sessionId, { version: session.version + 5, state: forged });
      expectTrue((await store.loadSnapshot(at.tenantId, at.sessionId))?.version !== session.version + 5, 'a snapshot beyond the log is not kept');
    },
  ),
  sessionCheck('erases and redacts through the store; live sessions drop redacted text on the marker', async ({ store, other }, at, open) => {
    const secret = 'the secret reorganisation of the Utrecht office';
    const live = open(await started(store, at, { snapshotEvery: 1 }));
    const remote = open(await restored(other ?? store, at));
    expectAccepted(await live.send(question('pia', `What did your manager say about ${secret}?`)), 'the secret question');
    await remote.refresh();
    expectTrue(JSON.stringify(remote.getEvents()).includes(secret), 'the other node has the question before the redaction');
    const changed = await store.redact(at.tenantId, at.sessionId, 'pia', { by: 'dpo', reason: 'request 7' });
    expectTrue(changed >= 1, `redact reports the events it changed (got ${changed})`);
    const marker = (await store.load(at.tenantId, at.sessionId)).at(-1);
    expectEqual(marker?.type, 'redacted', 'the last stored event is the redaction marker');
    expectTrue(
      !String(JSON.stringify(await store.loadSnapshot(at.tenantId, at.sessionId))).includes(secret),
      'the snapshot after the redaction holds no redacted text',
    );
    // The live session on this handle hears of the marker through its subscription, without being asked.
    await eventually(() => live.version === marker!.seq, 'the live session receives the redaction marker', 10_000);
    await remote.refresh();
    for (const [name, session] of [
      ['the live session', live],
      ['the session on another node', remote],
    ] as const) {
      const everything = JSON.stringify([session.getState(), session.getEvents(), session.getContext()]);
      expectTrue(!everything.includes(secret), `${name} still holds the redacted text`);
      expectTrue(!everything.includes('"Pia"'), `${name} still holds the redacted name`);
    }
    expectAccepted(await live.send(question('paul', 'What happened next?')), 'a question after the redaction');
    expectTrue(!String(JSON.stringify(await store.loadSnapshot(at.tenantId, at.sessionId))).includes(secret), 'a later snapshot holds no redacted text');
    const again = open(await restored(store, at, { follow: false }));
    expectEqual(again.getState(), live.getState(), 'the redacted session restores equal to the live one');
    expectEqual(await store.erase(at.tenantId, at.sessionId, { by: 'dpo' }), true, 'erasing the session');
    const refused = await refusalOf(restored(store, at, { follow: false }));
    expectTrue(isIntervisionError(refused, 'unknown-session'), `restoring an erased session is refused with unknown-session, got ${String(refused)}`);
    expectEqual((await store.list(at.tenantId)).items, [], 'the tenant’s sessions after erasure');
  }),
];
