import type { AuditRecord, AuditRow, EncryptionOptions, SessionEvent, SessionRow, SessionStore, ValueCipher } from '@intervision/core/store-kit';
import * as kit from '@intervision/core/store-kit';
import pg from 'pg';
import { createListener } from './listener.js';
import { rotate } from './rotate.js';
import { migrate } from './schema.js';
import { channelOf, checkSchemaName, conflict, inTransaction, isUniqueViolation, query, type Tables, tablesOf } from './sql.js';

/** Options for {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** A pool to use (the store never ends it), or … */
  pool?: pg.Pool;
  /** … a connection string for a pool the store makes and ends on `close()`. */
  connectionString?: string;
  /** The schema holding the store's tables (default `intervision`): lower-case letters, digits, `_`. */
  schema?: string;
  /** Encrypt event bodies, snapshots and method definitions at rest with AES-256-GCM. */
  encryption?: EncryptionOptions;
  /** Run missing migrations before the first operation (default true); with false, call `migrate()` yourself. */
  migrate?: boolean;
  /** How long to wait before re-establishing a dropped LISTEN connection (default 500 ms). */
  reconnectMs?: number;
  /** Time source for redaction markers and audit lines (default `Date.now`). */
  now?: () => number;
}

/** A PostgreSQL `SessionStore`, with what only PostgreSQL offers. */
export interface PostgresSessionStore extends SessionStore {
  /** The pool the store queries. */
  readonly pool: pg.Pool;
  /** The schema holding the store's tables. */
  readonly schema: string;
  /** Runs missing migrations now (under an advisory lock); idempotent. */
  migrate(): Promise<{ from: number; to: number }>;
  /** Re-encrypts every value not written with the current key; answers how many it rewrote. */
  rotateKeys(): Promise<number>;
  /** Resolves once the LISTEN connection is up (after a `subscribe`); for tests and health checks. */
  listening(): Promise<void>;
  /** How many times the LISTEN connection was (re)established. */
  readonly listenConnects: number;
  /** Releases the LISTEN connection, and ends the pool if the store made it. */
  close(): Promise<void>;
}

interface Ctx {
  pool: pg.Pool;
  t: Tables;
  cipher: ValueCipher;
  channel: string;
  now: () => number;
}

type Db = pg.PoolClient;

const sessionRow = async (ctx: Ctx, db: Db, sessionId: string, lock = false) =>
  (await db.query<SessionRow & { redacted_at: string }>(`SELECT * FROM ${ctx.t.sessions} WHERE session_id = $1${lock ? ' FOR UPDATE' : ''}`, [sessionId]))
    .rows[0];
const owned = async (ctx: Ctx, db: Db, tenantId: string, sessionId: string, lock = false) => {
  const row = await sessionRow(ctx, db, sessionId, lock);
  return row && row.tenant_id === tenantId ? row : undefined;
};
const readLog = async (ctx: Ctx, db: Db | pg.Pool, sessionId: string, after = -1, actor?: string): Promise<SessionEvent[]> => {
  const filter = actor === undefined ? '' : ' AND (actor = $3 OR seq = 0)';
  const rows = (
    await db.query<{ seq: string; body: string }>(`SELECT seq, body FROM ${ctx.t.events} WHERE session_id = $1 AND seq > $2${filter} ORDER BY seq`, [
      sessionId,
      after,
      ...(actor === undefined ? [] : [actor]),
    ])
  ).rows;
  return rows.map((row) => kit.eventFromRow(sessionId, row, ctx.cipher));
};
/** The events as the columns of one `unnest` (seq, type, at, actor, command id, schema version, body). */
const eventColumns = (ctx: Ctx, sessionId: string, events: readonly SessionEvent[]): unknown[] => {
  const rows = events.map((e) => kit.eventRow(sessionId, e, ctx.cipher));
  return [
    rows.map((r) => r.seq),
    rows.map((r) => r.type),
    rows.map((r) => r.at),
    rows.map((r) => r.actor),
    rows.map((r) => r.commandId),
    rows.map((r) => r.schemaVersion),
    rows.map((r) => r.body),
  ];
};
/** `$n` … `$n+6` as the typed arrays of {@link eventColumns}. */
const unnestFrom = (n: number) =>
  `unnest($${n}::bigint[], $${n + 1}::text[], $${n + 2}::float8[], $${n + 3}::text[], $${n + 4}::text[], $${n + 5}::int[], $${n + 6}::text[])`;
const insertEvents = async (
  ctx: Ctx,
  db: Db,
  sessionId: string,
  events: readonly SessionEvent[],
  command?: { commandId: string; first: number; last: number },
) => {
  await db.query(
    `WITH command AS (
       INSERT INTO ${ctx.t.commands} (session_id, command_id, first_seq, last_seq) SELECT $1, $9, $10, $11 WHERE $9::text IS NOT NULL
     )
     INSERT INTO ${ctx.t.events} (session_id, seq, type, at, actor, command_id, schema_version, body)
     SELECT $1, * FROM ${unnestFrom(2)}`,
    [sessionId, ...eventColumns(ctx, sessionId, events), command?.commandId ?? null, command?.first ?? null, command?.last ?? null],
  );
};
const notify = (ctx: Ctx, db: Db, sessionId: string, version: number) =>
  db.query('SELECT pg_notify($1, $2)', [ctx.channel, JSON.stringify([sessionId, version])]);
const writeAudit = (ctx: Ctx, db: Db, a: AuditRecord) =>
  db.query(`INSERT INTO ${ctx.t.audit} (tenant_id, action, session_id, participant_id, actor, reason, at, count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
    a.tenantId,
    a.action,
    a.sessionId ?? null,
    a.participantId ?? null,
    a.by,
    a.reason ?? null,
    a.at,
    a.count,
  ]);
const eraseRows = async (ctx: Ctx, db: Db, sessionIds: string[]) => {
  for (const table of [ctx.t.events, ctx.t.commands, ctx.t.participants, ctx.t.snapshots, ctx.t.sessions])
    await db.query(`DELETE FROM ${table} WHERE session_id = ANY($1)`, [sessionIds]);
  for (const id of sessionIds) await notify(ctx, db, id, -1);
};

/**
 * A `SessionStore` on PostgreSQL, for several app nodes on one database: optimistic concurrency
 * on `(session_id, seq)` and the session's version (a unique violation is a `concurrency-conflict`),
 * command ids unique per session, version notices through LISTEN/NOTIFY (payload: session id and
 * version only) with reconnect and catch-up, and migrations under an advisory lock.
 */
export function createPostgresStore(options: PostgresStoreOptions): PostgresSessionStore {
  const schema = checkSchemaName(options.schema ?? 'intervision');
  const cipher = kit.valueCipher(options.encryption);
  if (!options.pool && !options.connectionString) throw new kit.StoreError('invalid-row', 'createPostgresStore needs a pool or a connectionString');
  const ownPool = options.pool ? undefined : new pg.Pool({ connectionString: options.connectionString });
  const pool = options.pool ?? ownPool!;
  const ctx: Ctx = { pool, t: tablesOf(schema), cipher, channel: channelOf(schema), now: options.now ?? Date.now };
  const hub = new kit.NoticeHub();
  let ready: Promise<unknown> | undefined;
  const migrated = () => {
    if (options.migrate === false) return Promise.resolve();
    ready ??= migrate(pool, schema).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  const tx = async <T>(doing: string, fn: (db: Db) => Promise<T>) => {
    await migrated();
    return inTransaction(pool, doing, fn);
  };
  const rows = async <R extends pg.QueryResultRow>(doing: string, text: string, values: unknown[]) => {
    await migrated();
    return query<R>(pool, doing, text, values);
  };
  const catchUp = async () => {
    const ids = hub.sessions();
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const found = await query<{ session_id: string; version: string }>(
        pool,
        'catching up',
        `SELECT session_id, version FROM ${ctx.t.sessions} WHERE session_id = ANY($1)`,
        [chunk],
      );
      const versions = new Map(found.map((r) => [r.session_id, Number(r.version)]));
      for (const id of chunk) hub.publish(id, versions.get(id) ?? -1);
    }
  };
  const listener = createListener(pool, ctx.channel, hub, catchUp, options.reconnectMs ?? 500);

  /** Why a session row did not move: another tenant's session, or another version. */
  const refusal = async (db: Db, sessionId: string, tenantId: string, expectedVersion: number) => {
    const row = (await db.query<{ tenant_id: string; version: string }>(`SELECT tenant_id, version FROM ${ctx.t.sessions} WHERE session_id = $1`, [sessionId]))
      .rows[0];
    if (row && row.tenant_id !== tenantId) return new kit.StoreError('wrong-tenant', `Session ${sessionId} belongs to another tenant`);
    return new kit.ConcurrencyError(sessionId, expectedVersion, row ? Number(row.version) : -1);
  };

  const store: PostgresSessionStore = {
    pool,
    schema,
    async append(sessionId, events, { tenantId, expectedVersion, commandId, summary }) {
      // Pure checks first. A new session: BEGIN, the session row (with NOTIFY), the events, the participants,
      // COMMIT. An existing one: a single statement (below).
      kit.checkAppend(sessionId, events, expectedVersion, tenantId);
      kit.checkSummary(summary);
      const next = expectedVersion + events.length;
      const payload = JSON.stringify([sessionId, next]);
      const s = [summary.methodId, summary.methodVersion, summary.status, summary.nextDeadline, summary.cases, events[events.length - 1]!.at];
      try {
        if (expectedVersion >= 0) {
          // An existing session: one statement (atomic on its own, one round trip) moves the version if it
          // is still the expected one, notifies, and writes the events and the command id — or does nothing.
          const moved = await rows<{ moved: string }>(
            'appending',
            `WITH moved AS (
               UPDATE ${ctx.t.sessions} SET version = $2, method_id = $5, method_version = $6, status = $7, next_deadline = $8, cases = $9, updated_at = $10
               WHERE session_id = $1 AND version = $3 AND tenant_id = $4 RETURNING pg_notify($11, $12)
             ), command AS (
               INSERT INTO ${ctx.t.commands} (session_id, command_id, first_seq, last_seq) SELECT $1, $13, $14, $15 FROM moved WHERE $13::text IS NOT NULL
             ), written AS (
               INSERT INTO ${ctx.t.events} (session_id, seq, type, at, actor, command_id, schema_version, body)
               SELECT $1, e.* FROM moved, ${unnestFrom(16)} AS e RETURNING 1
             )
             SELECT count(*) AS moved FROM moved`,
            [
              sessionId,
              next,
              expectedVersion,
              tenantId,
              ...s,
              ctx.channel,
              payload,
              commandId ?? null,
              commandId === undefined ? null : expectedVersion + 1,
              commandId === undefined ? null : next,
              ...eventColumns(ctx, sessionId, events),
            ],
          );
          if (Number(moved[0]?.moved ?? 0) !== 1) throw await refusal(pool as unknown as Db, sessionId, tenantId, expectedVersion);
        } else
          await tx('appending', async (db) => {
            const moved =
              expectedVersion === -1
                ? await db.query(
                    `INSERT INTO ${ctx.t.sessions} (session_id, tenant_id, version, method_id, method_version, status, next_deadline, cases, updated_at, created_at)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (session_id) DO NOTHING RETURNING pg_notify($11, $12)`,
                    [sessionId, tenantId, next, ...s, events[0]!.at, ctx.channel, payload],
                  )
                : await db.query(
                    `UPDATE ${ctx.t.sessions} SET version = $2, method_id = $5, method_version = $6, status = $7, next_deadline = $8, cases = $9, updated_at = $10
                   WHERE session_id = $1 AND version = $3 AND tenant_id = $4 RETURNING pg_notify($11, $12)`,
                    [sessionId, next, expectedVersion, tenantId, ...s, ctx.channel, payload],
                  );
            if (moved.rowCount !== 1) throw await refusal(db, sessionId, tenantId, expectedVersion);
            await insertEvents(ctx, db, sessionId, events, commandId === undefined ? undefined : { commandId, first: expectedVersion + 1, last: next });
            if (expectedVersion === -1)
              await db.query(`INSERT INTO ${ctx.t.participants} (participant_id, session_id) SELECT DISTINCT unnest($1::text[]), $2`, [
                kit.participantIds(events[0]!),
                sessionId,
              ]);
          });
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause;
        if (isUniqueViolation(cause, 'events_session_seq', 'sessions_pkey')) throw await conflict(pool, ctx.t, sessionId, expectedVersion);
        if (isUniqueViolation(cause, 'commands_session_command'))
          throw new kit.StoreError('command-id-reused', `Session ${sessionId} already has command ${commandId}`, { cause });
        throw error;
      }
      hub.publish(sessionId, next);
      return { version: next };
    },
    async load(tenantId, sessionId, loadOptions = {}) {
      // One statement: a consistent snapshot, one round trip, nothing for another tenant.
      const found = await rows<{ seq: string; body: string }>(
        'loading',
        `SELECT e.seq, e.body FROM ${ctx.t.events} e JOIN ${ctx.t.sessions} s ON s.session_id = e.session_id
         WHERE e.session_id = $1 AND s.tenant_id = $2 AND e.seq > $3 ORDER BY e.seq`,
        [sessionId, tenantId, loadOptions.afterVersion ?? -1],
      );
      return found.map((row) => kit.eventFromRow(sessionId, row, cipher));
    },
    async list(tenantId, listOptions = {}) {
      const after = listOptions.cursor !== undefined ? kit.decodeCursor(listOptions.cursor) : '';
      const size = kit.pageSize(listOptions);
      const found = await rows<SessionRow>(
        'listing',
        `SELECT * FROM ${ctx.t.sessions} WHERE tenant_id = $1 AND session_id > $2 AND ($3::text[] IS NULL OR status = ANY($3)) ORDER BY session_id LIMIT $4`,
        [tenantId, after, listOptions.status ? [...listOptions.status] : null, size + 1],
      );
      const items = found.slice(0, size).map(kit.summaryFromRow);
      const last = items[items.length - 1];
      return found.length > size && last ? { items, nextCursor: kit.encodeCursor(last.sessionId) } : { items };
    },
    async dueTimers(now, dueOptions = {}) {
      const found = await rows<{ tenant_id: string; session_id: string; next_deadline: number }>(
        'listing due timers',
        `SELECT tenant_id, session_id, next_deadline FROM ${ctx.t.sessions} WHERE next_deadline IS NOT NULL AND next_deadline <= $1 ORDER BY next_deadline, session_id LIMIT $2`,
        [now, kit.pageSize({ limit: dueOptions.limit ?? 100 })],
      );
      return found.map((r) => ({ tenantId: r.tenant_id, sessionId: r.session_id, deadline: Number(r.next_deadline) }));
    },
    async saveSnapshot(tenantId, sessionId, snapshot) {
      if (!Number.isInteger(snapshot.version)) return;
      await tx('saving a snapshot', async (db) => {
        const row = await owned(ctx, db, tenantId, sessionId, true);
        if (!row || snapshot.version > Number(row.version) || snapshot.version < Number(row.redacted_at)) return;
        await db.query(
          `INSERT INTO ${ctx.t.snapshots} (session_id, version, state) VALUES ($1, $2, $3)
           ON CONFLICT (session_id) DO UPDATE SET version = excluded.version, state = excluded.state WHERE excluded.version >= ${ctx.t.snapshots}.version`,
          [sessionId, snapshot.version, kit.sealJson(snapshot.state, ['snapshot', sessionId, snapshot.version], cipher)],
        );
      });
    },
    async loadSnapshot(tenantId, sessionId) {
      const found = await rows<{ version: string; state: string }>(
        'loading a snapshot',
        `SELECT n.version, n.state FROM ${ctx.t.snapshots} n JOIN ${ctx.t.sessions} s ON s.session_id = n.session_id WHERE n.session_id = $1 AND s.tenant_id = $2`,
        [sessionId, tenantId],
      );
      const row = found[0];
      return row ? { version: Number(row.version), state: kit.openJson(row.state, ['snapshot', sessionId, Number(row.version)], cipher) } : undefined;
    },
    async saveMethod(tenantId, method) {
      const context = ['method', tenantId, method.id, method.version];
      await tx('saving a method', async (db) => {
        await db.query(`INSERT INTO ${ctx.t.methods} (tenant_id, method_id, version, hash, definition) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
          tenantId,
          method.id,
          method.version,
          method.hash,
          kit.sealJson(method.definition, context, cipher),
        ]);
        const stored = await db.query<{ hash: string }>(`SELECT hash FROM ${ctx.t.methods} WHERE tenant_id = $1 AND method_id = $2 AND version = $3`, [
          tenantId,
          method.id,
          method.version,
        ]);
        if (stored.rows[0]?.hash !== method.hash)
          throw new kit.StoreError('invalid-row', `Method ${method.id}@${method.version} is already stored with other content`);
      });
    },
    async loadMethod(tenantId, id, version) {
      const found = await rows<{ hash: string; definition: string }>(
        'loading a method',
        `SELECT hash, definition FROM ${ctx.t.methods} WHERE tenant_id = $1 AND method_id = $2 AND version = $3`,
        [tenantId, id, version],
      );
      const row = found[0];
      return row ? { id, version, hash: row.hash, definition: kit.openJson(row.definition, ['method', tenantId, id, version], cipher) } : undefined;
    },
    async erase(tenantId, sessionId, actor) {
      const existed = await tx('erasing', async (db) => {
        const found = (await owned(ctx, db, tenantId, sessionId, true)) !== undefined;
        if (found) await eraseRows(ctx, db, [sessionId]);
        await writeAudit(ctx, db, kit.auditLine('erase', tenantId, actor, ctx.now(), found ? 1 : 0, { sessionId }));
        return found;
      });
      if (existed) hub.publish(sessionId, -1);
      return existed;
    },
    async redact(tenantId, sessionId, participantId, actor) {
      const outcome = await tx('redacting', async (db) => {
        const row = await owned(ctx, db, tenantId, sessionId, true);
        let changed = 0;
        let version: number | undefined;
        if (row) {
          const { changed: events, marker } = kit.planRedaction(await readLog(ctx, db, sessionId), participantId, ctx.now());
          for (const event of events)
            await db.query(`UPDATE ${ctx.t.events} SET body = $3 WHERE session_id = $1 AND seq = $2`, [
              sessionId,
              event.seq,
              kit.eventRow(sessionId, event, cipher).body,
            ]);
          await db.query(`DELETE FROM ${ctx.t.snapshots} WHERE session_id = $1`, [sessionId]);
          await insertEvents(ctx, db, sessionId, [marker]);
          await db.query(`UPDATE ${ctx.t.sessions} SET version = $2, updated_at = $3, redacted_at = $2 WHERE session_id = $1`, [
            sessionId,
            marker.seq,
            marker.at,
          ]);
          await notify(ctx, db, sessionId, marker.seq);
          changed = events.length;
          version = marker.seq;
        }
        await writeAudit(ctx, db, kit.auditLine('redact', tenantId, actor, ctx.now(), changed, { sessionId, participantId }));
        return { changed, version };
      });
      if (outcome.version !== undefined) hub.publish(sessionId, outcome.version);
      return outcome.changed;
    },
    async exportParticipant(tenantId, participantId, actor) {
      return tx('exporting', async (db) => {
        const found = await db.query<{ session_id: string; method_id: string }>(
          `SELECT s.session_id, s.method_id FROM ${ctx.t.participants} p JOIN ${ctx.t.sessions} s ON s.session_id = p.session_id
           WHERE p.participant_id = $1 AND s.tenant_id = $2 ORDER BY s.session_id`,
          [participantId, tenantId],
        );
        const sessions: { sessionId: string; methodId: string; events: SessionEvent[] }[] = [];
        for (const s of found.rows)
          sessions.push({
            sessionId: s.session_id,
            methodId: s.method_id,
            events: kit.participantEvents(await readLog(ctx, db, s.session_id, -1, participantId), participantId),
          });
        await writeAudit(ctx, db, kit.auditLine('export', tenantId, actor, ctx.now(), sessions.length, { participantId }));
        return { tenantId, participantId, sessions };
      });
    },
    async purge({ before, statuses = ['ended', 'aborted'] }, actor) {
      const purged = await tx('purging', async (db) => {
        const found = await db.query<{ session_id: string; tenant_id: string }>(
          `SELECT session_id, tenant_id FROM ${ctx.t.sessions} WHERE updated_at < $1 AND status = ANY($2) ORDER BY session_id LIMIT 10000 FOR UPDATE`,
          [before, [...statuses]],
        );
        await eraseRows(
          ctx,
          db,
          found.rows.map((r) => r.session_id),
        );
        const perTenant = new Map<string, number>();
        for (const row of found.rows) perTenant.set(row.tenant_id, (perTenant.get(row.tenant_id) ?? 0) + 1);
        for (const [tenantId, count] of perTenant) await writeAudit(ctx, db, kit.auditLine('purge', tenantId, actor, ctx.now(), count));
        return found.rows.map((r) => r.session_id);
      });
      for (const sessionId of purged) hub.publish(sessionId, -1);
      return purged.length;
    },
    async audit(tenantId) {
      return (await rows<AuditRow>('reading the audit record', `SELECT * FROM ${ctx.t.audit} WHERE tenant_id = $1 ORDER BY id`, [tenantId])).map(
        kit.auditFromRow,
      );
    },
    subscribe(sessionId, listener_) {
      const unsubscribe = hub.subscribe(sessionId, listener_);
      let subscribed = true;
      // No baseline read here: read after `subscribe` returns, it could already include a write made in
      // between, and would then hide that write's notice (a lost notice, seen as a flaky conformance
      // check). Instead the listener, once it LISTENs, announces every subscribed session's current
      // version (`catchUp`): a write is never missed, and a new subscriber may get one notice of the version
      // it already has. Nothing connects once the subscription or the store is gone (a connection
      // taken after `close` kept the pool from ending: the hang the conformance suite saw).
      migrated()
        .then(() => (subscribed ? listener.ensure() : undefined))
        .catch(() => undefined);
      return () => {
        subscribed = false;
        unsubscribe();
        if (!hub.active) listener.stop().catch(() => undefined);
      };
    },
    async migrate() {
      ready = migrate(pool, schema);
      return (await ready) as { from: number; to: number };
    },
    async rotateKeys() {
      await migrated();
      return rotate(pool, ctx.t, cipher);
    },
    listening: () => listener.ensure(),
    get listenConnects() {
      return listener.connects;
    },
    async close() {
      await listener.close();
      await ownPool?.end();
    },
  };
  return store;
}
