import { type ChildProcess, spawn } from 'node:child_process';
import type { SessionEvent } from '../engine/schemas.js';
import { isConcurrencyError } from '../errors/store.js';
import type { SessionStore } from '../store/types.js';
import { ConformanceFailure } from './assert.js';
import { appendOptions, contributedEvent, createdEvent } from './fixtures.js';

/** Where a process-level check writes: one session of one tenant. */
export interface ProcessTarget {
  /** Tenant id. */
  tenantId: string;
  /** Session id. */
  sessionId: string;
}

/** Creates the target session if it does not exist yet (a concurrent creator wins harmlessly). */
async function ensureSession(store: SessionStore, { tenantId, sessionId }: ProcessTarget): Promise<number> {
  try {
    await store.append(sessionId, [createdEvent(sessionId, tenantId)], appendOptions(tenantId, -1));
  } catch (error) {
    if (!isConcurrencyError(error)) throw error;
  }
  const log = await store.load(tenantId, sessionId);
  return log[log.length - 1]?.seq ?? -1;
}

/**
 * Child side of the crash check: appends one contribution after another (text `crash <seq>`) and
 * writes each acknowledged version to stdout as a line, until the process is killed.
 */
export async function appendUntilKilled(
  store: SessionStore,
  target: ProcessTarget,
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<never> {
  let version = await ensureSession(store, target);
  write('ready');
  for (;;) {
    const seq = version + 1;
    await store.append(target.sessionId, [contributedEvent(seq, 'p1', `crash ${seq}`)], appendOptions(target.tenantId, version));
    version = seq;
    write(String(version));
  }
}

/** What happened to one command of a contending writer. */
export interface ContentionOutcome {
  /** The command id (`<writer>-<i>`). */
  commandId: string;
  /** `landed` at `version`, or `conflict` (the store answered concurrency-conflict). */
  outcome: 'landed' | 'conflict';
  /** The version it landed at. */
  version?: number;
}

/**
 * Child side of the concurrency check: sends `count` single-event appends with command ids to one
 * session, each with the version this writer last knew (re-read after a conflict), never retried.
 */
export async function contend(store: SessionStore, target: ProcessTarget, writer: string, count: number): Promise<ContentionOutcome[]> {
  let version = await ensureSession(store, target);
  const outcomes: ContentionOutcome[] = [];
  for (let i = 0; i < count; i++) {
    const commandId = `${writer}-${i}`;
    const event = { ...contributedEvent(version + 1, 'p1', `${writer} command ${i}`), commandId };
    try {
      const result = await store.append(target.sessionId, [event], appendOptions(target.tenantId, version, { commandId }));
      version = result.version;
      outcomes.push({ commandId, outcome: 'landed', version });
    } catch (error) {
      if (!isConcurrencyError(error)) throw error;
      outcomes.push({ commandId, outcome: 'conflict' });
      const log = await store.load(target.tenantId, target.sessionId, { afterVersion: version });
      version = log[log.length - 1]?.seq ?? version;
    }
  }
  return outcomes;
}

/** A child process started by {@link startChild}. */
export interface Child {
  /** The process. */
  process: ChildProcess;
  /** Resolves with the first stdout line `test` accepts (rejects if the process exits first). */
  waitForLine(test: (line: string) => boolean): Promise<string>;
  /** Every stdout line so far. */
  lines: string[];
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string | null>;
  /** What the process wrote to stderr. */
  stderr(): string;
}

/** Starts `node --import tsx <script> …args` (a TypeScript child), collecting its stdout lines. */
export function startChild(script: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buffered = '';
  let errors = '';
  const waiters = new Set<{ test: (line: string) => boolean; resolve: (line: string) => void }>();
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters)
        if (waiter.test(line)) {
          waiters.delete(waiter);
          waiter.resolve(line);
        }
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return {
    process: child,
    lines,
    exited,
    stderr: () => errors,
    waitForLine(test) {
      const seen = lines.find(test);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.add({ test, resolve });
        exited.then((code) => reject(new Error(`child exited (${code}) before the expected line; stderr: ${errors.slice(-2000)}`)));
      });
    },
  };
}

/** The session the process checks write to. */
export const PROCESS_TARGET: ProcessTarget = { tenantId: 'process-tenant', sessionId: 'process-session' };

/**
 * The body of a child process for the process checks. `crash`: appends until killed. `contend`:
 * prints `ready`, waits for a line on stdin, sends `count` commands as `writer`, prints the outcomes as
 * one JSON line, and closes the store.
 */
export async function processCheckChild(store: SessionStore & { close?: () => Promise<void> }, mode: string, writer: string, count: number): Promise<void> {
  if (mode === 'crash') await appendUntilKilled(store, PROCESS_TARGET);
  const { createInterface } = await import('node:readline');
  process.stdout.write('ready\n');
  const input = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => input.once('line', () => resolve()));
  input.close();
  process.stdout.write(`${JSON.stringify(await contend(store, PROCESS_TARGET, writer, count))}\n`);
  await store.close?.();
}

/** Fails unless `log` is gap-free (seq 0, 1, 2, …). */
function expectGapFree(log: readonly SessionEvent[]): void {
  const gap = log.findIndex((e, i) => e.seq !== i);
  if (gap >= 0) throw new ConformanceFailure(`the log has a gap or disorder at index ${gap} (seq ${log[gap]?.seq})`);
}

/**
 * Parent side of the crash check: for each stop point, starts an appender, kills it with SIGKILL once it
 * acknowledged that version, and checks the reopened log: gap-free, holding every acknowledged append,
 * each event intact. Answers the final log length.
 */
export async function crashRounds(start: () => Child, load: () => Promise<SessionEvent[]>, stops: readonly number[] = [30, 80, 150]): Promise<number> {
  let acknowledged = -1;
  let length = 0;
  for (const stopAt of stops) {
    const appender = start();
    await appender.waitForLine((line) => Number(line) >= stopAt);
    appender.process.kill('SIGKILL');
    const exit = await appender.exited;
    if (exit !== 'SIGKILL') throw new ConformanceFailure(`the appender ended with ${exit}, not SIGKILL`);
    acknowledged = Math.max(acknowledged, ...appender.lines.filter((l) => /^\d+$/.test(l)).map(Number));
    const log = await load();
    expectGapFree(log);
    if (log.length - 1 < acknowledged) throw new ConformanceFailure(`version ${acknowledged} was acknowledged, but the log ends at ${log.length - 1}`);
    const broken = log.slice(1).find((e) => e.type !== 'contributed' || e.text !== `crash ${e.seq}`);
    if (broken) throw new ConformanceFailure(`event ${broken.seq} did not survive intact`);
    length = log.length;
  }
  return length;
}

/**
 * Parent side of the concurrency check: starts two contending writers together, then checks every
 * command either landed exactly once (at the version it was told) or was answered
 * `concurrency-conflict` and is absent, and that the log holds nothing else. Answers the counts.
 */
export async function contentionRun(
  start: (writer: string) => Child,
  load: () => Promise<SessionEvent[]>,
  count: number,
): Promise<{ landed: number; conflicts: number }> {
  const writers = ['a', 'b'].map(start);
  await Promise.all(writers.map((w) => w.waitForLine((l) => l === 'ready')));
  for (const w of writers) w.process.stdin?.end('go\n');
  const lines = await Promise.all(writers.map((w) => w.waitForLine((l) => l.startsWith('['))));
  await Promise.all(writers.map((w) => w.exited));
  const outcomes = lines.flatMap((l) => JSON.parse(l) as ContentionOutcome[]);
  if (outcomes.length !== 2 * count) throw new ConformanceFailure(`expected ${2 * count} outcomes, got ${outcomes.length}`);
  const log = await load();
  expectGapFree(log);
  const byCommand = new Map<string, number[]>();
  for (const event of log) if (event.commandId) byCommand.set(event.commandId, [...(byCommand.get(event.commandId) ?? []), event.seq]);
  for (const o of outcomes) {
    const found = byCommand.get(o.commandId) ?? [];
    const expected = o.outcome === 'landed' ? [o.version] : [];
    if (JSON.stringify(found) !== JSON.stringify(expected))
      throw new ConformanceFailure(
        `command ${o.commandId} was answered ${o.outcome}${o.version !== undefined ? ` at ${o.version}` : ''} but the log holds it at [${found}]`,
      );
  }
  const landed = outcomes.filter((o) => o.outcome === 'landed').length;
  if (log.length !== 1 + landed) throw new ConformanceFailure(`the log holds ${log.length - 1} commands, but ${landed} landed`);
  return { landed, conflicts: outcomes.length - landed };
}
