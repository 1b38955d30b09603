/**
 * `@intervision/store-postgres`: the Intervision session store for several app nodes on one
 * PostgreSQL database, on `pg` (a peer dependency).
 *
 * @packageDocumentation
 */
export type { EncryptionKey, EncryptionOptions } from '@intervision/core/store-kit';
export { parsePayload } from './listener.js';
export { type MigrationResult, migrate, SCHEMA_VERSION } from './schema.js';
export { checkSchemaName } from './sql.js';
export { createPostgresStore, type PostgresSessionStore, type PostgresStoreOptions } from './store.js';
