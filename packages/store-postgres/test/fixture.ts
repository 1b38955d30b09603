import type { StoreFixture } from '@intervision/core/testing';
import pg from 'pg';
import { createPostgresStore, type PostgresStoreOptions } from '../src/index.js';

/**
 * The server the PostgreSQL tests run against. `.ci/run` starts one and sets `DATABASE_URL`; in CI a
 * missing server fails the run (the tests are never skipped there).
 */
export const DATABASE_URL = process.env.DATABASE_URL;

/** Whether to run the PostgreSQL tests: always in CI (and fail without a server), elsewhere only with `DATABASE_URL`. */
export const runPostgres = DATABASE_URL !== undefined || process.env.CI === 'true';

let schemas = 0;

/** A schema name no other test uses. */
export function freshSchema(prefix = 't'): string {
  schemas++;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${schemas}`;
}

/** A pool on the test server (fails clearly when there is none). */
export function testPool(max = 4): pg.Pool {
  if (!DATABASE_URL) throw new Error('DATABASE_URL is not set: the PostgreSQL tests need a server (.ci/run starts one)');
  return new pg.Pool({ connectionString: DATABASE_URL, max });
}

/** Every row of every table of a schema, as text (what a database reader sees). */
export async function dumpSchema(pool: pg.Pool, schema: string): Promise<string> {
  const tables = await pool.query<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [
    schema,
  ]);
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await pool.query<{ row: string }>(`SELECT t::text AS row FROM "${schema}"."${table_name}" t`);
    parts.push(`-- ${table_name}`, ...rows.rows.map((r) => r.row));
  }
  return parts.join('\n');
}

/** A conformance fixture: a fresh schema, two stores on two pools (two nodes), a raw dump of every row. */
export async function postgresFixture(options: Omit<PostgresStoreOptions, 'pool' | 'schema'> = {}): Promise<StoreFixture> {
  const schema = freshSchema('conf');
  const poolA = testPool();
  const poolB = testPool();
  const store = createPostgresStore({ pool: poolA, schema, reconnectMs: 50, ...options });
  await store.migrate();
  const other = createPostgresStore({ pool: poolB, schema, reconnectMs: 50, ...options });
  return {
    store,
    other,
    encrypted: options.encryption !== undefined,
    rawDump: () => dumpSchema(poolA, schema),
    close: async () => {
      await store.close?.();
      await other.close?.();
      await poolA.query(`DROP SCHEMA "${schema}" CASCADE`);
      await poolA.end();
      await poolB.end();
    },
  };
}
