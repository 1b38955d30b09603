/**
 * The French language pack as an entry of its own: `import { fr } from '@intervision/core/lang/fr'`.
 * Use it to build a pack of your own on top of it (spread it and replace what you need) and register
 * that with `registerLanguagePack`.
 */
export { fr } from '../text/lang/fr/index.js';
