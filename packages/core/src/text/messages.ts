/**
 * Keyed, complete messages and suggestions of the built-in text rules, read from the language packs.
 * Every key has a full sentence in every built-in language; nothing is assembled from fragments of
 * different languages. Message keys are stable: findings stored in events resolve with them.
 */
import type { Lang } from '../shared/lang.js';
import type { MessageKey, PackCode, SuggestionKey } from './pack.js';
import { BUILTIN_PACKS, languagePack } from './registry.js';

/** A text in each built-in language. */
export type Localised = Readonly<Record<Lang, string>>;

function table<K extends string>(pick: (lang: Lang) => Readonly<Record<K, string>>): Readonly<Record<string, Localised>> {
  const out: Record<string, Record<string, string>> = {};
  for (const lang of Object.keys(BUILTIN_PACKS) as Lang[]) {
    for (const [key, text] of Object.entries(pick(lang)) as [string, string][]) {
      out[key] ??= {};
      out[key][lang] = text;
    }
  }
  return out as Readonly<Record<string, Localised>>;
}

/** Messages of the built-in text rules, by message key (`<rule-id>.<reason>`), in every built-in language. */
export const MESSAGES: Readonly<Record<string, Localised>> = table((lang) => BUILTIN_PACKS[lang].messages);

/** Suggested rewordings, by key; `{x}` is filled in with a phrase from the user's own text. */
export const SUGGESTIONS: Readonly<Record<string, Localised>> = table((lang) => BUILTIN_PACKS[lang].suggestions);

/** The message for `key` in `lang` (falls back to English, then to the key itself). */
export function message(key: string, lang: PackCode): string {
  const own = languagePack(lang)?.messages as Readonly<Record<string, string>> | undefined;
  const english = BUILTIN_PACKS.en.messages as Readonly<Record<string, string>>;
  return (own && Object.hasOwn(own, key) ? own[key] : undefined) ?? (Object.hasOwn(english, key) ? english[key as MessageKey] : undefined) ?? key;
}

/** The suggestion for `key` in `lang`, with `{x}` replaced by `x` (when given). */
export function suggestionText(key: string, lang: PackCode, x?: string): string {
  const own = languagePack(lang)?.suggestions as Readonly<Record<string, string>> | undefined;
  const english = BUILTIN_PACKS.en.suggestions as Readonly<Record<string, string>>;
  const text = (own && Object.hasOwn(own, key) ? own[key] : undefined) ?? (Object.hasOwn(english, key) ? english[key as SuggestionKey] : undefined) ?? key;
  return x === undefined ? text : text.replace('{x}', x);
}
