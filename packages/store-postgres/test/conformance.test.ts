import { randomBytes } from 'node:crypto';
import { runSessionStoreConformance, runStoreConformance } from '@intervision/core/testing';
import { describe, it } from 'vitest';
import { postgresFixture, runPostgres } from './fixture.js';

describe.runIf(runPostgres)('PostgreSQL (DATABASE_URL)', () => {
  runStoreConformance('postgres', () => postgresFixture(), { describe, it });
  runSessionStoreConformance('postgres', () => postgresFixture(), { describe, it });
  runStoreConformance('postgres, encrypted at rest', () => postgresFixture({ encryption: { current: { id: 'k1', key: randomBytes(32) } } }), { describe, it });
});
