import type Database from 'better-sqlite3';

/**
 * A session's version (its last seq) and last-event time, read from the log by a seek on the events
 * primary key: the sessions row is not written on every append, only when the summary changes.
 */
const VERSION = '(SELECT max(e.seq) FROM events e WHERE e.session_id = s.session_id)';
const UPDATED = '(SELECT e.at FROM events e WHERE e.session_id = s.session_id ORDER BY e.seq DESC LIMIT 1)';

/** The prepared statements of a store, made once per handle. */
export function prepare(db: Database.Database): Statements {
  const q = (sql: string): Database.Statement => db.prepare(sql);
  return {
    session: q(`SELECT s.*, ${VERSION} AS version FROM sessions s WHERE s.session_id = ?`),
    command: q('SELECT 1 FROM commands WHERE session_id = ? AND command_id = ?'),
    insertEvent: q(
      'INSERT INTO events (session_id, seq, type, at, actor, command_id, schema_version, body) VALUES (@sessionId, @seq, @type, @at, @actor, @commandId, @schemaVersion, @body)',
    ),
    updateBody: q('UPDATE events SET body = ? WHERE session_id = ? AND seq = ?'),
    insertSession: q(
      `INSERT INTO sessions (session_id, tenant_id, method_id, method_version, status, next_deadline, cases, created_at)
       VALUES (@sessionId, @tenantId, @methodId, @methodVersion, @status, @nextDeadline, @cases, @at)`,
    ),
    updateSession: q(
      `UPDATE sessions SET method_id = @methodId, method_version = @methodVersion, status = @status,
       next_deadline = @nextDeadline, cases = @cases WHERE session_id = @sessionId`,
    ),
    markRedacted: q('UPDATE sessions SET redacted_at = ? WHERE session_id = ?'),
    insertCommand: q('INSERT INTO commands (session_id, command_id, first_seq, last_seq) VALUES (?, ?, ?, ?)'),
    insertParticipant: q('INSERT OR IGNORE INTO participants (participant_id, session_id) VALUES (?, ?)'),
    events: q('SELECT seq, body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq'),
    eventsOf: q('SELECT seq, body FROM events WHERE session_id = ? AND (actor = ? OR seq = 0) ORDER BY seq'),
    list: q(
      `SELECT s.*, ${VERSION} AS version, ${UPDATED} AS updated_at FROM sessions s WHERE s.tenant_id = @tenantId AND s.session_id > @after
       AND (@statuses IS NULL OR s.status IN (SELECT value FROM json_each(@statuses))) ORDER BY s.session_id LIMIT @limit`,
    ),
    due: q(
      'SELECT tenant_id, session_id, next_deadline FROM sessions WHERE next_deadline IS NOT NULL AND next_deadline <= ? ORDER BY next_deadline, session_id LIMIT ?',
    ),
    snapshot: q('SELECT version, state FROM snapshots WHERE session_id = ?'),
    upsertSnapshot: q(
      'INSERT INTO snapshots (session_id, version, state) VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET version = excluded.version, state = excluded.state WHERE excluded.version >= snapshots.version',
    ),
    deleteSnapshot: q('DELETE FROM snapshots WHERE session_id = ?'),
    method: q('SELECT hash, definition FROM methods WHERE tenant_id = ? AND method_id = ? AND version = ?'),
    insertMethod: q('INSERT INTO methods (tenant_id, method_id, version, hash, definition) VALUES (?, ?, ?, ?, ?)'),
    erase: [
      q('DELETE FROM events WHERE session_id = ?'),
      q('DELETE FROM commands WHERE session_id = ?'),
      q('DELETE FROM participants WHERE session_id = ?'),
      q('DELETE FROM snapshots WHERE session_id = ?'),
      q('DELETE FROM sessions WHERE session_id = ?'),
    ],
    sessionsOf: q(
      'SELECT s.session_id, s.method_id FROM participants p JOIN sessions s ON s.session_id = p.session_id WHERE p.participant_id = ? AND s.tenant_id = ? ORDER BY s.session_id',
    ),
    purgeable: q(
      `SELECT s.session_id, s.tenant_id FROM sessions s WHERE ${UPDATED} < ? AND s.status IN (SELECT value FROM json_each(?)) ORDER BY s.session_id LIMIT 10000`,
    ),
    insertAudit: q(
      'INSERT INTO audit (tenant_id, action, session_id, participant_id, actor, reason, at, count) VALUES (@tenantId, @action, @sessionId, @participantId, @by, @reason, @at, @count)',
    ),
    audit: q('SELECT * FROM audit WHERE tenant_id = ? ORDER BY id'),
    versions: q(`SELECT s.session_id, ${VERSION} AS version FROM sessions s WHERE s.session_id IN (SELECT value FROM json_each(?))`),
  };
}

/** The names of the single prepared statements. */
type Single =
  | 'session'
  | 'command'
  | 'insertEvent'
  | 'updateBody'
  | 'insertSession'
  | 'updateSession'
  | 'markRedacted'
  | 'insertCommand'
  | 'insertParticipant'
  | 'events'
  | 'eventsOf'
  | 'list'
  | 'due'
  | 'snapshot'
  | 'upsertSnapshot'
  | 'deleteSnapshot'
  | 'method'
  | 'insertMethod'
  | 'sessionsOf'
  | 'purgeable'
  | 'insertAudit'
  | 'audit'
  | 'versions';

/** The prepared statements of a store. */
export type Statements = Record<Single, Database.Statement> & { erase: Database.Statement[] };
