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

const summary = { methodId: 'generic-four-phase', methodVersion: '1.0.0', status: 'running' as const, nextDeadline: null, cases: 1 };
const opts = (expectedVersion: number, tenantId = 'tenant-a') => ({ expectedVersion, tenantId, summary });
const who = { by: 'conformance-suite' };

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
        expect(await store.append(id, events, opts(-1))).toEqual({ version: 2 });
        expect(await store.load('tenant-a', id)).toEqual(events);
        expect(await store.load('tenant-a', id, { afterVersion: 1 })).toEqual([events[2]]);
        expect(await store.load('tenant-a', 'no-such-session')).toEqual([]);
      }),
    );

    it(
      'refuses an append with a stale expected version, and changes nothing',
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id)], opts(-1));
        await store.append(id, [contributedEvent(1)], opts(0));
        await expect(store.append(id, [contributedEvent(1, 'p1', 'late')], opts(0))).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(store.append(id, [createdEvent(id)], opts(-1))).rejects.toBeInstanceOf(ConcurrencyError);
        expect((await store.load('tenant-a', id)).map((e) => e.seq)).toEqual([0, 1]);
      }),
    );

    it(
      'lets exactly one of many concurrent writers win',
      withStore(async ({ store, other }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id)], opts(-1));
        const writers = Array.from({ length: 8 }, (_, i) => (i % 2 === 0 || !other ? store : other));
        const results = await Promise.allSettled(writers.map((s, i) => s.append(id, [contributedEvent(1, 'p1', `writer ${i}`)], opts(0))));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
        expect(await store.load('tenant-a', id)).toHaveLength(2);
      }),
    );

    it(
      'appends several events atomically',
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id), contributedEvent(1), contributedEvent(2)], opts(-1));
        await expect(store.append(id, [contributedEvent(3), contributedEvent(5)], opts(2))).rejects.toThrow();
        expect((await store.load('tenant-a', id)).map((e) => e.seq)).toEqual([0, 1, 2]);
      }),
    );

    it(
      "refuses an append to another tenant's session",
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id, 'tenant-a')], opts(-1));
        await expect(store.append(id, [contributedEvent(1)], opts(0, 'tenant-b'))).rejects.toThrow();
        expect(await store.load('tenant-a', id)).toHaveLength(1);
      }),
    );

    it(
      'lists sessions by tenant, in id order, with paging',
      withStore(async ({ store }) => {
        const tenant = uid('tenant');
        const ids = [uid('a'), uid('b'), uid('c')].sort();
        for (const id of ids) await store.append(id, [createdEvent(id, tenant)], opts(-1, tenant));
        const otherId = uid('x');
        await store.append(otherId, [createdEvent(otherId, uid('tenant'))], opts(-1, 'x')).catch(() => undefined);
        const all = (await store.list(tenant)).items;
        expect(all.map((s) => s.sessionId)).toEqual(ids);
        expect(all[0]).toMatchObject({ tenantId: tenant, methodId: 'generic-four-phase', methodVersion: '1.0.0', version: 0, createdAt: 1_000 });
        const first = await store.list(tenant, { limit: 1 });
        const page = await store.list(tenant, { limit: 1, ...(first.nextCursor ? { cursor: first.nextCursor } : {}) });
        expect(page.items.map((s) => s.sessionId)).toEqual([ids[1]]);
      }),
    );

    it(
      'keeps the latest snapshot',
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id), contributedEvent(1), contributedEvent(2)], opts(-1));
        expect(await store.loadSnapshot('tenant-a', id)).toBeUndefined();
        await store.saveSnapshot('tenant-a', id, { version: 1, state: { value: 'x', n: [1] } });
        await store.saveSnapshot('tenant-a', id, { version: 2, state: { value: 'y' } });
        await store.saveSnapshot('tenant-a', id, { version: 1, state: { value: 'stale' } });
        expect(await store.loadSnapshot('tenant-a', id)).toEqual({ version: 2, state: { value: 'y' } });
      }),
    );

    it(
      'erases a session completely',
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id, 'erase-tenant'), contributedEvent(1)], opts(-1, 'erase-tenant'));
        await store.saveSnapshot('erase-tenant', id, { version: 1, state: {} });
        expect(await store.erase('other-tenant', id, who)).toBe(false);
        expect(await store.erase('erase-tenant', id, who)).toBe(true);
        expect(await store.load('erase-tenant', id)).toEqual([]);
        expect(await store.loadSnapshot('erase-tenant', id)).toBeUndefined();
        expect((await store.list('erase-tenant')).items.map((s) => s.sessionId)).not.toContain(id);
        expect(await store.erase('erase-tenant', id, who)).toBe(false);
      }),
    );

    it(
      "redacts one participant's texts and name, keeps everything else, and drops snapshots",
      withStore(async ({ store }) => {
        const id = uid('s');
        await store.append(id, [createdEvent(id), contributedEvent(1, 'p1', 'secret'), contributedEvent(2, 'intro', 'keep')], {
          ...opts(-1),
        });
        await store.saveSnapshot('tenant-a', id, { version: 2, state: { text: 'secret' } });
        expect(await store.redact('tenant-a', id, 'p1', who)).toBe(2);
        const events = (await store.load('tenant-a', id)).filter((e) => e.type !== 'redacted');
        expect(JSON.stringify(events)).not.toContain('secret');
        expect(JSON.stringify(events)).not.toContain('Pia');
        expect(events[1]).toMatchObject({ by: 'p1', text: REDACTED, seq: 1 });
        expect(events[2]).toMatchObject({ by: 'intro', text: 'keep' });
        expect(await store.loadSnapshot('tenant-a', id)).toBeUndefined();
      }),
    );

    it(
      'tells subscribers about appended events, until they unsubscribe',
      withStore(async ({ store, other }) => {
        const id = uid('s');
        const seen: number[] = [];
        const unsubscribe = store.subscribe(id, ({ version }) => seen.push(version));
        await (other ?? store).append(id, [createdEvent(id), contributedEvent(1)], opts(-1));
        for (let i = 0; i < 100 && seen.length < 1; i++) await wait(20);
        expect(seen).toEqual([1]);
        unsubscribe();
        await (other ?? store).append(id, [contributedEvent(2)], opts(1));
        await wait(100);
        expect(seen).toEqual([1]);
      }),
    );
  });
}
