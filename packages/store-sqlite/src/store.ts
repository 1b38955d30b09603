import {
  type AppendOptions,
  type AuditRecord,
  type AuditRow,
  auditFromRow,
  auditLine,
  ConcurrencyError,
  checkAppend,
  checkSummary,
  decodeCursor,
  type EncryptionOptions,
  encodeCursor,
  eventFromRow,
  eventRow,
  NoticeHub,
  openJson,
  pageSize,
  participantEvents,
  participantIds,
  planRedaction,
  type SessionEvent,
  type SessionRow,
  type SessionStore,
  type SessionSummary,
  type StoredMethod,
  StoreError,
  sealJson,
  summaryFromRow,
  type ValueCipher,
  valueCipher,
} from '@intervision/core/store-kit';
import Database from 'better-sqlite3';
import { guarded } from './errors.js';
import { migrate, SCHEMA_VERSION, schemaVersion } from './schema.js';
import { prepare, type Statements } from './statements.js';

/** Options for {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** Path of the database file (created if missing). */
  filename: string;
  /** Encrypt event bodies, snapshots and method definitions at rest with AES-256-GCM. */
  encryption?: EncryptionOptions;
  /** Run missing schema migrations on open (default true); with false, an outdated file is refused with `unavailable`. */
  migrate?: boolean;
  /** `FULL` (default: a committed append survives power loss) or `NORMAL` (survives a process crash). */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long to wait for another process's write lock before answering `unavailable` (default 5,000 ms). */
  busyTimeoutMs?: number;
  /** How often subscriptions look for writes by other handles and processes (default 100 ms). */
  pollMs?: number;
  /** Time source for redaction markers and audit lines (default `Date.now`). */
  now?: () => number;
}

/** A SQLite `SessionStore`, with what only SQLite offers. */
export interface SqliteSessionStore extends SessionStore {
  /** The open better-sqlite3 handle (for backups and inspection; do not write to the store's tables). */
  readonly database: Database.Database;
  /** Re-encrypts every value not written with the current key; answers how many it rewrote. */
  rotateKeys(): Promise<number>;
  /** Copies the WAL into the file and truncates it (done after every erase, redaction and purge). */
  checkpoint(): void;
  /** Stops polling and closes the file. */
  close(): Promise<void>;
}

interface Ctx {
  db: Database.Database;
  st: Statements;
  cipher: ValueCipher;
  now: () => number;
}

/** Whether an append's summary differs from what the session row holds. */
const summaryChanged = (row: SessionRow, summary: SessionSummary) =>
  row.method_id !== summary.methodId ||
  row.method_version !== summary.methodVersion ||
  row.status !== summary.status ||
  (row.next_deadline === null ? null : Number(row.next_deadline)) !== summary.nextDeadline ||
  Number(row.cases) !== summary.cases;
const sessionRow = (ctx: Ctx, sessionId: string) => ctx.st.session.get(sessionId) as (SessionRow & { redacted_at: number }) | undefined;
const owned = (ctx: Ctx, tenantId: string, sessionId: string) => {
  const row = sessionRow(ctx, sessionId);
  return row && row.tenant_id === tenantId ? row : undefined;
};
const readLog = (ctx: Ctx, sessionId: string, after = -1): SessionEvent[] =>
  (ctx.st.events.all(sessionId, after) as { seq: number; body: string }[]).map((row) => eventFromRow(sessionId, row, ctx.cipher));
const insertEvents = (ctx: Ctx, sessionId: string, events: readonly SessionEvent[]) => {
  for (const event of events) ctx.st.insertEvent.run({ sessionId, ...eventRow(sessionId, event, ctx.cipher) });
};
const writeAudit = (ctx: Ctx, line: AuditRecord) => ctx.st.insertAudit.run({ sessionId: null, participantId: null, reason: null, ...line });
const eraseRows = (ctx: Ctx, sessionId: string) => {
  for (const statement of ctx.st.erase) statement.run(sessionId);
};

/**
 * Opens (or creates) a SQLite file as a `SessionStore`: WAL mode, `secure_delete` on (erased and
 * redacted text is overwritten, and the WAL is checkpointed and truncated afterwards), versioned
 * migrations, optimistic concurrency inside immediate transactions, so several handles and processes
 * can share one file. Subscriptions see writes by other handles and processes by polling a version
 * column while anyone listens.
 */
export function createSqliteStore(options: SqliteStoreOptions): SqliteSessionStore {
  const cipher = valueCipher(options.encryption);
  const db = new Database(options.filename);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('secure_delete = ON');
    db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5_000))}`);
    db.pragma('foreign_keys = ON');
    if (options.migrate ?? true) migrate(db);
    const version = schemaVersion(db);
    if (version !== SCHEMA_VERSION)
      throw new StoreError(
        'unavailable',
        `The SQLite file is at schema version ${version}; this build needs ${SCHEMA_VERSION}${version < SCHEMA_VERSION ? ': run migrate()' : ''}`,
      );
  } catch (error) {
    db.close();
    throw error;
  }
  const ctx: Ctx = { db, st: prepare(db), cipher, now: options.now ?? Date.now };
  const hub = new NoticeHub();
  const poller = createPoller(ctx, hub, options.pollMs ?? 100);
  const checkpoint = () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
  };

  // Transactions are made once: better-sqlite3 wraps each in BEGIN IMMEDIATE … COMMIT.
  const appendTx = db.transaction((sessionId: string, events: readonly SessionEvent[], { tenantId, expectedVersion, commandId, summary }: AppendOptions) => {
    const row = sessionRow(ctx, sessionId);
    if (row && row.tenant_id !== tenantId) throw new StoreError('wrong-tenant', `Session ${sessionId} belongs to another tenant`);
    const actual = row ? Number(row.version) : -1;
    if (actual !== expectedVersion) throw new ConcurrencyError(sessionId, expectedVersion, actual);
    checkAppend(sessionId, events, expectedVersion, tenantId);
    checkSummary(summary);
    if (commandId !== undefined && ctx.st.command.get(sessionId, commandId))
      throw new StoreError('command-id-reused', `Session ${sessionId} already has command ${commandId}`);
    insertEvents(ctx, sessionId, events);
    const next = expectedVersion + events.length;
    // The version and last-event time come from the log; the row changes only with the summary.
    if (!row) {
      ctx.st.insertSession.run({ sessionId, tenantId, ...summary, at: events[0]!.at });
      for (const id of participantIds(events[0]!)) ctx.st.insertParticipant.run(id, sessionId);
    } else if (summaryChanged(row, summary)) ctx.st.updateSession.run({ sessionId, ...summary });
    if (commandId !== undefined) ctx.st.insertCommand.run(sessionId, commandId, expectedVersion + 1, next);
    return next;
  });
  const loadTx = db.transaction((tenantId: string, sessionId: string, after: number) =>
    owned(ctx, tenantId, sessionId) ? readLog(ctx, sessionId, after) : [],
  );

  const store: SqliteSessionStore = {
    database: db,
    async append(sessionId, events, options) {
      const version = guarded('appending', () => appendTx.immediate(sessionId, events, options));
      hub.publish(sessionId, version);
      return { version };
    },
    async load(tenantId, sessionId, loadOptions = {}) {
      return guarded('loading', () => loadTx(tenantId, sessionId, loadOptions.afterVersion ?? -1));
    },
    async list(tenantId, listOptions = {}) {
      const after = listOptions.cursor !== undefined ? decodeCursor(listOptions.cursor) : '';
      const size = pageSize(listOptions);
      const statuses = listOptions.status ? JSON.stringify(listOptions.status) : null;
      const rows = guarded('listing', () => ctx.st.list.all({ tenantId, after, statuses, limit: size + 1 }) as SessionRow[]);
      const items = rows.slice(0, size).map(summaryFromRow);
      const last = items[items.length - 1];
      return rows.length > size && last ? { items, nextCursor: encodeCursor(last.sessionId) } : { items };
    },
    async dueTimers(now, dueOptions = {}) {
      const limit = pageSize({ limit: dueOptions.limit ?? 100 });
      const rows = guarded('listing due timers', () => ctx.st.due.all(now, limit) as { tenant_id: string; session_id: string; next_deadline: number }[]);
      return rows.map((r) => ({ tenantId: r.tenant_id, sessionId: r.session_id, deadline: r.next_deadline }));
    },
    async saveSnapshot(tenantId, sessionId, snapshot) {
      guarded('saving a snapshot', () =>
        db
          .transaction(() => {
            const row = owned(ctx, tenantId, sessionId);
            if (!row || !Number.isInteger(snapshot.version) || snapshot.version > Number(row.version) || snapshot.version < row.redacted_at) return;
            ctx.st.upsertSnapshot.run(sessionId, snapshot.version, sealJson(snapshot.state, ['snapshot', sessionId, snapshot.version], ctx.cipher));
          })
          .immediate(),
      );
    },
    async loadSnapshot(tenantId, sessionId) {
      return guarded('loading a snapshot', () =>
        db.transaction(() => {
          if (!owned(ctx, tenantId, sessionId)) return undefined;
          const row = ctx.st.snapshot.get(sessionId) as { version: number; state: string } | undefined;
          return row ? { version: row.version, state: openJson(row.state, ['snapshot', sessionId, row.version], ctx.cipher) } : undefined;
        })(),
      );
    },
    async saveMethod(tenantId, method) {
      guarded('saving a method', () =>
        db
          .transaction(() => {
            const existing = ctx.st.method.get(tenantId, method.id, method.version) as { hash: string } | undefined;
            if (existing && existing.hash !== method.hash)
              throw new StoreError('invalid-row', `Method ${method.id}@${method.version} is already stored with other content`);
            if (!existing)
              ctx.st.insertMethod.run(
                tenantId,
                method.id,
                method.version,
                method.hash,
                sealJson(method.definition, ['method', tenantId, method.id, method.version], ctx.cipher),
              );
          })
          .immediate(),
      );
    },
    async loadMethod(tenantId, id, version) {
      const row = guarded('loading a method', () => ctx.st.method.get(tenantId, id, version) as { hash: string; definition: string } | undefined);
      if (!row) return undefined;
      const method: StoredMethod = { id, version, hash: row.hash, definition: openJson(row.definition, ['method', tenantId, id, version], ctx.cipher) };
      return method;
    },
    async erase(tenantId, sessionId, actor) {
      const existed = guarded('erasing', () =>
        db
          .transaction(() => {
            const found = owned(ctx, tenantId, sessionId) !== undefined;
            if (found) eraseRows(ctx, sessionId);
            writeAudit(ctx, auditLine('erase', tenantId, actor, ctx.now(), found ? 1 : 0, { sessionId }));
            return found;
          })
          .immediate(),
      );
      if (existed) {
        checkpoint();
        hub.publish(sessionId, -1);
      }
      return existed;
    },
    async redact(tenantId, sessionId, participantId, actor) {
      const outcome = guarded('redacting', () =>
        db
          .transaction(() => {
            const row = owned(ctx, tenantId, sessionId);
            let changed = 0;
            let version: number | undefined;
            if (row) {
              const { changed: events, marker } = planRedaction(readLog(ctx, sessionId), participantId, ctx.now());
              for (const event of events) ctx.st.updateBody.run(eventRow(sessionId, event, ctx.cipher).body, sessionId, event.seq);
              ctx.st.deleteSnapshot.run(sessionId);
              insertEvents(ctx, sessionId, [marker]);
              ctx.st.markRedacted.run(marker.seq, sessionId);
              changed = events.length;
              version = marker.seq;
            }
            writeAudit(ctx, auditLine('redact', tenantId, actor, ctx.now(), changed, { sessionId, participantId }));
            return { changed, version };
          })
          .immediate(),
      );
      if (outcome.version !== undefined) {
        checkpoint();
        hub.publish(sessionId, outcome.version);
      }
      return outcome.changed;
    },
    async exportParticipant(tenantId, participantId, actor) {
      return guarded('exporting', () =>
        db
          .transaction(() => {
            const found = ctx.st.sessionsOf.all(participantId, tenantId) as { session_id: string; method_id: string }[];
            const sessions = found.map((s) => {
              const rows = ctx.st.eventsOf.all(s.session_id, participantId) as { seq: number; body: string }[];
              const events = participantEvents(
                rows.map((r) => eventFromRow(s.session_id, r, ctx.cipher)),
                participantId,
              );
              return { sessionId: s.session_id, methodId: s.method_id, events };
            });
            writeAudit(ctx, auditLine('export', tenantId, actor, ctx.now(), sessions.length, { participantId }));
            return { tenantId, participantId, sessions };
          })
          .immediate(),
      );
    },
    async purge({ before, statuses = ['ended', 'aborted'] }, actor) {
      const purged = guarded('purging', () =>
        db
          .transaction(() => {
            const rows = ctx.st.purgeable.all(before, JSON.stringify(statuses)) as { session_id: string; tenant_id: string }[];
            const perTenant = new Map<string, number>();
            for (const row of rows) {
              eraseRows(ctx, row.session_id);
              perTenant.set(row.tenant_id, (perTenant.get(row.tenant_id) ?? 0) + 1);
            }
            for (const [tenantId, count] of perTenant) writeAudit(ctx, auditLine('purge', tenantId, actor, ctx.now(), count));
            return rows.map((r) => r.session_id);
          })
          .immediate(),
      );
      if (purged.length > 0) checkpoint();
      for (const sessionId of purged) hub.publish(sessionId, -1);
      return purged.length;
    },
    async audit(tenantId) {
      return guarded('reading the audit record', () => (ctx.st.audit.all(tenantId) as AuditRow[]).map(auditFromRow));
    },
    subscribe(sessionId, listener) {
      const unsubscribe = hub.subscribe(sessionId, listener);
      const row = guarded('subscribing', () => sessionRow(ctx, sessionId));
      hub.baseline(sessionId, row ? Number(row.version) : -1);
      poller.start();
      return unsubscribe;
    },
    async rotateKeys() {
      return guarded('rotating keys', () => rotate(ctx));
    },
    checkpoint() {
      guarded('checkpointing', checkpoint);
    },
    async close() {
      poller.stop();
      if (db.open) db.close();
    },
  };
  return store;
}

/** Polls the versions of subscribed sessions, so writes by other handles and processes reach subscribers. */
function createPoller(ctx: Ctx, hub: NoticeHub, pollMs: number) {
  let timer: ReturnType<typeof setInterval> | undefined;
  const poll = () => {
    if (!hub.active || !ctx.db.open) {
      stop();
      return;
    }
    const ids = hub.sessions();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = ctx.st.versions.all(JSON.stringify(chunk)) as { session_id: string; version: number }[];
      const found = new Map(rows.map((r) => [r.session_id, Number(r.version)]));
      for (const id of chunk) hub.publish(id, found.get(id) ?? -1);
    }
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  return {
    start() {
      if (timer) return;
      timer = setInterval(() => {
        try {
          poll();
        } catch {
          // A busy or closing file: the next tick tries again.
        }
      }, pollMs);
      timer.unref?.();
    },
    stop,
  };
}

/** Re-encrypts, in batches, every stored value not written with the current key. */
function rotate(ctx: Ctx): number {
  if (!ctx.cipher.encrypts) return 0;
  let rewritten = 0;
  const events = ctx.db.prepare('SELECT session_id, seq, body FROM events WHERE (session_id, seq) > (?, ?) ORDER BY session_id, seq LIMIT 500');
  let cursor: [string, number] = ['', -1];
  for (;;) {
    const rows = events.all(...cursor) as { session_id: string; seq: number; body: string }[];
    if (rows.length === 0) break;
    ctx.db.transaction(() => {
      for (const row of rows) {
        if (!ctx.cipher.stale(row.body)) continue;
        const event = eventFromRow(row.session_id, row, ctx.cipher);
        ctx.st.updateBody.run(eventRow(row.session_id, event, ctx.cipher).body, row.session_id, row.seq);
        rewritten++;
      }
    })();
    const last = rows[rows.length - 1]!;
    cursor = [last.session_id, last.seq];
  }
  ctx.db.transaction(() => {
    for (const row of ctx.db.prepare('SELECT session_id, version, state FROM snapshots').all() as { session_id: string; version: number; state: string }[]) {
      if (!ctx.cipher.stale(row.state)) continue;
      const context = ['snapshot', row.session_id, row.version];
      ctx.db
        .prepare('UPDATE snapshots SET state = ? WHERE session_id = ?')
        .run(sealJson(openJson(row.state, context, ctx.cipher), context, ctx.cipher), row.session_id);
      rewritten++;
    }
    for (const row of ctx.db.prepare('SELECT tenant_id, method_id, version, definition FROM methods').all() as {
      tenant_id: string;
      method_id: string;
      version: string;
      definition: string;
    }[]) {
      if (!ctx.cipher.stale(row.definition)) continue;
      const context = ['method', row.tenant_id, row.method_id, row.version];
      ctx.db
        .prepare('UPDATE methods SET definition = ? WHERE tenant_id = ? AND method_id = ? AND version = ?')
        .run(sealJson(openJson(row.definition, context, ctx.cipher), context, ctx.cipher), row.tenant_id, row.method_id, row.version);
      rewritten++;
    }
  })();
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return rewritten;
}
