import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPublished } from '../scripts/method-history.js';
import { isRestoreError, methodHash, methods, restoreSession } from '../src/index.js';
import { builtinMethodVersions, resolveBuiltinMethod } from '../src/methods/history.js';

interface OldLogs {
  methodId: keyof typeof methods;
  version: string;
  logs: Record<'en' | 'nl' | 'de', unknown[]>;
}
const dir = join(import.meta.dirname, 'fixtures', 'logs-1.0.0');
const fixtures: OldLogs[] = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OldLogs);

describe('logs written by the first published built-ins (1.0.0, commit 79adf12) still restore', () => {
  it('has a fixture for every built-in method', () => {
    expect(fixtures.map((f) => f.methodId).sort()).toEqual(Object.keys(methods).sort());
  });

  for (const fixture of fixtures)
    it(`${fixture.methodId}: restores in en, nl and de under the definition it was written with`, async () => {
      for (const lang of ['en', 'nl', 'de'] as const) {
        const events = fixture.logs[lang];
        const session = await restoreSession(undefined, { events }, { resolveMethod: resolveBuiltinMethod, timers: false });
        const state = session.getState();
        expect([state.status, state.completed, state.method.version, session.getEvents().length]).toEqual(['ended', true, '1.0.0', events.length]);
        session.stop();
        const current = methods[fixture.methodId];
        if (current.version === '1.0.0') continue;
        // Under the current version only with an explicit upgrade: by default it is refused, with the way out in the message.
        const refused = await restoreSession(current, { events }, { timers: false }).catch((e: unknown) => e);
        expect(isRestoreError(refused) && refused.code).toBe('method-version-mismatch');
        expect(String((refused as Error).message)).toContain('resolveBuiltinMethod');
      }
    });
});

describe('resolveBuiltinMethod', () => {
  it('finds current and earlier versions, and nothing else', () => {
    expect(resolveBuiltinMethod('incident-method', methods['incident-method'].version)).toBe(methods['incident-method']);
    expect(resolveBuiltinMethod('incident-method', '1.0.0')?.version).toBe('1.0.0');
    for (const [id, version] of [
      ['incident-method', '9.9.9'],
      ['toString', '1.0.0'],
      ['__proto__', '1.0.0'],
      ['constructor', 'constructor'],
      ['incident-method', 'toString'],
    ])
      expect(resolveBuiltinMethod(id!, version!)).toBeUndefined();
  });

  it('lists every version oldest first, ending with the current one', () => {
    for (const [id, versions] of Object.entries(builtinMethodVersions)) {
      expect(versions.at(-1)).toBe(methods[id as keyof typeof methods].version);
      for (const v of versions) expect(resolveBuiltinMethod(id, v)?.version).toBe(v);
    }
  });
});

describe('the record of published versions (scripts/method-history.ts, run by the build)', () => {
  const incident = methods['incident-method'];
  const old = resolveBuiltinMethod('incident-method', '1.0.0')!;
  const record = (content: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'published-')), 'published.json');
    writeFileSync(file, JSON.stringify(content));
    return file;
  };

  it('accepts the catalog as it is, and records a new version', () => {
    const file = record({ 'incident-method': { '1.0.0': methodHash(old) } });
    expect(checkPublished(file, [{ id: 'incident-method', current: incident, past: new Map([['1.0.0', old]]) }], methodHash)).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8'))['incident-method'][incident.version]).toBe(methodHash(incident));
  });

  it('refuses a built-in changed without a new version', () => {
    const file = record({ 'incident-method': { [incident.version]: 'not-the-hash' } });
    expect(checkPublished(file, [{ id: 'incident-method', current: incident, past: new Map() }], methodHash)).toEqual([
      expect.stringContaining('give the change a new version'),
    ]);
  });

  it('refuses a published version that was dropped from history/', () => {
    const file = record({ 'incident-method': { '1.0.0': methodHash(old), [incident.version]: methodHash(incident) } });
    expect(checkPublished(file, [{ id: 'incident-method', current: incident, past: new Map() }], methodHash)).toEqual([
      expect.stringContaining('keep its definition in incident-method/history/1.0.0.json'),
    ]);
  });
});
