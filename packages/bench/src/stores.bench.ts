import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManualClock, createMemoryStore, createSession, restoreSession, type SessionEvent, type SessionStore } from '@intervision/core';
import { appendOptions, contributedEvent, createdEvent, SUITE_METHOD, SUITE_PEOPLE } from '@intervision/core/testing';
import { createPostgresStore } from '@intervision/store-postgres';
import { createSqliteStore } from '@intervision/store-sqlite';
import Database from 'better-sqlite3';
import pg from 'pg';
import { median } from './measure.js';

/** One session's log: a created event and `n - 1` contributions. */
function log(sessionId: string, n: number): SessionEvent[] {
  return [createdEvent(sessionId, 'bench'), ...Array.from({ length: n - 1 }, (_, i) => contributedEvent(i + 1, 'p1', `What did you try at step ${i + 1}?`))];
}

/** Appends a log one event at a time through a store; answers appends per second. */
async function storeAppends(store: SessionStore, sessionId: string, events: SessionEvent[]): Promise<number> {
  const start = performance.now();
  for (const [i, event] of events.entries()) await store.append(sessionId, [event], appendOptions('bench', i - 1));
  return events.length / ((performance.now() - start) / 1000);
}

/** The rows a store writes for an event, for the raw baselines (same columns, same JSON body). */
const rowOf = (sessionId: string, e: SessionEvent) => [sessionId, e.seq, e.type, e.at, 'by' in e ? e.by : null, null, 1, JSON.stringify(e)] as const;

/** p-th percentile of a list. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** Appends `n` events through a new SQLite store file; answers appends per second. */
async function sqliteStoreRun(filename: string, synchronous: 'FULL' | 'NORMAL', sessionId: string, n: number): Promise<number> {
  const store = createSqliteStore({ filename, synchronous });
  try {
    return await storeAppends(store, sessionId, log(sessionId, n));
  } finally {
    await store.close();
  }
}

/** Inserts the same rows with a raw better-sqlite3 loop (same pragmas, one autocommit INSERT each) into a new file; answers rows per second. */
function sqliteRawRun(filename: string, synchronous: 'FULL' | 'NORMAL', sessionId: string, n: number): number {
  const raw = new Database(filename);
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma(`synchronous = ${synchronous}`);
    raw.exec(
      'CREATE TABLE events (session_id TEXT, seq INTEGER, type TEXT, at REAL, actor TEXT, command_id TEXT, schema_version INTEGER, body TEXT, PRIMARY KEY (session_id, seq)) WITHOUT ROWID',
    );
    const insert = raw.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const events = log(sessionId, n);
    const start = performance.now();
    for (const e of events) insert.run(...rowOf(sessionId, e));
    return events.length / ((performance.now() - start) / 1000);
  } finally {
    raw.close();
  }
}

/**
 * SQLite: store appends vs a raw insert loop of the same rows, with the same pragmas. Each round runs
 * store, raw, raw, store (ABBA): which run comes first pays for the previous file's write-back, and
 * in one fixed order that alone moved the ratio from 0.44 to 0.66 in one experiment on a 2-core machine.
 */
async function sqliteBench(rounds: number, synchronous: 'FULL' | 'NORMAL', n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-bench-'));
  try {
    const ratios: number[] = [];
    const storeRates: number[] = [];
    const rawRates: number[] = [];
    let file = 0;
    const next = () => join(dir, `${synchronous}-${file++}.db`);
    for (let r = 0; r < rounds; r++) {
      const a = await sqliteStoreRun(next(), synchronous, `s${r}`, n);
      const rawA = sqliteRawRun(next(), synchronous, `s${r}`, n);
      const rawB = sqliteRawRun(next(), synchronous, `s${r}`, n);
      const b = await sqliteStoreRun(next(), synchronous, `s${r}`, n);
      storeRates.push(a, b);
      rawRates.push(rawA, rawB);
      // Rates of equal work: the ratio of total times is the harmonic mean of the rate ratios.
      ratios.push((1 / rawA + 1 / rawB) / (1 / a + 1 / b));
    }
    return {
      synchronous,
      appendsPerSecond: round(median(storeRates), 0),
      rawInsertsPerSecond: round(median(rawRates), 0),
      ratio: round(median(ratios)),
      ratios: ratios.map((x) => round(x)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A real session of `n` events (the store suite's method: started, then questions), recorded once in memory. */
async function realSession(sessionId: string, n: number): Promise<SessionEvent[]> {
  const session = await createSession(SUITE_METHOD, { participants: SUITE_PEOPLE, clock: createManualClock(), timers: false, sessionId, tenantId: 'bench' });
  await session.send({ type: 'start', by: 'fay' });
  for (let i = 0; session.version < n - 1 && i < 2 * n; i++)
    await session.send({ type: 'contribute', by: i % 2 ? 'pia' : 'paul', kind: 'question', text: `What did you try at step ${i + 1}?` });
  if (session.getEvents().length !== n) throw new Error(`the bench session has ${session.getEvents().length} events, not ${n}`);
  return JSON.parse(JSON.stringify(session.getEvents())) as SessionEvent[];
}

/** Times one call, in milliseconds. */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Loads the session's log from a store (what a follower or a restore reads). */
const loadOnce = (store: SessionStore, sessionId: string) => timed(() => store.load('bench', sessionId));

/** Loads and restores the session from a store: parse, pin the method, fold the log, start the Session. */
const restoreOnce = (store: SessionStore, sessionId: string) =>
  timed(async () => (await restoreSession(SUITE_METHOD, { store, sessionId, tenantId: 'bench' }, { follow: false, timers: false })).stop());

/**
 * Load, and load + restore, of a real 1,000-event session from SQLite (and PostgreSQL when given) vs the
 * memory store, interleaved round by round so machine noise hits each alike.
 */
async function loadBench(rounds: number, postgres?: SessionStore) {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-bench-'));
  try {
    const events = await realSession('big', 1_000);
    const memory = createMemoryStore();
    const sqlite = createSqliteStore({ filename: join(dir, 'load.db'), synchronous: 'NORMAL' });
    const stores: [string, SessionStore][] = [
      ['memory', memory],
      ['sqlite', sqlite],
      ...(postgres ? ([['postgres', postgres]] as [string, SessionStore][]) : []),
    ];
    const summary = { methodId: SUITE_METHOD.id, methodVersion: SUITE_METHOD.version, status: 'running' as const, nextDeadline: null, cases: 1 };
    for (const [, store] of stores) await store.append('big', events, { ...appendOptions('bench', -1), summary });
    // Warm up, then interleave the stores round by round.
    for (let i = 0; i < 5; i++) for (const [, store] of stores) await restoreOnce(store, 'big');
    const loads = new Map<string, number[]>(stores.map(([name]) => [name, []]));
    const restores = new Map<string, number[]>(stores.map(([name]) => [name, []]));
    for (let i = 0; i < rounds; i++)
      for (const [name, store] of stores) {
        loads.get(name)!.push(await loadOnce(store, 'big'));
        restores.get(name)!.push(await restoreOnce(store, 'big'));
      }
    await sqlite.close();
    const loadMemory = median(loads.get('memory')!);
    const restoreMemory = median(restores.get('memory')!);
    return Object.fromEntries(
      stores.map(([name]) => {
        const load = median(loads.get(name)!);
        const restore = median(restores.get(name)!);
        return [
          name,
          { loadMs: round(load, 3), loadVsMemory: round(load / loadMemory), restoreMs: round(restore, 2), restoreVsMemory: round(restore / restoreMemory) },
        ];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL: store appends vs a raw INSERT loop on the same pool; NOTIFY latency between two connections. */
async function postgresBench(url: string, n: number) {
  const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
  const poolA = new pg.Pool({ connectionString: url, max: 2 });
  const poolB = new pg.Pool({ connectionString: url, max: 2 });
  const a = createPostgresStore({ pool: poolA, schema });
  const b = createPostgresStore({ pool: poolB, schema });
  try {
    await a.migrate();
    const storeRate = await storeAppends(a, 'append', log('append', n));
    await poolA.query(
      `CREATE TABLE "${schema}".raw_events (session_id text, seq bigint, type text, at double precision, actor text, command_id text, schema_version int, body text, PRIMARY KEY (session_id, seq))`,
    );
    const rows = log('raw', n);
    const start = performance.now();
    for (const e of rows) await poolA.query(`INSERT INTO "${schema}".raw_events VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [...rowOf('raw', e)]);
    const rawRate = rows.length / ((performance.now() - start) / 1000);
    // NOTIFY latency: append on connection A, notice on connection B.
    await a.append('notify', [createdEvent('notify', 'bench')], appendOptions('bench', -1));
    const latencies: number[] = [];
    let resolveNotice: ((version: number) => void) | undefined;
    const stop = b.subscribe('notify', (notice) => resolveNotice?.(notice.version));
    await b.listening();
    for (let v = 1; v <= 200; v++) {
      const seen = new Promise<number>((resolve) => {
        resolveNotice = resolve;
      });
      const t0 = performance.now();
      await a.append('notify', [contributedEvent(v)], appendOptions('bench', v - 1));
      while ((await seen) !== v) await new Promise<number>((resolve) => (resolveNotice = resolve));
      latencies.push(performance.now() - t0);
    }
    stop();
    const load = await loadBench(40, a);
    return {
      appends: { appendsPerSecond: round(storeRate, 0), rawInsertsPerSecond: round(rawRate, 0), ratio: round(storeRate / rawRate) },
      notifyLatencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), samples: latencies.length },
      load,
    };
  } finally {
    await a.close();
    await b.close();
    await poolA.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await poolA.end();
    await poolB.end();
  }
}

/**
 * Store benchmarks, as ratios measured in one run: SQLite appends vs raw better-sqlite3 inserts (both
 * `synchronous` settings), PostgreSQL appends vs raw `pg` INSERTs (when `DATABASE_URL` is set), load and
 * load + restore of a real 1,000-event session from each store vs the memory store (target ≤ 3×), and
 * LISTEN/NOTIFY latency between two connections.
 */
export async function storesBench(): Promise<unknown> {
  const sqlite = [await sqliteBench(3, 'FULL', 200), await sqliteBench(5, 'NORMAL', 2_000)];
  const url = process.env.DATABASE_URL;
  const postgres = url ? await postgresBench(url, 500) : 'skipped: DATABASE_URL is not set';
  const load = typeof postgres === 'string' ? await loadBench(40) : postgres.load;
  return {
    bench: 'stores',
    sqlite,
    postgres: typeof postgres === 'string' ? postgres : { appends: postgres.appends, notifyLatencyMs: postgres.notifyLatencyMs },
    load,
  };
}
