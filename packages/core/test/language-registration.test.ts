import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Language packs are registered by the app (English is always there), so a bundle carries only the packs
 * it imports. The test suites register every pack in their setup file, so this runs in a child process
 * against the published build, as an app that registered nothing.
 */
describe('language-pack registration (published build, nothing registered)', () => {
  it('refuses a session whose language has no pack while a text rule needs one, and works once it is registered', () => {
    const out = JSON.parse(execFileSync(process.execPath, [resolve(here, 'fixtures/language-registration.mjs')], { encoding: 'utf8', timeout: 60_000 }));
    expect(out.packsAtStart).toEqual(['en']);
    expect(out.en).toBe('created');
    expect(out.nlWithoutPack).toBe('language-pack-missing:nl:no-advice,open-question,sphere-of-influence');
    expect(out.nlWithoutTextRules).toBe('created');
    expect(out.packsAfterRegister).toEqual(['en', 'nl']);
    expect(out.nlWithPack).toBe('created');
    expect(out.cjsPacksAfterRegister).toEqual(['en', 'nl']);
    expect(out.cjsNlWithPack).toBe('created');
    expect(out.dutchAdviceWithPack).toBe(true);
    expect(out.restoreWithoutPack).toBe('language-pack-missing');
    expect(out.packsAfterUnregister).toEqual(['en']);
    expect(out.nlAfterUnregister).toBe('language-pack-missing:nl:no-advice,open-question,sphere-of-influence');
  });
});
