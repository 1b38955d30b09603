/**
 * The trust-boundary red team: every finding of the security review is a row here (attack → expected
 * behaviour), written before its fix. Numbers follow the issue's list.
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createMemoryStore,
  createSession,
  defineMethod,
  isRestoreError,
  type MethodDefinition,
  methods,
  parseMethod,
  restoreSession,
  type SessionEvent,
  type SessionStore,
} from '../src/index.js';
import { genericPeople, genericSession, inClarification } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const generic = methods['generic-four-phase']!;
const question = (text = 'What did your manager say?') => ({ type: 'contribute' as const, kind: 'question', text });

/** A generic variant whose clarification round allows one question each, and a repeatable round with id `constructor`. */
const hostileMethod: MethodDefinition = defineMethod({
  extends: 'generic-four-phase',
  id: 'red-team-quota',
  version: '1.0.0',
  name: { en: 'Red team' },
  changes: [{ op: 'update', phase: 'clarification', set: { quota: { max: 1, kinds: ['question'] } } }],
});

const prototypeIds = ['toString', 'valueOf', 'hasOwnProperty', '__proto__', 'constructor'];

describe('red team: 1. ids named after Object.prototype members', () => {
  it('keeps quotas, views, subscribers and restore working for participants named toString, valueOf, hasOwnProperty, __proto__, constructor', async () => {
    const participants = [{ id: 'fay', role: 'facilitator' }, { id: 'ian', role: 'introducer' }, ...prototypeIds.map((id) => ({ id, role: 'peer' }))];
    const session = await createSession(hostileMethod, { participants, clock: createManualClock() });
    let notified = 0;
    session.subscribe(() => notified++);
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I plan my week better?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    for (const id of prototypeIds) {
      // A finding for this participant must not break the view.
      const advice = await session.send({ ...question('Have you tried talking to HR?'), by: id });
      expect(!advice.ok && advice.code).toBe('rule-violation');
      expect((await session.send({ ...question(), by: id })).ok).toBe(true);
      const second = await session.send({ ...question('And who else was there?'), by: id });
      expect(!second.ok && second.code).toBe('quota-exceeded');
    }
    expect(() => session.getState()).not.toThrow();
    expect(
      session
        .getState()
        .findings.map((f) => f.participantId)
        .sort(),
    ).toEqual([...prototypeIds].sort());
    expect(notified).toBeGreaterThan(5);
    const restored = await restoreSession(hostileMethod, { events: JSON.parse(JSON.stringify(session.getEvents())) });
    expect(restored.getState()).toEqual(session.getState());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the repeat limit and a restorable log for a phase whose id is `constructor`', async () => {
    const method = defineMethod({
      id: 'constructor-phase',
      version: '1.0.0',
      name: { en: 'Constructor' },
      summary: { en: 'A round with a hostile id.' },
      roles: [
        { id: 'introducer', name: { en: 'Introducer' }, min: 0, max: 1 },
        { id: 'facilitator', name: { en: 'Facilitator' }, min: 1, max: 1 },
        { id: 'peer', name: { en: 'Peer' }, min: 1 },
      ],
      phases: [
        {
          id: 'constructor',
          kind: 'experience',
          name: { en: 'Round' },
          instructions: { en: 'Share.' },
          speakers: ['peer'],
          contributionKinds: ['experience'],
          timebox: { minutes: 1 },
          repeatable: { max: 1 },
        },
      ],
    } as never);
    const clock = createManualClock();
    const session = await createSession(method, {
      participants: [
        { id: 'fay', role: 'facilitator' },
        { id: 'pia', role: 'peer' },
      ],
      clock,
    });
    await session.send({ type: 'start', by: 'fay' });
    clock.advance(61_000);
    await session.tick();
    expect((await session.send({ type: 'repeat', by: 'fay' })).ok).toBe(true);
    const again = await session.send({ type: 'repeat', by: 'fay' });
    expect(!again.ok && again.code).toBe('repeat-limit');
    const restored = await restoreSession(method, { events: session.getEvents() });
    expect(restored.getState()).toEqual(session.getState());
  });
});

describe('red team: 2 and 3. unreadable and forged snapshots', () => {
  it('ignores a snapshot that is {}, null, of a removed phase, or forged (changed text, ended, extra facilitator): the log wins', async () => {
    const store = createMemoryStore();
    const { session, clock } = await inClarification({ store, sessionId: 'snap-attack', snapshotEvery: 1 });
    await session.send({ ...question('What did you try first?'), by: 'pia' });
    const truth = session.getState();
    const forged = JSON.parse(JSON.stringify(session.getContext()));
    forged.contributions[0].text = 'FORGED';
    forged.status = 'ended';
    forged.participants.push({ id: 'mallory', roles: ['facilitator'] });
    for (const state of [{}, null, { value: { running: 'no-such-phase' } }, forged]) {
      await store.saveSnapshot('default', 'snap-attack', { version: session.version, state });
      const restored = await restoreSession(generic, { store, sessionId: 'snap-attack' }, { follow: false, clock });
      expect(restored.getState()).toEqual(truth);
      const abort = await restored.send({ type: 'abort', by: 'mallory' });
      expect(!abort.ok && abort.code).toBe('not-a-participant');
      restored.stop();
    }
    session.stop();
  });

  it('never crashes the process: hostile restores in a child process that is still alive afterwards', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(here, 'fixtures/hostile-restore.ts')], { encoding: 'utf8', timeout: 60_000 });
    expect(out.trim().split('\n').at(-1)).toBe('alive');
  });
});

describe('red team: 4. method versions', () => {
  it('refuses to replay a 1.0.0 log under a 2.0.0 that removed a phase, and a forged version, unless the host opts into an upgrade', async () => {
    const { session } = await inClarification();
    const events = JSON.parse(JSON.stringify(session.getEvents()));
    const v2 = defineMethod({ ...generic, version: '2.0.0', phases: generic.phases.filter((p) => p.id !== 'experiences') } as never);
    await expect(restoreSession(v2, { events })).rejects.toMatchObject({ code: 'method-version-mismatch' });
    const forgedVersion = [{ ...events[0], method: { ...events[0].method, version: '9.9.9' } }, ...events.slice(1)];
    await expect(restoreSession(generic, { events: forgedVersion })).rejects.toMatchObject({ code: 'method-version-mismatch' });
    const forgedHash = [{ ...events[0], method: { ...events[0].method, hash: '0000000000000000' } }, ...events.slice(1)];
    await expect(restoreSession(generic, { events: forgedHash })).rejects.toSatisfy(isRestoreError);
    const upgraded = await restoreSession(v2, { events }, { upgrade: 'use-given' });
    expect(upgraded.method.version).toBe('2.0.0');
    // The definition the session started with is found through the host's resolver, or the store.
    const resolved = await restoreSession(
      v2,
      { events },
      { resolveMethod: (id, version) => (id === generic.id && version === generic.version ? generic : undefined) },
    );
    expect(resolved.method).toBe(generic);
    const store = createMemoryStore();
    const stored = await genericSession({ store, sessionId: 'pinned' });
    const fromStore = await restoreSession(undefined, { store, sessionId: 'pinned' }, { follow: false });
    expect(fromStore.method).toEqual(generic);
    stored.session.stop();
  });
});

describe('red team: 5. redaction reaches live sessions', () => {
  it('drops a redacted participant’s texts from a live session, its later snapshots and carried actions', async () => {
    const store = createMemoryStore();
    const carried = [{ id: 'old-1', text: 'Pia will call the union rep', owner: 'pia', due: null }];
    const { session } = await genericSession({ store, sessionId: 'redact-live', snapshotEvery: 1, carriedActions: carried });
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I deal with my workload?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    await session.send({ ...question('What did your manager say about the secret reorganisation?'), by: 'pia' });
    await store.redact('default', 'redact-live', 'pia', { by: 'dpo' });
    await session.refresh();
    const live = JSON.stringify(session.getState()) + JSON.stringify(session.getEvents()) + JSON.stringify(session.getContext());
    expect(live).not.toContain('secret reorganisation');
    expect(live).not.toContain('union rep');
    expect(live).not.toContain('"Pia"');
    await session.send({ ...question('What happened next?'), by: 'paul' });
    const snapshot = JSON.stringify(await store.loadSnapshot('default', 'redact-live'));
    expect(snapshot).not.toContain('secret reorganisation');
    const restored = await restoreSession(generic, { store, sessionId: 'redact-live' }, { follow: false });
    expect(restored.getState()).toEqual(session.getState());
    session.stop();
  });
});

describe('red team: 6. follower pulls', () => {
  it('applies a re-delivered event once, and stops at a gap', async () => {
    const inner = createMemoryStore();
    const { session: writer } = await inClarification({ store: inner, sessionId: 'redeliver' });
    const follower = await restoreSession(generic, { store: inner, sessionId: 'redeliver' }, { follow: false });
    let replayFrom = -1;
    const echoing: SessionStore = { ...inner, load: async (t, id) => (await inner.load(t, id)).filter((e) => e.seq > replayFrom) };
    const node = await restoreSession(generic, { store: echoing, sessionId: 'redeliver' }, { follow: false });
    await writer.send({ ...question(), by: 'pia' });
    replayFrom = 0; // the store now re-delivers everything after the created event
    expect(await node.refresh()).toBe(1);
    expect(await node.refresh()).toBe(0);
    expect(node.getState().contributions).toHaveLength(1);
    const gappy: SessionStore = { ...inner, load: async (t, id, o) => (await inner.load(t, id, o)).filter((e) => e.seq !== writer.version - 1) };
    await writer.send({ ...question('Who else knew?'), by: 'paul' });
    await writer.send({ ...question('When was that?'), by: 'pia' });
    const gapNode = await restoreSession(
      generic,
      { events: (await inner.load('default', 'redeliver')).slice(0, writer.version - 2) },
      { store: gappy, follow: false },
    );
    expect(await gapNode.refresh()).toBe(1);
    expect(gapNode.version).toBe(writer.version - 2);
    expect(await follower.refresh()).toBe(3);
  });
});

describe('red team: 7. idempotent commands', () => {
  it('stores a retried contribute once and answers the first outcome', async () => {
    const store = createMemoryStore();
    const { session } = await inClarification({ store, sessionId: 'retry' });
    const first = await session.send({ ...question(), by: 'pia', commandId: 'cmd-1' });
    const again = await session.send({ ...question(), by: 'pia', commandId: 'cmd-1' });
    expect(first.ok && again.ok && again.replayed).toBe(true);
    expect(again.events).toEqual(first.events);
    expect(session.getState().contributions).toHaveLength(1);
    const other = await session.send({ ...question('A different question?'), by: 'pia', commandId: 'cmd-1' });
    expect(!other.ok && other.code).toBe('command-id-reused');
    // Another node recognises it too.
    const nodeB = await restoreSession(generic, { store, sessionId: 'retry' }, { follow: false });
    const onB = await nodeB.send({ ...question(), by: 'pia', commandId: 'cmd-1' });
    expect(onB.ok && onB.replayed).toBe(true);
    expect((await store.load('default', 'retry')).filter((e) => e.commandId === 'cmd-1')).toHaveLength(1);
  });

  it('refuses a stale double-click of advance instead of skipping a phase', async () => {
    const { session } = await inClarification();
    const expect1 = { phase: 'clarification', run: 1 };
    await session.send({ type: 'set-output', by: 'fay', output: 'problem-definition', text: 'How to keep the workload manageable.' });
    const a = await session.send({ type: 'advance', by: 'fay', expect: expect1 });
    const b = await session.send({ type: 'advance', by: 'fay', expect: expect1 });
    expect(a.ok).toBe(true);
    expect(!b.ok && b.code).toBe('stale-phase');
    expect(session.getState().phase?.id).toBe('experiences');
  });

  it('reconciles an append that wrote but lost its acknowledgement, and a retry appends nothing', async () => {
    const inner = createMemoryStore();
    let loseAck = false;
    const lossy: SessionStore = {
      ...inner,
      append: async (...args) => {
        const done = await inner.append(...args);
        if (loseAck) {
          loseAck = false;
          throw new Error('connection reset');
        }
        return done;
      },
    };
    const { session } = await inClarification({ store: lossy, sessionId: 'lost-ack', follow: false });
    loseAck = true;
    const result = await session.send({ ...question(), by: 'pia', commandId: 'q-1' });
    expect(result.ok).toBe(true);
    const retry = await session.send({ ...question(), by: 'pia', commandId: 'q-1' });
    expect(retry.ok && retry.replayed).toBe(true);
    expect((await inner.load('default', 'lost-ack')).filter((e) => e.type === 'contributed')).toHaveLength(1);
  });

  it('answers store-ambiguous when the store fails and cannot be read, and reconciles on the retry', async () => {
    const inner = createMemoryStore();
    let down = false;
    const flaky: SessionStore = {
      ...inner,
      append: async (...args) => {
        const done = await inner.append(...args);
        if (down) throw new Error('connection reset');
        return done;
      },
      load: async (...args) => {
        if (down) throw new Error('connection refused');
        return inner.load(...args);
      },
    };
    const { session } = await inClarification({ store: flaky, sessionId: 'ambiguous', follow: false });
    down = true;
    const result = await session.send({ ...question(), by: 'pia', commandId: 'q-9' });
    expect(!result.ok && result.code).toBe('store-ambiguous');
    down = false;
    const retry = await session.send({ ...question(), by: 'pia', commandId: 'q-9' });
    expect(retry.ok && retry.replayed).toBe(true);
    expect((await inner.load('default', 'ambiguous')).filter((e) => e.type === 'contributed')).toHaveLength(1);
  });

  it('does not turn a committed event into store-error when a store listener throws', async () => {
    const store = createMemoryStore();
    const { session } = await inClarification({ store, sessionId: 'listener' });
    store.subscribe('listener', () => {
      throw new Error('listener bug');
    });
    const result = await session.send({ ...question(), by: 'pia' });
    expect(result.ok).toBe(true);
  });
});

describe('red team: 8. send never rejects', () => {
  it('answers with a code after stop(), for a failing load during a conflict retry, a throwing saveSnapshot, and a throwing Proxy or getter', async () => {
    const { session } = await inClarification();
    session.stop();
    const stopped = await session.send({ ...question(), by: 'pia' });
    expect(!stopped.ok && stopped.code).toBe('session-stopped');
    expect(session.getEvents().some((e) => e.type === 'contributed')).toBe(false);

    const inner = createMemoryStore();
    const conflicted: SessionStore = {
      ...inner,
      append: async (id, events, o) =>
        o.expectedVersion < 0
          ? inner.append(id, events, o)
          : Promise.reject(Object.assign(new Error('x'), { intervision: true, code: 'concurrency-conflict' })),
      load: async () => {
        throw new Error('down');
      },
      saveSnapshot: () => {
        throw new Error('sync throw');
      },
    };
    const s2 = await createSession(generic, { participants: genericPeople, store: conflicted, follow: false });
    const r2 = await s2.send({ type: 'start', by: 'fay' });
    expect(!r2.ok && r2.code).toBe('store-error');

    const snapThrows: SessionStore = {
      ...inner,
      saveSnapshot: () => {
        throw new Error('sync throw');
      },
    };
    const s3 = await createSession(generic, { participants: genericPeople, store: snapThrows, snapshotEvery: 1, follow: false });
    expect((await s3.send({ type: 'start', by: 'fay' })).ok).toBe(true);

    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const getter = Object.defineProperty({ type: 'start' }, 'by', {
      get() {
        throw new Error('getter');
      },
      enumerable: true,
    });
    for (const input of [proxy, getter]) {
      const r = await s3.sendUnknown(input);
      expect(r.ok).toBe(false);
      expect(() => s3.canUnknown(input)).not.toThrow();
    }
  });
});

describe('red team: 9. actors', () => {
  it('sends as the authenticated participant: a peer cannot advance as the facilitator', async () => {
    const { session } = await inClarification();
    const pia = session.as('pia');
    const forged = await pia.send({ type: 'advance', by: 'fay' });
    expect(!forged.ok && forged.code).toBe('actor-mismatch');
    const own = await pia.send({ type: 'advance' });
    expect(!own.ok && own.code).toBe('forbidden-role');
    expect(pia.can({ type: 'abort' })?.code).toBe('forbidden-role');
    expect((await pia.send(question())).ok).toBe(true);
  });
});

describe('red team: 10. per-viewer views and anonymity', () => {
  it('hides the author of a hidden written contribution, others’ blocked texts and findings, and hidden texts in events', async () => {
    const written = defineMethod({
      extends: 'generic-four-phase',
      id: 'written-red',
      version: '1.0.0',
      name: { en: 'Written' },
      changes: [{ op: 'update', phase: 'experiences', set: { turnPolicy: 'written-then-revealed' } }],
    } as never);
    const session = await createSession(written, { participants: genericPeople, clock: createManualClock() });
    const events: string[] = [];
    session.as('paul').subscribe((_view, evs) => events.push(JSON.stringify(evs)));
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I deal with the extra workload?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    const blocked = await session.send({ ...question('Have you tried talking to HR?'), by: 'pia' });
    expect(blocked.ok).toBe(false);
    const paulSees = session.as('paul').getState();
    expect(JSON.stringify(paulSees)).not.toContain('talking to HR');
    expect(paulSees.findings).toEqual([]);
    expect(session.as('fay').getState().blocked).toHaveLength(1);
    await session.send({ type: 'set-output', by: 'fay', output: 'problem-definition', text: 'Workload.' });
    await session.send({ type: 'advance', by: 'fay' });
    await session.send({ type: 'contribute', by: 'pia', kind: 'experience', text: 'Pia’s private story about her burnout' });
    const paul = session.as('paul').getState();
    const fay = session.as('fay').getState();
    for (const view of [paul, fay]) {
      const draft = view.contributions.find((c) => c.phaseId === 'experiences');
      expect(draft).toMatchObject({ by: null, text: null, hidden: true, seq: null });
    }
    expect(
      session
        .as('pia')
        .getState()
        .contributions.find((c) => c.phaseId === 'experiences')?.text,
    ).toContain('burnout');
    expect(events.join('')).not.toContain('burnout');
    expect(events.join('')).not.toContain('talking to HR');
  });

  it('keeps authors in an anonymous phase from every viewer, the facilitator included, and from their events', async () => {
    const anonymous = defineMethod({
      extends: 'generic-four-phase',
      id: 'anonymous-red',
      version: '1.0.0',
      name: { en: 'Anonymous' },
      changes: [{ op: 'update', phase: 'experiences', set: { anonymous: true } }],
    } as never);
    const session = await createSession(anonymous, { participants: genericPeople, clock: createManualClock() });
    const seen: string[] = [];
    session.as('fay').subscribe((_v, evs) => seen.push(JSON.stringify(evs)));
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I deal with the extra workload?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    await session.send({ type: 'set-output', by: 'fay', output: 'problem-definition', text: 'Workload.' });
    await session.send({ type: 'advance', by: 'fay' });
    await session.send({ type: 'contribute', by: 'pia', kind: 'experience', text: 'Zeta: I once took a week off.' });
    await session.send({ type: 'contribute', by: 'paul', kind: 'experience', text: 'Alpha: I asked for help.' });
    for (const viewer of ['fay', 'ian']) {
      const view = session.as(viewer).getState();
      const shared = view.contributions.filter((c) => c.phaseId === 'experiences');
      expect(shared.map((c) => c.by)).toEqual([null, null]);
      expect(shared.map((c) => c.seq)).toEqual([null, null]);
      expect(shared.map((c) => c.text)).toEqual(['Alpha: I asked for help.', 'Zeta: I once took a week off.']);
      expect(shared.map((c) => c.id)).toEqual(['anon-1', 'anon-2']);
    }
    expect(
      session
        .as('pia')
        .getState()
        .contributions.find((c) => c.text?.startsWith('Zeta'))?.by,
    ).toBe('pia');
    expect(seen.join('')).not.toMatch(/"by":"(pia|paul)"[^}]*experience/);
    expect(session.viewFor({ audience: 'report' }).contributions.some((c) => c.by === 'pia' && c.phaseId === 'experiences')).toBe(false);
  });
});

describe('red team: 11. bounded work', () => {
  it('parses hostile method configs without throwing: extends toString, deep nesting, long extends chains', () => {
    expect(() => parseMethod({ extends: 'toString', id: 'x', name: { en: 'x' }, changes: [] })).not.toThrow();
    expect(parseMethod({ extends: 'toString', id: 'x', name: { en: 'x' }, changes: [] }).success).toBe(false);
    let deep: unknown = {};
    for (let i = 0; i < 50_000; i++) deep = { a: deep };
    expect(() => parseMethod({ id: 'deep', phases: [deep] })).not.toThrow();
    const bases: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) bases[`m${i}`] = { extends: `m${i + 1}`, id: `m${i}`, name: { en: 'x' }, changes: [] };
    expect(() => parseMethod({ extends: 'm0', id: 'top', name: { en: 'x' }, changes: [] }, { bases: bases as never })).not.toThrow();
  });

  it('keeps each message short for a config with thousands of unknown roles', () => {
    const phases = Array.from({ length: 2000 }, (_, i) => ({
      id: `p${i}`,
      kind: 'experiences',
      name: { en: 'x' },
      instructions: { en: 'x' },
      speakers: [`ghost-${i}`],
      contributionKinds: ['experience'],
    }));
    const roles = Array.from({ length: 500 }, (_, i) => ({ id: `role-${i}`, name: { en: 'x' } }));
    const result = parseMethod({ id: 'big', version: '1.0.0', name: { en: 'x' }, summary: { en: 'x' }, roles, phases });
    expect(result.success).toBe(false);
    const longest = Math.max(...result.issues.map((i) => i.message.length));
    expect(longest).toBeLessThan(500);
  });
});

describe('red team: 12. time', () => {
  it('expires a timebox longer than 24.86 days (30 days, the format’s maximum), and refuses a clock that returns NaN, Infinity or a string', async () => {
    const long = defineMethod({
      extends: 'generic-four-phase',
      id: 'long-red',
      version: '1.0.0',
      name: { en: 'Long' },
      changes: [{ op: 'update', phase: 'topic', set: { timebox: { minutes: 60 * 24 * 30 }, onTimeout: 'warn' } }],
    } as never);
    const clock = createManualClock();
    const session = await createSession(long, { participants: genericPeople, clock });
    await session.send({ type: 'start', by: 'fay' });
    clock.advance(30 * 24 * 3600_000 + 1);
    await new Promise((r) => setTimeout(r, 0));
    await session.tick();
    expect(session.getState().phase?.expired).toBe(true);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '12']) {
      const broken = { ...createManualClock(), now: () => bad as number };
      await expect(createSession(generic, { participants: genericPeople, clock: broken })).rejects.toMatchObject({ code: 'invalid-session-config' });
      let value: unknown = 0;
      const flaky = { ...createManualClock(), now: () => value as number };
      const s = await createSession(generic, { participants: genericPeople, clock: flaky });
      value = bad;
      const r = await s.send({ type: 'start', by: 'fay' });
      expect(!r.ok && r.code).toBe('clock-error');
      expect(s.getEvents()).toHaveLength(1);
    }
  });
});

describe('red team: 13. input hygiene', () => {
  it('refuses NUL in reasons and names, invisible-only texts, impossible dates and lone surrogates; restores nothing from null or a forged created event', async () => {
    const { session } = await inClarification();
    const nul = await session.send({ type: 'abort', by: 'fay', reason: 'bye\u0000' });
    expect(!nul.ok && nul.code).toBe('invalid-command');
    await expect(createSession(generic, { participants: genericPeople.map((p) => (p.id === 'pia' ? { ...p, name: 'Pi\u0000a' } : p)) })).rejects.toThrow();
    for (const text of ['\u200b\u200b', '\ufeff', '\u2060 \u200d', 'a\ud800b'])
      expect(((await session.send({ ...question(text), by: 'pia' })) as { code?: string }).code).toBe('invalid-command');
    await session.send({ type: 'set-output', by: 'fay', output: 'problem-definition', text: 'x' });
    const due = await session.sendUnknown({ type: 'add-action', by: 'ian', text: 'Call HR', due: '2026-02-31' });
    expect(!due.ok && due.code).toBe('invalid-command');
    await expect(restoreSession(generic, { events: null as never })).rejects.toMatchObject({ code: 'corrupt-log' });
    const events = JSON.parse(JSON.stringify(session.getEvents())) as SessionEvent[];
    const created = events[0] as Extract<SessionEvent, { type: 'created' }>;
    const twice = { ...created, participants: [...created.participants, created.participants[2]!] };
    await expect(restoreSession(generic, { events: [twice, ...events.slice(1)] })).rejects.toMatchObject({ code: 'corrupt-log' });
    const secondFacilitator = { ...created, participants: [...created.participants, { id: 'mallory', roles: ['facilitator'] }] };
    await expect(restoreSession(generic, { events: [secondFacilitator, ...events.slice(1)] })).rejects.toMatchObject({ code: 'corrupt-log' });
  });
});
