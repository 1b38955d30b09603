/**
 * Keyed, complete messages and suggestions of the built-in text rules, read from the registered
 * language packs (English when the language has no pack or the pack lacks the key). Every key has a
 * full sentence in every built-in language; nothing is assembled from fragments of different
 * languages. Message keys are stable: findings stored in events resolve with them. The tables of all
 * built-in languages are `RULE_MESSAGES` / `RULE_SUGGESTIONS` in `@intervision/core/lang/all`.
 */

import { en } from './lang/en/index.js';
import type { MessageKey, PackCode, SuggestionKey } from './pack.js';
import { languagePack } from './registry.js';

/** The message for `key` in `lang` (falls back to English, then to the key itself). */
export function message(key: string, lang: PackCode): string {
  const own = languagePack(lang)?.messages as Readonly<Record<string, string>> | undefined;
  const english = en.messages as Readonly<Record<string, string>>;
  return (own && Object.hasOwn(own, key) ? own[key] : undefined) ?? (Object.hasOwn(english, key) ? english[key as MessageKey] : undefined) ?? key;
}

/** The suggestion for `key` in `lang`, with `{x}` replaced by `x` (when given). */
export function suggestionText(key: string, lang: PackCode, x?: string): string {
  const own = languagePack(lang)?.suggestions as Readonly<Record<string, string>> | undefined;
  const english = en.suggestions as Readonly<Record<string, string>>;
  const text = (own && Object.hasOwn(own, key) ? own[key] : undefined) ?? (Object.hasOwn(english, key) ? english[key as SuggestionKey] : undefined) ?? key;
  return x === undefined ? text : text.replace('{x}', x);
}
