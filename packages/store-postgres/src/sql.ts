import { ConcurrencyError, StoreError } from '@intervision/core/store-kit';
import type pg from 'pg';

/** A schema name the store accepts: lower-case letters, digits and `_`, starting with a letter or `_`. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name (it becomes part of SQL text, so only a safe identifier passes). */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema) || schema.startsWith('pg_'))
    throw new StoreError('invalid-row', `Schema name "${schema}" must match ${SCHEMA_NAME} and not start with pg_ (reserved)`);
  return schema;
}

/** The table names of a store's schema, quoted and qualified. */
export function tablesOf(schema: string) {
  const t = (name: string) => `"${schema}"."${name}"`;
  return {
    migrations: t('intervision_migrations'),
    sessions: t('sessions'),
    events: t('events'),
    commands: t('commands'),
    participants: t('participants'),
    snapshots: t('snapshots'),
    methods: t('methods'),
    audit: t('audit'),
  };
}

/** The quoted, qualified table names of a schema. */
export type Tables = ReturnType<typeof tablesOf>;

/** The LISTEN/NOTIFY channel of a schema. */
export const channelOf = (schema: string) => `intervision_${schema}`;

/** SQLSTATE classes and codes that mean "the database is not reachable right now". */
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** Whether `error` is an SDK error (either build), which passes through unchanged. */
const isSdkError = (error: unknown) => typeof error === 'object' && error !== null && (error as { intervision?: unknown }).intervision === true;

/** Turns a driver error into a typed store error (SDK errors pass through). */
export function storeErrorOf(error: unknown, doing: string): unknown {
  if (isSdkError(error)) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error).message ?? String(error);
  if (UNAVAILABLE.has(code) || /Connection terminated|connection timeout/i.test(message))
    return new StoreError('unavailable', `PostgreSQL is not reachable (${doing}); try again`, { cause: error });
  return new StoreError('store-error', `PostgreSQL failed while ${doing}: ${message}`, { cause: error });
}

/** Whether `error` is a unique violation of one of `constraints`. */
export function isUniqueViolation(error: unknown, ...constraints: string[]): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown };
  return e.code === '23505' && constraints.includes(String(e.constraint));
}

/** Runs `fn` in a transaction on a pooled client; rolls back on any error and answers a typed error. */
export async function inTransaction<T>(pool: pg.Pool, doing: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw storeErrorOf(error, doing);
  }
  let broken: unknown;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError;
    });
    throw storeErrorOf(error, doing);
  } finally {
    client.release(broken instanceof Error ? broken : undefined);
  }
}

/** Runs one query on the pool, answering a typed error. */
export async function query<R extends pg.QueryResultRow>(pool: pg.Pool, doing: string, text: string, values: unknown[] = []): Promise<R[]> {
  try {
    return (await pool.query<R>(text, values)).rows;
  } catch (error) {
    throw storeErrorOf(error, doing);
  }
}

/**
 * A conflict for a session, with its current version read on `db` (the transaction's own client
 * inside a transaction, so a full pool cannot deadlock; the pool after a failed one).
 */
export async function conflict(db: pg.Pool | pg.PoolClient, tables: Tables, sessionId: string, expectedVersion: number): Promise<ConcurrencyError> {
  const rows = await db
    .query<{ version: string }>(`SELECT version FROM ${tables.sessions} WHERE session_id = $1`, [sessionId])
    .then((r) => r.rows)
    .catch(() => []);
  return new ConcurrencyError(sessionId, expectedVersion, rows[0] ? Number(rows[0].version) : -1);
}
