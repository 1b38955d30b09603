import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));

/** Runs CommonJS code in a fresh Node process in this package, with `vitest` made unresolvable. */
function runCjs(code: string): string {
  const blockVitest = `const M = require('node:module'); const resolve = M._resolveFilename;
    M._resolveFilename = function (request, ...rest) { if (request === 'vitest' || request.startsWith('vitest/')) throw new Error('vitest is not installed'); return resolve.call(this, request, ...rest); };`;
  return execFileSync(process.execPath, ['-e', `${blockVitest}\n${code}`], { cwd: here, encoding: 'utf8' }).trim();
}

describe('published entries (built dist)', () => {
  it('loads @intervision/core/testing and the SQLite store from CommonJS without vitest', () => {
    const out = runCjs(`
      const testing = require('@intervision/core/testing');
      const { createSqliteStore } = require('@intervision/store-sqlite');
      console.log([typeof testing.runStoreConformance, typeof testing.createdEvent, testing.storeChecks.length > 20, typeof createSqliteStore].join(' '));`);
    expect(out).toBe('function function true function');
  });

  it('raises conflicts from the CommonJS build that the ESM build recognises by code', async () => {
    const out = runCjs(`
      const { createSqliteStore } = require('@intervision/store-sqlite');
      const { createdEvent, appendOptions } = require('@intervision/core/testing');
      const store = createSqliteStore({ filename: ':memory:' });
      store.append('s', [createdEvent('s', 't')], appendOptions('t', -1))
        .then(() => store.append('s', [createdEvent('s', 't')], appendOptions('t', -1)))
        .catch((e) => console.log(JSON.stringify({ code: e.code, intervision: e.intervision, message: e.message })));`);
    const error = JSON.parse(out) as { code: string; intervision: boolean };
    const { isConcurrencyError } = await import('@intervision/core');
    expect(error.code).toBe('concurrency-conflict');
    expect(isConcurrencyError(error)).toBe(true);
  });
});
