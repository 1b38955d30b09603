/**
 * Keyed, complete messages and suggestions of the built-in text rules, read from the registered
 * language packs (English when the language has no pack or the pack lacks the key). Every key has a
 * full sentence in every built-in language; nothing is assembled from fragments of different
 * languages. Message keys are stable: findings stored in events resolve with them. The tables of all
 * built-in languages are `RULE_MESSAGES` / `RULE_SUGGESTIONS` in `@intervision/core/lang/all`.
 */

import { en } from './lang/en/index.js';
import type { PackCode } from './pack.js';
import { languagePack } from './registry.js';

/** The keyed texts a pack carries. */
type TextPart = 'messages' | 'suggestions' | 'rejections';

/**
 * A keyed text of the registered pack of `lang`; English (the built-in pack) when that language has no
 * pack or the pack lacks the key; the key itself when English lacks it too. Never reads a prototype.
 */
export function packText(part: TextPart, key: string, lang: PackCode): string {
  const own = languagePack(lang)?.[part] as Readonly<Record<string, string>> | undefined;
  const english = (en[part] ?? {}) as Readonly<Record<string, string>>;
  return (own && Object.hasOwn(own, key) ? own[key] : undefined) ?? (Object.hasOwn(english, key) ? english[key] : undefined) ?? key;
}

/** The message for `key` in `lang` (falls back to English, then to the key itself). */
export function message(key: string, lang: PackCode): string {
  return packText('messages', key, lang);
}

/** The suggestion for `key` in `lang`, with `{x}` replaced by `x` (when given). */
export function suggestionText(key: string, lang: PackCode, x?: string): string {
  const text = packText('suggestions', key, lang);
  return x === undefined ? text : text.replace('{x}', x);
}
