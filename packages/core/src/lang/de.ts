/**
 * The German language pack as an entry of its own: `import { de } from '@intervision/core/lang/de'`.
 * Use it to build a pack of your own on top of it (spread it and replace what you need) and register
 * that with `registerLanguagePack`.
 */
export { de } from '../text/lang/de/index.js';
