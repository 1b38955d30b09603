/**
 * The messages and suggestions of the built-in text rules in every built-in language, as two tables
 * read straight from the packs' message files (not from the registry, and without the packs' heavy
 * parts): for renderers that word a facilitator script in any language, whichever packs the app
 * registered. Exported from `@intervision/core/lang/all`.
 */
import type { Lang } from '../shared/lang.js';
import { DE_MESSAGES, DE_SUGGESTIONS } from './lang/de/messages.js';
import { EN_MESSAGES, EN_SUGGESTIONS } from './lang/en/messages.js';
import { FR_MESSAGES, FR_SUGGESTIONS } from './lang/fr/messages.js';
import { NL_MESSAGES, NL_SUGGESTIONS } from './lang/nl/messages.js';

/** A text in each built-in language. */
export type Localised = Readonly<Record<Lang, string>>;

function table(byLang: { readonly [L in Lang]: Readonly<Record<string, string>> }): Readonly<Record<string, Localised>> {
  const out = new Map<string, Record<string, string>>();
  for (const [lang, texts] of Object.entries(byLang))
    for (const [key, text] of Object.entries(texts)) {
      const row = out.get(key) ?? {};
      row[lang] = text;
      out.set(key, row);
    }
  return Object.fromEntries(out) as Readonly<Record<string, Localised>>;
}

/** Messages of the built-in text rules, by message key (`<rule-id>.<reason>`), in every built-in language. */
export const RULE_MESSAGES: Readonly<Record<string, Localised>> = table({ en: EN_MESSAGES, nl: NL_MESSAGES, de: DE_MESSAGES, fr: FR_MESSAGES });

/** Suggested rewordings, by key, in every built-in language; `{x}` is filled in with a phrase from the user's own text. */
export const RULE_SUGGESTIONS: Readonly<Record<string, Localised>> = table({ en: EN_SUGGESTIONS, nl: NL_SUGGESTIONS, de: DE_SUGGESTIONS, fr: FR_SUGGESTIONS });
