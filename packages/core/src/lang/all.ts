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
import type { RejectionCatalog } from '../shared/rejection-codes.js';
import { de } from '../text/lang/de/index.js';
import { DE_REJECTIONS } from '../text/lang/de/rejections.js';
import { en } from '../text/lang/en/index.js';
import { EN_REJECTIONS } from '../text/lang/en/rejections.js';
import { fr } from '../text/lang/fr/index.js';
import { FR_REJECTIONS } from '../text/lang/fr/rejections.js';
import { nl } from '../text/lang/nl/index.js';
import { NL_REJECTIONS } from '../text/lang/nl/rejections.js';
import type { LanguagePack } from '../text/pack.js';

/** The built-in language packs, one per {@link Lang} (the compiler names a code without a pack). */
export const BUILTIN_PACKS: { readonly [L in Lang]: LanguagePack } = { en, nl, de, fr };

export { type Localised, RULE_MESSAGES, RULE_SUGGESTIONS } from '../text/rule-texts.js';

/** The refusal messages of every built-in language, by language and rejection code (what `rejectionMessage` words). */
export const rejectionMessages: { readonly [L in Lang]: Readonly<RejectionCatalog> } = {
  en: EN_REJECTIONS,
  nl: NL_REJECTIONS,
  de: DE_REJECTIONS,
  fr: FR_REJECTIONS,
};
