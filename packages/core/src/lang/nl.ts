/**
 * The Dutch language pack as an entry of its own: `import { nl } from '@intervision/core/lang/nl'`.
 * Use it to build a pack of your own on top of it (spread it and replace what you need) and register
 * that with `registerLanguagePack`.
 */
export { nl } from '../text/lang/nl/index.js';
