import { randomBytes } from 'node:crypto';
import { runSessionStoreConformance, runStoreConformance } from '@intervision/core/testing';
import { describe, it } from 'vitest';
import { sqliteFixture } from './fixture.js';

runStoreConformance('sqlite', () => sqliteFixture(), { describe, it });

runSessionStoreConformance('sqlite', () => sqliteFixture(), { describe, it });

runStoreConformance('sqlite, encrypted at rest', () => sqliteFixture({ encryption: { current: { id: 'k1', key: randomBytes(32) } } }), { describe, it });
