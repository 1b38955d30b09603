import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { appendOptions, contributedEvent, createdEvent } from '@intervision/core/testing';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore, migrate, SCHEMA_VERSION, schemaVersion } from '../src/index.js';
import { rawFile, tempDir } from './fixture.js';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const newFile = () => {
  const { dir, remove } = tempDir();
  cleanups.push(remove);
  return join(dir, 'sessions.db');
};
const open = (filename: string, options: Partial<Parameters<typeof createSqliteStore>[0]> = {}) => {
  const store = createSqliteStore({ filename, ...options });
  cleanups.push(() => store.close());
  return store;
};

describe('SQLite schema migrations', () => {
  it('migrates a new file on first use, and migrating again changes nothing', () => {
    const filename = newFile();
    const store = open(filename);
    expect(schemaVersion(store.database)).toBe(SCHEMA_VERSION);
    expect(migrate(store.database)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    const steps = store.database.prepare('SELECT version FROM intervision_migrations').all();
    expect(steps).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('upgrades a version-1 file: version and last-event time come from the log, the data stays', async () => {
    const filename = newFile();
    const db = new Database(filename);
    expect(migrate(db, { to: 1 })).toEqual({ from: 0, to: 1 });
    const events = [createdEvent('s', 't'), contributedEvent(1), contributedEvent(2)];
    const insert = db.prepare('INSERT INTO events (session_id, seq, type, at, actor, command_id, schema_version, body) VALUES (?, ?, ?, ?, ?, ?, 1, ?)');
    for (const e of events) insert.run('s', e.seq, e.type, e.at, 'by' in e ? e.by : null, null, JSON.stringify(e));
    db.prepare(
      `INSERT INTO sessions (session_id, tenant_id, version, method_id, method_version, status, next_deadline, cases, created_at, updated_at)
       VALUES ('s', 't', 2, 'generic-four-phase', '1.0.0', 'running', 5, 1, 1000, 1002)`,
    ).run();
    db.close();
    const store = open(filename);
    expect(schemaVersion(store.database)).toBe(2);
    expect(await store.load('t', 's')).toEqual(events);
    expect((await store.list('t')).items).toEqual([
      expect.objectContaining({ sessionId: 's', version: 2, createdAt: 1_000, updatedAt: 1_002, status: 'running', nextDeadline: 5 }),
    ]);
    expect(await store.dueTimers(10)).toEqual([{ tenantId: 't', sessionId: 's', deadline: 5 }]);
    await store.append('s', [contributedEvent(3)], appendOptions('t', 2));
    expect((await store.list('t')).items[0]).toMatchObject({ version: 3, updatedAt: 1_003, nextDeadline: null });
    await expect(store.append('s', [contributedEvent(3)], appendOptions('t', 2))).rejects.toMatchObject({ code: 'concurrency-conflict' });
  });

  it('refuses an unmigrated file when told not to migrate, and a file from a newer build', () => {
    const filename = newFile();
    expect(() => createSqliteStore({ filename, migrate: false })).toThrow(expect.objectContaining({ code: 'unavailable' }));
    const db = new Database(filename);
    migrate(db);
    db.prepare('INSERT INTO intervision_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(SCHEMA_VERSION + 1, 'from the future', 0);
    db.close();
    expect(() => createSqliteStore({ filename })).toThrow(expect.objectContaining({ code: 'unavailable' }));
  });

  it('keeps data across reopening, and stores seq as an integer column (numeric order in SQL too)', async () => {
    const filename = newFile();
    const first = createSqliteStore({ filename });
    await first.append('s', [createdEvent('s', 't'), ...Array.from({ length: 11 }, (_, i) => contributedEvent(i + 1))], appendOptions('t', -1));
    await first.close();
    const again = open(filename);
    expect((await again.load('t', 's')).map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(again.database.prepare('SELECT DISTINCT typeof(seq) AS t FROM events').all()).toEqual([{ t: 'integer' }]);
    expect(again.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.database.pragma('secure_delete', { simple: true })).toBe(1);
  });
});

describe('SQLite encryption at rest', () => {
  const key = (id: string) => ({ id, key: randomBytes(32) });

  it('keeps no plaintext in the file, and a wrong key gives decryption-failed', async () => {
    const filename = newFile();
    const k1 = key('k1');
    const store = open(filename, { encryption: { current: k1 } });
    await store.append('s', [createdEvent('s', 't'), contributedEvent(1, 'p1', 'PLAINTEXT-CONTRIBUTION')], appendOptions('t', -1));
    await store.saveSnapshot('t', 's', { version: 1, state: { text: 'PLAINTEXT-SNAPSHOT' } });
    await store.saveMethod('t', { id: 'm', version: '1', hash: 'h', definition: { name: 'PLAINTEXT-METHOD' } });
    store.checkpoint();
    const raw = rawFile(filename);
    expect(raw).not.toContain('PLAINTEXT');
    expect(raw).not.toContain('Pia');
    expect(raw).toContain('aes256gcm.k1.');
    const wrong = open(filename, { encryption: { current: { id: 'k1', key: randomBytes(32) } } });
    await expect(wrong.load('t', 's')).rejects.toMatchObject({ code: 'decryption-failed' });
    await expect(wrong.loadSnapshot('t', 's')).rejects.toMatchObject({ code: 'decryption-failed' });
    const unknown = open(filename, { encryption: { current: key('k9') } });
    await expect(unknown.load('t', 's')).rejects.toMatchObject({ code: 'decryption-failed' });
    const plain = open(filename);
    await expect(plain.load('t', 's')).rejects.toMatchObject({ code: 'decryption-failed' });
  });

  it('rotates keys by re-encrypting every value; afterwards the old key is not needed', async () => {
    const filename = newFile();
    const k1 = key('k1');
    const k2 = key('k2');
    const before = open(filename, { encryption: { current: k1 } });
    const log = [createdEvent('s', 't'), contributedEvent(1, 'p1', 'rotate me')];
    await before.append('s', log, appendOptions('t', -1));
    await before.saveSnapshot('t', 's', { version: 1, state: { a: 1 } });
    await before.saveMethod('t', { id: 'm', version: '1', hash: 'h', definition: { b: 2 } });
    const rotating = open(filename, { encryption: { current: k2, previous: [k1] } });
    expect(await rotating.rotateKeys()).toBe(4);
    expect(await rotating.rotateKeys()).toBe(0);
    const raw = rawFile(filename);
    expect(raw).not.toContain('aes256gcm.k1.');
    const after = open(filename, { encryption: { current: k2 } });
    expect(await after.load('t', 's')).toEqual(log);
    expect(await after.loadSnapshot('t', 's')).toEqual({ version: 1, state: { a: 1 } });
    expect((await after.loadMethod('t', 'm', '1'))?.definition).toEqual({ b: 2 });
  });

  it('refuses malformed keys with a typed error', () => {
    expect(() => createSqliteStore({ filename: newFile(), encryption: { current: { id: 'k1', key: randomBytes(16) } } })).toThrow(
      expect.objectContaining({ code: 'invalid-row' }),
    );
  });

  it('detects a body moved to another row (the row key is authenticated)', async () => {
    const filename = newFile();
    const store = open(filename, { encryption: { current: key('k1') } });
    await store.append('s', [createdEvent('s', 't'), contributedEvent(1), contributedEvent(2)], appendOptions('t', -1));
    store.database.prepare('UPDATE events SET body = (SELECT body FROM events WHERE seq = 1) WHERE seq = 2').run();
    await expect(store.load('t', 's')).rejects.toMatchObject({ code: 'decryption-failed' });
  });
});
