import { appendOptions, contributedEvent, createdEvent } from '@intervision/core/testing';
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from '../src/index.js';
import { freshSchema, runPostgres, testPool } from './fixture.js';

/** Resolves when `ok()` holds, polling; rejects with `what` after `ms`. A wait for an outcome, not a speed check. */
async function until(ok: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * The two races behind the conformance suite's flaky PostgreSQL checks (each run many times here, so a
 * regression shows up as a failure rather than as one flaky run in ten):
 *
 * - a subscription's baseline, read after `subscribe` returned, could already include a write made in
 *   between and so hide that write's notice;
 * - a subscription whose LISTEN connection came up after the store was closed held a pooled client, so
 *   the pool never ended (the hang).
 */
describe.runIf(runPostgres)('PostgreSQL LISTEN races', () => {
  it('a subscriber hears a write another node makes right after it subscribes (40 sessions)', async () => {
    const schema = freshSchema('race');
    const poolA = testPool();
    const poolB = testPool();
    const store = createPostgresStore({ pool: poolA, schema, reconnectMs: 50 });
    await store.migrate();
    const other = createPostgresStore({ pool: poolB, schema, reconnectMs: 50 });
    try {
      for (let i = 0; i < 40; i++) {
        const id = `s-${i}`;
        const seen: number[] = [];
        const stop = store.subscribe(id, (n) => seen.push(n.version));
        await other.append(id, [createdEvent(id, 't'), contributedEvent(1)], appendOptions('t', -1));
        await until(() => seen.includes(1), `the notice of version 1 of ${id}`);
        stop();
      }
    } finally {
      await store.close();
      await other.close();
      await poolA.query(`DROP SCHEMA "${schema}" CASCADE`);
      await poolA.end();
      await poolB.end();
    }
  }, 60_000);

  it('closing a store whose subscriptions are still connecting takes no connection afterwards (the pool ends; 30 rounds)', async () => {
    const schema = freshSchema('close');
    const setup = testPool();
    await createPostgresStore({ pool: setup, schema }).migrate();
    try {
      for (let i = 0; i < 30; i++) {
        const pool = testPool();
        // Already migrated: the subscription goes straight on to connecting, racing `close`.
        const store = createPostgresStore({ pool, schema, reconnectMs: 50, migrate: false });
        const stop = store.subscribe(`s-${i}`, () => undefined);
        if (i % 2 === 0) stop();
        await store.close();
        // With a connection taken after close this never resolves, and the test times out.
        await pool.end();
        expect(pool.totalCount).toBe(0);
      }
    } finally {
      await setup.query(`DROP SCHEMA "${schema}" CASCADE`);
      await setup.end();
    }
  }, 60_000);
});
