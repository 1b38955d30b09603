import { fileURLToPath } from 'node:url';
import { contentionRun, crashRounds, PROCESS_TARGET, startChild } from '@intervision/core/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../src/index.js';
import { freshSchema, runPostgres, testPool } from './fixture.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const child = fileURLToPath(new URL('./support/child.ts', import.meta.url));

describe.runIf(runPostgres)('PostgreSQL against real processes', () => {
  let pool: pg.Pool;
  const schemas: string[] = [];
  beforeAll(() => {
    pool = testPool(2);
  });
  afterAll(async () => {
    for (const name of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    await pool.end();
  });
  const prepared = async () => {
    const schema = freshSchema('proc');
    schemas.push(schema);
    const store = createPostgresStore({ pool, schema });
    await store.migrate();
    return { schema, store, load: () => store.load(PROCESS_TARGET.tenantId, PROCESS_TARGET.sessionId) };
  };

  it('keeps a gap-free prefix with every acknowledged append after SIGKILL, three times over', async () => {
    const { schema, store, load } = await prepared();
    const length = await crashRounds(() => startChild(child, ['crash', schema], { cwd: root }), load);
    expect((await store.list(PROCESS_TARGET.tenantId)).items[0]?.version).toBe(length - 1);
  }, 180_000);

  it('two processes × 1,000 appends to one session: each landed exactly once or got concurrency-conflict and is absent', async () => {
    const { schema, load } = await prepared();
    const { landed, conflicts } = await contentionRun((writer) => startChild(child, ['contend', schema, writer, '1000'], { cwd: root }), load, 1_000);
    expect(landed).toBeGreaterThan(1_000);
    console.log(`PostgreSQL contention: ${landed} landed, ${conflicts} concurrency-conflict`);
  }, 180_000);
});
