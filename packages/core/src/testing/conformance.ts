import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../engine/schemas.js';
import { ConcurrencyError } from '../errors/store.js';
import { REDACTED } from '../store/redact.js';
import type { SessionStore } from '../store/types.js';

/** A store under test and how to dispose of it. */
export interface StoreFixture {
  /** The store. */
  store: SessionStore;
  /** A second handle on the same data (another node), if the adapter supports it. */
  other?: SessionStore;
  /** Releases resources. */
  close?: () => Promise<void> | void;
}

let counter = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** A `created` event for a test session. */
export function createdEvent(sessionId: string, tenantId = 'tenant-a'): SessionEvent {
  return {
    type: 'created',
    seq: 0,
    at: 1_000,
    sessionId,
    tenantId,
    method: { id: 'generic-four-phase', version: '1.0.0' },
    participants: [
      { id: 'fac', name: 'Fay', roles: ['facilitator'] },
      { id: 'intro', name: 'Ian', roles: ['introducer'] },
      { id: 'p1', name: 'Pia', roles: ['peer'] },
    ],
    lang: 'en',
    carriedActions: [],
  };
}

/** A contribution event for a test session. */
export function contributedEvent(seq: number, by = 'p1', text = `text ${seq}`): SessionEvent {
  return { type: 'contributed', seq, at: 1_000 + seq, by, kind: 'question', text, findings: [] };
}

async function wait(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The conformance suite every {@link SessionStore} adapter must pass: append with optimistic
 * concurrency, load, list by tenant, snapshots, erase, redact and subscribe. Call it inside a vitest
 * test file with a factory that returns a fresh (or shared) store.
 *
 * @example
 * ```ts
 * import { runStoreConformance } from '@intervision/core/testing';
 * runStoreConformance('memory', async () => ({ store: createMemoryStore() }));
 * ```
 */
export function runStoreConformance(name: string, factory: () => Promise<StoreFixture>): void {
  describe(`SessionStore conformance: ${name}`, () => {
    const withStore = (fn: (f: StoreFixture) => Promise<void>) => async () => {
      const fixture = await factory();
      try {
        await fn(fixture);
      } finally {
        await fixture.close?.();
      }
    };

    it(
      'appends and loads events exactly as given',
      withStore(async ({ store }) => {
        const id = uid('s');
        const events = [createdEvent(id), contributedEvent(1), contributedEvent(2, 'p1', 'émoji 🙂 “quotes” \u2028 <b>html</b>')];
        expect(await store.append(id, events, { expectedVersion: -1, tenantId: 'tenant-a' })).toEqual({ version: 2 });
        expect(await store.load(id)).toEqual(events);
        expect(await store.load(id, { afterVersion: 1 })).toEqual([events[2]]);
        expect(await store.load('no-such-session')).toEqual([]);
      }),
    );

    it(
      'refuses an append with a stale expected version, and changes nothing',
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id)], { expectedVersion: -1, tenantId: 'tenant-a' });
        await store.append(id, [contributedEvent(1)], { expectedVersion: 0, tenantId: 'tenant-a' });
        await expect(store.append(id, [contributedEvent(1, 'p1', 'late')], { expectedVersion: 0, tenantId: 'tenant-a' })).rejects.toBeInstanceOf(
          ConcurrencyError,
        );
        await expect(store.append(id, [createdEvent(id)], { expectedVersion: -1, tenantId: 'tenant-a' })).rejects.toBeInstanceOf(ConcurrencyError);
        expect((await store.load(id)).map((e) => e.seq)).toEqual([0, 1]);
      }),
    );

    it(
      'lets exactly one of many concurrent writers win',
      withStore(async ({ store, other }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id)], { expectedVersion: -1, tenantId: 'tenant-a' });
        const writers = Array.from({ length: 8 }, (_, i) => (i % 2 === 0 || !other ? store : other));
        const results = await Promise.allSettled(
          writers.map((s, i) => s.append(id, [contributedEvent(1, 'p1', `writer ${i}`)], { expectedVersion: 0, tenantId: 'tenant-a' })),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
        expect(await store.load(id)).toHaveLength(2);
      }),
    );

    it(
      'appends several events atomically',
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id), contributedEvent(1), contributedEvent(2)], { expectedVersion: -1, tenantId: 'tenant-a' });
        await expect(store.append(id, [contributedEvent(3), contributedEvent(5)], { expectedVersion: 2, tenantId: 'tenant-a' })).rejects.toThrow();
        expect((await store.load(id)).map((e) => e.seq)).toEqual([0, 1, 2]);
      }),
    );

    it(
      "refuses an append to another tenant's session",
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id, 'tenant-a')], { expectedVersion: -1, tenantId: 'tenant-a' });
        await expect(store.append(id, [contributedEvent(1)], { expectedVersion: 0, tenantId: 'tenant-b' })).rejects.toThrow();
        expect(await store.load(id)).toHaveLength(1);
      }),
    );

    it(
      'lists sessions by tenant, in id order, with paging',
      withStore(async ({ store }) => {
        const tenant = uid('tenant');
        const ids = [uid('a'), uid('b'), uid('c')].sort();
        for (const id of ids) await store.append(id, [createdEvent(id, tenant)], { expectedVersion: -1, tenantId: tenant });
        const otherId = uid('x');
        await store.append(otherId, [createdEvent(otherId, uid('tenant'))], { expectedVersion: -1, tenantId: 'x' }).catch(() => undefined);
        const all = await store.list(tenant);
        expect(all.map((s) => s.sessionId)).toEqual(ids);
        expect(all[0]).toMatchObject({ tenantId: tenant, methodId: 'generic-four-phase', methodVersion: '1.0.0', version: 0, createdAt: 1_000 });
        const page = await store.list(tenant, { limit: 1, after: ids[0] });
        expect(page.map((s) => s.sessionId)).toEqual([ids[1]]);
      }),
    );

    it(
      'keeps the latest snapshot',
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id), contributedEvent(1), contributedEvent(2)], { expectedVersion: -1, tenantId: 'tenant-a' });
        expect(await store.loadSnapshot(id)).toBeUndefined();
        await store.saveSnapshot(id, { version: 1, state: { value: 'x', n: [1] } });
        await store.saveSnapshot(id, { version: 2, state: { value: 'y' } });
        await store.saveSnapshot(id, { version: 1, state: { value: 'stale' } });
        expect(await store.loadSnapshot(id)).toEqual({ version: 2, state: { value: 'y' } });
      }),
    );

    it(
      'erases a session completely',
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id, 'erase-tenant'), contributedEvent(1)], { expectedVersion: -1, tenantId: 'erase-tenant' });
        await store.saveSnapshot(id, { version: 1, state: {} });
        expect(await store.erase(id)).toBe(true);
        expect(await store.load(id)).toEqual([]);
        expect(await store.loadSnapshot(id)).toBeUndefined();
        expect((await store.list('erase-tenant')).map((s) => s.sessionId)).not.toContain(id);
        expect(await store.erase(id)).toBe(false);
      }),
    );

    it(
      "redacts one participant's texts and name, keeps everything else, and drops snapshots",
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id), contributedEvent(1, 'p1', 'secret'), contributedEvent(2, 'intro', 'keep')], {
          expectedVersion: -1,
          tenantId: 'tenant-a',
        });
        await store.saveSnapshot(id, { version: 2, state: { text: 'secret' } });
        expect(await store.redact(id, 'p1')).toBe(2);
        const events = await store.load(id);
        expect(JSON.stringify(events)).not.toContain('secret');
        expect(JSON.stringify(events)).not.toContain('Pia');
        expect(events[1]).toMatchObject({ by: 'p1', text: REDACTED, seq: 1 });
        expect(events[2]).toMatchObject({ by: 'intro', text: 'keep' });
        expect(await store.loadSnapshot(id)).toBeUndefined();
      }),
    );

    it(
      'tells subscribers about appended events, until they unsubscribe',
      withStore(async ({ store, other }) => {
        const id = uid('s');
        const seen: number[] = [];
        const unsubscribe = store.subscribe(id, (events) => seen.push(...events.map((e) => e.seq)));
        await (other ?? store).append(id, [createdEvent(id), contributedEvent(1)], { expectedVersion: -1, tenantId: 'tenant-a' });
        for (let i = 0; i < 100 && seen.length < 2; i++) await wait(20);
        expect(seen).toEqual([0, 1]);
        unsubscribe();
        await (other ?? store).append(id, [contributedEvent(2)], { expectedVersion: 1, tenantId: 'tenant-a' });
        await wait(100);
        expect(seen).toEqual([0, 1]);
      }),
    );
  });
}
