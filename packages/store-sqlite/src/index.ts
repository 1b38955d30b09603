/**
 * `@intervision/store-sqlite`: the embedded default store of the Intervision SDK — one SQLite file in
 * WAL mode, on better-sqlite3 (a peer dependency).
 *
 * @packageDocumentation
 */
export type { EncryptionKey, EncryptionOptions } from '@intervision/core/store-kit';
export { type MigrationResult, migrate, SCHEMA_VERSION, schemaVersion } from './schema.js';
export { createSqliteStore, type SqliteSessionStore, type SqliteStoreOptions } from './store.js';
