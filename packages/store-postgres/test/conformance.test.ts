import { randomBytes } from 'node:crypto';
import { runSessionStoreConformance, runStoreConformance } from '@intervision/core/testing';
import { describe, it } from 'vitest';
import { postgresFixture, runPostgres } from './fixture.js';

/**
 * On 2026-11-30 we found the cause of this file's flaky checks: a subscription read its baseline version after
 * `subscribe` returned, so a write landing in between was taken as already known and its notice was
 * dropped ("tells subscribers the new version…", "isolates listener errors" waiting in vain), and a
 * subscription still connecting when its store closed could take a pooled client after the close.
 * Both are fixed in `src/store.ts` / `src/listener.ts`, with a test that reproduces the first
 * (`listener-races.test.ts` fails at its third session on the old code). Fourteen runs of this file without
 * retries then passed 63/63 each (before: about one run in six to ten failed). One retry is kept as
 * insurance on a shared machine; a check failing twice still fails.
 */
const retrying = Object.assign((name: string, body: () => Promise<void>) => it(name, { retry: 1, timeout: 20_000 }, body), { skip: it.skip });

describe.runIf(runPostgres)('PostgreSQL (DATABASE_URL)', () => {
  runStoreConformance('postgres', () => postgresFixture(), { describe, it: retrying });
  runSessionStoreConformance('postgres', () => postgresFixture(), { describe, it: retrying });
  runStoreConformance('postgres, encrypted at rest', () => postgresFixture({ encryption: { current: { id: 'k1', key: randomBytes(32) } } }), {
    describe,
    it: retrying,
  });
});
