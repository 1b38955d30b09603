import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreFixture } from '@intervision/core/testing';
import { createSqliteStore, type SqliteStoreOptions } from '../src/index.js';

/** A fresh directory for database files, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-sqlite-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Reads the database file and its WAL as they are on disk (latin1 keeps every byte). */
export function rawFile(filename: string): string {
  const read = (path: string) => {
    try {
      return readFileSync(path).toString('latin1');
    } catch {
      return '';
    }
  };
  return read(filename) + read(`${filename}-wal`);
}

/** A conformance fixture: a new file, a second handle on it (another node), and a raw read of file and WAL. */
export async function sqliteFixture(options: Omit<SqliteStoreOptions, 'filename'> = {}): Promise<StoreFixture> {
  const { dir, remove } = tempDir();
  const filename = join(dir, 'sessions.db');
  const store = createSqliteStore({ filename, pollMs: 20, ...options });
  const other = createSqliteStore({ filename, pollMs: 20, ...options });
  return {
    store,
    other,
    encrypted: options.encryption !== undefined,
    rawDump: async () => rawFile(filename),
    close: async () => {
      await store.close();
      await other.close();
      remove();
    },
  };
}
