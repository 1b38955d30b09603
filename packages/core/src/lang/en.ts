/**
 * The English language pack as an entry of its own: `import { en } from '@intervision/core/lang/en'`.
 * Use it to build a pack of your own on top of it (spread it and replace what you need) and register
 * that with `registerLanguagePack`.
 */
export { en } from '../text/lang/en/index.js';
