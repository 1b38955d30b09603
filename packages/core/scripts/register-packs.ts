/**
 * The scripts judge texts in every built-in language: register all four packs (an app registers only
 * the ones it uses; English is always there). Import this first.
 */
import { BUILTIN_PACKS } from '../src/lang/all.js';
import { registerLanguagePack } from '../src/text/registry.js';

registerLanguagePack(...Object.values(BUILTIN_PACKS));
