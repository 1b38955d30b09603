/**
 * Every built-in language pack in one entry: `import { BUILTIN_PACKS } from '@intervision/core/lang/all'`.
 * For servers and tools that serve every language:
 *
 * ```ts
 * import { registerLanguagePack } from '@intervision/core';
 * import { BUILTIN_PACKS } from '@intervision/core/lang/all';
 * registerLanguagePack(...Object.values(BUILTIN_PACKS));
 * ```
 *
 * A browser app imports only the packs it uses (`@intervision/core/lang/<code>`) instead.
 */
import type { Lang } from '../shared/lang.js';
import { de } from '../text/lang/de/index.js';
import { en } from '../text/lang/en/index.js';
import { fr } from '../text/lang/fr/index.js';
import { nl } from '../text/lang/nl/index.js';
import type { LanguagePack } from '../text/pack.js';

/** The built-in language packs, one per {@link Lang} (the compiler names a code without a pack). */
export const BUILTIN_PACKS: { readonly [L in Lang]: LanguagePack } = { en, nl, de, fr };

export { type Localised, RULE_MESSAGES, RULE_SUGGESTIONS } from '../text/rule-texts.js';
