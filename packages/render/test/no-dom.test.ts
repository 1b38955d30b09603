import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Runs the built package in a fresh Node process where touching a browser global (`window`, `document`, …) throws. */
function runWithoutDom(loader: string): string {
  const script = `
    for (const name of ['window', 'document', 'self', 'location', 'HTMLElement']) {
      Object.defineProperty(globalThis, name, { configurable: true, get() { throw new Error('read ' + name + ' at import or render'); } });
    }
    (async () => {
      const r = ${loader};
      const core = await import('@intervision/core');
      const method = core.methods['kollegiale-beratung'];
      const out = [
        r.renderMethodDiagram(method, { lang: 'nl' }),
        r.renderFacilitatorScript(method, { lang: 'de', format: 'html' }),
        r.renderReport({ view: (await core.runScenario(method, core.scenarios['kollegiale-beratung'])).session.viewFor({ audience: 'report' }), method }, { format: 'html' }),
      ];
      process.stdout.write(out.map((s) => s.length > 100 ? 'ok' : 'short').join(','));
    })().catch((e) => { process.stdout.write('error: ' + e.message); process.exitCode = 1; });
  `;
  return execFileSync(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: dist, encoding: 'utf8' });
}

describe('the built package', () => {
  it('has been built (the gate builds before testing)', () => {
    expect(existsSync(`${dist}index.js`) && existsSync(`${dist}index.cjs`)).toBe(true);
  });

  it('loads and renders from ESM without any DOM global', () => {
    expect(runWithoutDom(`await import(${JSON.stringify(`${dist}index.js`)})`)).toBe('ok,ok,ok');
  });

  it('loads and renders from CommonJS without any DOM global', () => {
    expect(runWithoutDom(`require(${JSON.stringify(`${dist}index.cjs`)})`)).toBe('ok,ok,ok');
  });
});
