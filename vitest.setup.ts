/**
 * The test suites exercise every built-in language, so they register all four packs (an app registers
 * the ones it uses; English is always there). The registry is one per process (on a global symbol), so
 * this also serves the published build that other packages import as `@intervision/core`.
 * `packages/core/test/language-registration.test.ts` checks an app without this setup, in a child process.
 */
import { registerLanguagePack } from './packages/core/src/index.js';
import { BUILTIN_PACKS } from './packages/core/src/lang/all.js';

registerLanguagePack(...Object.values(BUILTIN_PACKS));
