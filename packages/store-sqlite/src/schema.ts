import type Database from 'better-sqlite3';

/** One versioned step of the schema. */
interface Migration {
  /** Schema version after this step. */
  version: number;
  /** What the step does. */
  name: string;
  /** The SQL it runs (in one transaction with the bookkeeping). */
  sql: string;
}

/** Every migration, oldest first. Never edit a released step: add one. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions, events, command ids, participants, snapshots, methods, audit',
    sql: `
      CREATE TABLE sessions (
        session_id TEXT NOT NULL PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        method_id TEXT NOT NULL,
        method_version TEXT NOT NULL,
        status TEXT NOT NULL,
        next_deadline REAL,
        cases INTEGER NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        redacted_at INTEGER NOT NULL DEFAULT -1
      ) WITHOUT ROWID;
      CREATE INDEX sessions_by_tenant ON sessions (tenant_id, session_id);
      CREATE INDEX sessions_by_deadline ON sessions (next_deadline) WHERE next_deadline IS NOT NULL;
      CREATE INDEX sessions_by_age ON sessions (updated_at);
      CREATE TABLE events (
        session_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        at REAL NOT NULL,
        actor TEXT,
        command_id TEXT,
        schema_version INTEGER NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE commands (
        session_id TEXT NOT NULL,
        command_id TEXT NOT NULL,
        first_seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (session_id, command_id)
      ) WITHOUT ROWID;
      CREATE TABLE participants (
        participant_id TEXT NOT NULL,
        session_id TEXT NOT NULL,
        PRIMARY KEY (participant_id, session_id)
      ) WITHOUT ROWID;
      CREATE INDEX participants_by_session ON participants (session_id);
      CREATE TABLE snapshots (
        session_id TEXT NOT NULL PRIMARY KEY,
        version INTEGER NOT NULL,
        state TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE methods (
        tenant_id TEXT NOT NULL,
        method_id TEXT NOT NULL,
        version TEXT NOT NULL,
        hash TEXT NOT NULL,
        definition TEXT NOT NULL,
        PRIMARY KEY (tenant_id, method_id, version)
      ) WITHOUT ROWID;
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        tenant_id TEXT NOT NULL,
        action TEXT NOT NULL,
        session_id TEXT,
        participant_id TEXT,
        actor TEXT NOT NULL,
        reason TEXT,
        at REAL NOT NULL,
        count INTEGER NOT NULL
      );
      CREATE INDEX audit_by_tenant ON audit (tenant_id, id);
    `,
  },
  {
    version: 2,
    name: 'version and last-event time read from the log, not kept in the sessions row (an append writes the session row only when its summary changes)',
    sql: `
      DROP INDEX IF EXISTS sessions_by_age;
      ALTER TABLE sessions DROP COLUMN version;
      ALTER TABLE sessions DROP COLUMN updated_at;
    `,
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

/** The schema version of a database (0 for a new one). */
export function schemaVersion(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS intervision_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL)');
  const row = db.prepare('SELECT max(version) AS version FROM intervision_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Brings a database to {@link SCHEMA_VERSION}: runs the steps it lacks, each in one immediate
 * (write-locked) transaction, so two processes opening a new file at once migrate it once. Running it
 * again does nothing. `to` stops at an earlier version (for staged upgrades and tests); a store opens
 * only a file at {@link SCHEMA_VERSION}.
 */
export function migrate(db: Database.Database, options: { to?: number } = {}): MigrationResult {
  const from = schemaVersion(db);
  const to = options.to ?? SCHEMA_VERSION;
  for (const step of MIGRATIONS.filter((m) => m.version <= to)) {
    db.transaction(() => {
      if (schemaVersion(db) >= step.version) return;
      db.exec(step.sql);
      db.prepare('INSERT INTO intervision_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(step.version, step.name, Date.now());
    }).immediate();
  }
  return { from, to: schemaVersion(db) };
}
