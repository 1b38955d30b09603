import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSqliteStore } from '@intervision/store-sqlite';
import { afterEach, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
/** Steps the first run plays before it is killed (the incident scenario has 42). */
const PLAYED = 12;

/** Starts the demo as a child process (through tsx, as `pnpm demo` does), collecting its output lines. */
function demo(args: string[]): { child: ChildProcess; lines: string[]; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--no-color', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => {
      if (partial) lines.push(partial);
      if (stderr) lines.push(...stderr.split('\n').map((l) => `stderr: ${l}`));
      done({ code, signal });
    }),
  );
  return { child, lines, exited };
}

/** Waits until a line matching `pattern` has been printed (or the process ended). */
async function lineMatching(run: ReturnType<typeof demo>, pattern: RegExp): Promise<void> {
  let ended = false;
  void run.exited.then(() => {
    ended = true;
  });
  while (!run.lines.some((l) => pattern.test(l))) {
    if (ended) throw new Error(`the demo ended without printing ${pattern}:\n${run.lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The "N events · M contributions · …" line. */
const totals = (lines: string[]) => lines.find((l) => / events · \d+ contributions/.test(l))?.replace(/ · \d+ refused/, '');

describe('the demo persists to SQLite and resumes', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('continues a session killed with SIGKILL midway, with --resume, to the same end as an uninterrupted run', async () => {
    dir = mkdtempSync(join(tmpdir(), 'intervision-demo-'));
    const db = join(dir, 'demo.db');
    // First run: one step per Enter; after PLAYED steps it waits for the next Enter, and is killed there.
    const first = demo(['--db', db, '--step']);
    first.child.stdin!.write('\n'.repeat(PLAYED));
    await lineMatching(first, new RegExp(`^▸ step ${PLAYED + 1} of \\d+`));
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(first.lines.join('\n')).not.toContain('The session is complete.');
    const sessionId = /^session (\S+) · saved in/.exec(first.lines.find((l) => l.startsWith('session ')) ?? '')?.[1];
    expect(sessionId).toBeDefined();

    // Second run: --resume picks the last unfinished session in the file and plays the rest.
    const second = demo(['--db', db, '--resume']);
    second.child.stdin!.end();
    const { code } = await second.exited;
    expect(second.lines.join('\n'), second.lines.join('\n')).toContain(`session ${sessionId} · saved in ${db}`);
    expect(code, second.lines.join('\n')).toBe(0);
    // It resumes after the last step the log recorded (a refused step records nothing, so it may be played again).
    const resumedAt = Number(/^resuming at step (\d+) of \d+ /.exec(second.lines.find((l) => l.startsWith('resuming at step')) ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(PLAYED - 3);
    expect(resumedAt).toBeLessThanOrEqual(PLAYED + 1);
    expect(second.lines.join('\n')).toContain('The session is complete.');

    // An uninterrupted run in memory ends with the same log size, contributions and actions.
    const whole = demo(['--memory']);
    whole.child.stdin!.end();
    expect((await whole.exited).code).toBe(0);
    expect(totals(second.lines)).toBe(totals(whole.lines));

    // The file holds one finished session whose every step's command is recorded once, gap-free.
    const store = createSqliteStore({ filename: db });
    try {
      expect((await store.list('demo')).items.map((s) => [s.sessionId, s.status])).toEqual([[sessionId, 'ended']]);
      const events = await store.load('demo', sessionId!);
      expect(events.map((e) => e.seq)).toEqual([...events.keys()]);
      const ids = events.map((e) => e.commandId).filter((id) => id !== undefined);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await store.close();
    }
    // Nothing left to resume.
    const third = demo(['--db', db, '--resume']);
    expect((await third.exited).code).toBe(2);
    expect(third.lines.join('\n')).toContain('no unfinished session');
  });
});
