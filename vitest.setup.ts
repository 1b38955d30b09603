/**
 * The test suites exercise every built-in language, so they register all four packs (an app registers
 * the ones it uses; English is always there). Both copies of the core are set up: its sources (the
 * core's own tests) and its published build (other packages import `@intervision/core` from `dist`).
 * `packages/core/test/language-registration.test.ts` checks an app without this setup, in a child process.
 */
import { existsSync } from 'node:fs';
import { registerLanguagePack } from './packages/core/src/index.js';
import { BUILTIN_PACKS } from './packages/core/src/lang/all.js';

registerLanguagePack(...Object.values(BUILTIN_PACKS));

const dist = new URL('./packages/core/dist/', import.meta.url);
if (existsSync(new URL('index.js', dist)) && existsSync(new URL('lang/all.js', dist))) {
  const core = await import(new URL('index.js', dist).href);
  const all = await import(new URL('lang/all.js', dist).href);
  core.registerLanguagePack(...Object.values(all.BUILTIN_PACKS));
}
