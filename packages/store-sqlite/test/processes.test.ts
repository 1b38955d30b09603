import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentionRun, crashRounds, PROCESS_TARGET, startChild } from '@intervision/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/index.js';
import { tempDir } from './fixture.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const child = fileURLToPath(new URL('./support/child.ts', import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
const newFile = () => {
  const { dir, remove } = tempDir();
  cleanups.push(remove);
  return join(dir, 'sessions.db');
};
/** Reopens the file, reads the log, checks the file's integrity, and closes it again. */
const reopen = (filename: string) => async () => {
  const store = createSqliteStore({ filename });
  try {
    expect(store.database.pragma('integrity_check', { simple: true })).toBe('ok');
    return await store.load(PROCESS_TARGET.tenantId, PROCESS_TARGET.sessionId);
  } finally {
    await store.close();
  }
};

describe('SQLite against real processes', () => {
  it('keeps a gap-free prefix with every acknowledged append after SIGKILL, three times over', async () => {
    const filename = newFile();
    expect(await crashRounds(() => startChild(child, ['crash', filename], { cwd: root }), reopen(filename))).toBeGreaterThan(150);
  }, 180_000);

  // synchronous=NORMAL here: this test is about concurrency, not durability (the crash test above runs FULL).
  it('two processes × 1,000 appends to one session: each landed exactly once or got concurrency-conflict and is absent', async () => {
    const filename = newFile();
    const start = (writer: string) => startChild(child, ['contend', filename, writer, '1000'], { cwd: root, env: { SQLITE_SYNCHRONOUS: 'NORMAL' } });
    const { landed, conflicts } = await contentionRun(start, reopen(filename), 1_000);
    expect(landed).toBeGreaterThan(1_000);
    console.log(`SQLite contention: ${landed} landed, ${conflicts} concurrency-conflict`);
  }, 180_000);
});
