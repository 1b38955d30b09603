import { describe, expect, it } from 'vitest';
import { ConcurrencyError, createMemoryStore, createSession, methods, restoreSession, type SessionStore } from '../src/index.js';
import { genericPeople, inClarification } from './helpers.js';

describe('Session with a store', () => {
  it('persists every accepted event and restores an equal session', async () => {
    const store = createMemoryStore();
    const { session } = await inClarification({ store, sessionId: 'persisted', tenantId: 'acme' });
    await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What did your manager say?' });
    await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'You should quit.' });
    expect(await store.load('acme', 'persisted')).toEqual(session.getEvents());
    expect((await store.list('acme')).items.map((s) => s.sessionId)).toEqual(['persisted']);
    const restored = await restoreSession(methods['generic-four-phase']!, { store, sessionId: 'persisted', tenantId: 'acme' });
    expect(restored.getState()).toEqual(session.getState());
    session.stop();
    restored.stop();
  });

  it('resolves concurrent writes from two nodes: both commands land, in one order, on both nodes', async () => {
    const store = createMemoryStore();
    const { session: nodeA } = await inClarification({ store, sessionId: 'shared' });
    const nodeB = await restoreSession(methods['generic-four-phase']!, { store, sessionId: 'shared' }, { follow: false });
    const [a, b] = await Promise.all([
      nodeA.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What did you try first?' }),
      nodeB.send({ type: 'contribute', by: 'paul', kind: 'question', text: 'Who else is involved?' }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    await nodeA.refresh();
    await nodeB.refresh();
    expect(nodeA.getState()).toEqual(nodeB.getState());
    expect(
      nodeA
        .getState()
        .contributions.map((c) => c.by)
        .sort(),
    ).toEqual(['paul', 'pia']);
    expect(await store.load('default', 'shared')).toEqual(nodeA.getEvents());
    nodeA.stop();
    nodeB.stop();
  });

  it('follows events written by another node', async () => {
    const store = createMemoryStore();
    const { session: nodeA } = await inClarification({ store, sessionId: 'follow' });
    const nodeB = await restoreSession(methods['generic-four-phase']!, { store, sessionId: 'follow' });
    await nodeA.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What happened then?' });
    await nodeB.refresh();
    expect(nodeB.getState().contributions).toHaveLength(1);
    nodeA.stop();
    nodeB.stop();
  });

  it('loses nothing when the store fails: the command is refused and the state unchanged', async () => {
    const inner = createMemoryStore();
    let failNext = false;
    const flaky: SessionStore = {
      ...inner,
      append: async (...args) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        return inner.append(...args);
      },
    };
    const { session } = await inClarification({ store: flaky, sessionId: 'flaky' });
    const before = session.getState();
    failNext = true;
    const result = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What did you try first?' });
    expect(!result.ok && result.code).toBe('store-error');
    expect(session.getState()).toBe(before);
    const retry = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What did you try first?' });
    expect(retry.ok).toBe(true);
    expect(await inner.load('default', 'flaky')).toEqual(session.getEvents());
  });

  it('gives up with concurrency-conflict when another writer always wins', async () => {
    const inner = createMemoryStore();
    const hostile: SessionStore = {
      ...inner,
      append: async (id, events, o) =>
        o.expectedVersion < 0 ? inner.append(id, events, o) : Promise.reject(new ConcurrencyError(id, o.expectedVersion, o.expectedVersion + 1)),
    };
    const session = await createSession(methods['generic-four-phase']!, { participants: genericPeople, store: hostile, follow: false });
    const result = await session.send({ type: 'start', by: 'fay' });
    expect(!result.ok && result.code).toBe('concurrency-conflict');
    expect(session.getState().status).toBe('lobby');
  });

  it('writes snapshots as a cache, and restores from the log', async () => {
    const store = createMemoryStore();
    const { session } = await inClarification({ store, sessionId: 'snap', snapshotEvery: 3 });
    for (let i = 0; i < 5; i++) await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: `What happened at step ${i}?` });
    expect((await store.loadSnapshot('default', 'snap'))?.version).toBe(9);
    const restored = await restoreSession(methods['generic-four-phase']!, { store, sessionId: 'snap' });
    expect(restored.getState()).toEqual(session.getState());
    session.stop();
    restored.stop();
  });

  it('refuses to restore a corrupt log or another method’s log with a typed error', async () => {
    const { session } = await inClarification();
    const events = JSON.parse(JSON.stringify(session.getEvents()));
    await expect(restoreSession(methods['incident-method']!, { events })).rejects.toMatchObject({ code: 'method-mismatch' });
    await expect(restoreSession(methods['generic-four-phase']!, { events: events.slice(1) })).rejects.toMatchObject({ code: 'corrupt-log' });
    const skipped = [...events.slice(0, 2), ...events.slice(3)];
    await expect(restoreSession(methods['generic-four-phase']!, { events: skipped })).rejects.toMatchObject({ code: 'corrupt-log' });
    const forged = [...events, { type: 'phase-advanced', seq: events.length, at: 0, by: 'pia' }];
    await expect(restoreSession(methods['generic-four-phase']!, { events: forged })).rejects.toMatchObject({ code: 'corrupt-log' });
    await expect(restoreSession(methods['generic-four-phase']!, { events: [...events, { type: 'x' }] })).rejects.toMatchObject({ code: 'corrupt-log' });
  });

  it('erases and redacts through the store', async () => {
    const store = createMemoryStore();
    const { session } = await inClarification({ store, sessionId: 'gdpr' });
    await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What did your manager say about the merger?' });
    expect(await store.redact('default', 'gdpr', 'pia', { by: 'test' })).toBe(2);
    const restored = await restoreSession(methods['generic-four-phase']!, { store, sessionId: 'gdpr' });
    expect(restored.getState().contributions[0]?.text).toBe('[redacted]');
    expect(restored.getState().participants.find((p) => p.id === 'pia')?.name).toBeNull();
    expect(await store.erase('default', 'gdpr', { by: 'test' })).toBe(true);
    await expect(restoreSession(methods['generic-four-phase']!, { store, sessionId: 'gdpr' })).rejects.toMatchObject({ code: 'unknown-session' });
    session.stop();
    restored.stop();
  });
});
