import type pg from 'pg';
import { inTransaction, type Tables, tablesOf } from './sql.js';

/** One versioned step of the schema. */
interface Migration {
  /** Schema version after this step. */
  version: number;
  /** What the step does. */
  name: string;
  /** The SQL it runs, given the quoted table names. */
  sql: (t: Tables) => string;
}

/** Every migration, oldest first. Never edit a released step: add one. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions, events, command ids, participants, snapshots, methods, audit',
    sql: (t) => `
      CREATE TABLE ${t.sessions} (
        session_id text COLLATE "C" PRIMARY KEY,
        tenant_id text COLLATE "C" NOT NULL,
        version bigint NOT NULL,
        method_id text NOT NULL,
        method_version text NOT NULL,
        status text NOT NULL,
        next_deadline double precision,
        cases integer NOT NULL,
        created_at double precision NOT NULL,
        updated_at double precision NOT NULL,
        redacted_at bigint NOT NULL DEFAULT -1
      );
      CREATE INDEX ON ${t.sessions} (tenant_id, session_id);
      CREATE INDEX ON ${t.sessions} (next_deadline) WHERE next_deadline IS NOT NULL;
      CREATE INDEX ON ${t.sessions} (updated_at);
      CREATE TABLE ${t.events} (
        session_id text COLLATE "C" NOT NULL,
        seq bigint NOT NULL,
        type text NOT NULL,
        at double precision NOT NULL,
        actor text COLLATE "C",
        command_id text COLLATE "C",
        schema_version integer NOT NULL,
        body text NOT NULL,
        CONSTRAINT events_session_seq PRIMARY KEY (session_id, seq)
      );
      CREATE TABLE ${t.commands} (
        session_id text COLLATE "C" NOT NULL,
        command_id text COLLATE "C" NOT NULL,
        first_seq bigint NOT NULL,
        last_seq bigint NOT NULL,
        CONSTRAINT commands_session_command UNIQUE (session_id, command_id)
      );
      CREATE TABLE ${t.participants} (
        participant_id text COLLATE "C" NOT NULL,
        session_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (participant_id, session_id)
      );
      CREATE INDEX ON ${t.participants} (session_id);
      CREATE TABLE ${t.snapshots} (
        session_id text COLLATE "C" PRIMARY KEY,
        version bigint NOT NULL,
        state text NOT NULL
      );
      CREATE TABLE ${t.methods} (
        tenant_id text COLLATE "C" NOT NULL,
        method_id text COLLATE "C" NOT NULL,
        version text COLLATE "C" NOT NULL,
        hash text NOT NULL,
        definition text NOT NULL,
        PRIMARY KEY (tenant_id, method_id, version)
      );
      CREATE TABLE ${t.audit} (
        id bigserial PRIMARY KEY,
        tenant_id text COLLATE "C" NOT NULL,
        action text NOT NULL,
        session_id text,
        participant_id text,
        actor text NOT NULL,
        reason text,
        at double precision NOT NULL,
        count integer NOT NULL
      );
      CREATE INDEX ON ${t.audit} (tenant_id, id);
    `,
  },
  {
    version: 2,
    name: 'no index on sessions.updated_at, so an append updates the session row in place (HOT)',
    // Every append moves updated_at; with an index on it, each append wrote a new row version and an entry
    // in every index of the sessions table. Retention (purge) scans the sessions table instead.
    sql: (t) => `DROP INDEX IF EXISTS ${t.sessions.replace(/"sessions"$/, '"sessions_updated_at_idx"')};`,
  },
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** What {@link migrate} did. */
export interface MigrationResult {
  /** Schema version before. */
  from: number;
  /** Schema version after. */
  to: number;
}

/**
 * Brings a schema to {@link SCHEMA_VERSION} in one transaction under a transaction-level advisory lock
 * (keyed by the schema name), so app nodes starting together migrate once; running it again does
 * nothing. The schema must be a checked name (see `createPostgresStore`).
 */
export async function migrate(pool: pg.Pool, schema: string): Promise<MigrationResult> {
  const t = tablesOf(schema);
  return inTransaction(pool, 'migrating', async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`intervision-migrate:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${t.migrations} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const from = Number((await client.query(`SELECT coalesce(max(version), 0) AS v FROM ${t.migrations}`)).rows[0].v);
    for (const step of MIGRATIONS) {
      if (step.version <= from) continue;
      await client.query(step.sql(t));
      await client.query(`INSERT INTO ${t.migrations} (version, name) VALUES ($1, $2)`, [step.version, step.name]);
    }
    return { from, to: Math.max(from, SCHEMA_VERSION) };
  });
}
