import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, type SessionEvent, type SessionStore } from '@intervision/core';
import { appendOptions, contributedEvent, createdEvent } from '@intervision/core/testing';
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

/** SQLite: store appends vs a raw insert loop of the same rows, with the same pragmas; load of 1,000 events vs memory. */
async function sqliteBench(rounds: number, synchronous: 'FULL' | 'NORMAL', n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-bench-'));
  try {
    const ratios: number[] = [];
    let storeRate = 0;
    let rawRate = 0;
    for (let r = 0; r < rounds; r++) {
      const store = createSqliteStore({ filename: join(dir, `store-${synchronous}-${r}.db`), synchronous });
      storeRate = await storeAppends(store, `s${r}`, log(`s${r}`, n));
      await store.close();
      const raw = new Database(join(dir, `raw-${synchronous}-${r}.db`));
      raw.pragma('journal_mode = WAL');
      raw.pragma(`synchronous = ${synchronous}`);
      raw.exec(
        'CREATE TABLE events (session_id TEXT, seq INTEGER, type TEXT, at REAL, actor TEXT, command_id TEXT, schema_version INTEGER, body TEXT, PRIMARY KEY (session_id, seq)) WITHOUT ROWID',
      );
      const insert = raw.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      const events = log(`s${r}`, n);
      const start = performance.now();
      for (const e of events) insert.run(...rowOf(`s${r}`, e));
      rawRate = events.length / ((performance.now() - start) / 1000);
      raw.close();
      ratios.push(storeRate / rawRate);
    }
    return { synchronous, appendsPerSecond: round(storeRate, 0), rawInsertsPerSecond: round(rawRate, 0), ratio: round(median(ratios)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times one load of the session from `store`, in milliseconds. */
async function loadOnce(store: SessionStore, sessionId: string): Promise<number> {
  const start = performance.now();
  await store.load('bench', sessionId);
  return performance.now() - start;
}

/** Loads of a 1,000-event session from SQLite (and PostgreSQL when given) vs memory, interleaved. */
async function loadBench(rounds: number, postgres?: SessionStore) {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-bench-'));
  try {
    const events = log('big', 1_000);
    const memory = createMemoryStore();
    const sqlite = createSqliteStore({ filename: join(dir, 'load.db'), synchronous: 'NORMAL' });
    const stores: [string, SessionStore][] = [
      ['memory', memory],
      ['sqlite', sqlite],
      ...(postgres ? ([['postgres', postgres]] as [string, SessionStore][]) : []),
    ];
    for (const [, store] of stores) await store.append('big', events, appendOptions('bench', -1));
    // Warm up, then interleave the stores round by round so machine noise hits each alike.
    for (let i = 0; i < 10; i++) for (const [, store] of stores) await loadOnce(store, 'big');
    const times = new Map<string, number[]>(stores.map(([name]) => [name, []]));
    for (let i = 0; i < rounds; i++) for (const [name, store] of stores) times.get(name)!.push(await loadOnce(store, 'big'));
    const ms = new Map([...times].map(([name, t]) => [name, median(t)]));
    await sqlite.close();
    const memoryMs = ms.get('memory')!;
    return Object.fromEntries([...ms].map(([name, t]) => [name, { loadMs: round(t, 3), vsMemory: round(t / memoryMs) }]));
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
 * `synchronous` settings), PostgreSQL appends vs raw `pg` INSERTs (when `DATABASE_URL` is set), loads
 * of a 1,000-event session vs memory, and LISTEN/NOTIFY latency between two connections.
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
