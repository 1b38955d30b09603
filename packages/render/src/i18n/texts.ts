import { formatMessage, isLang, type Lang, type LocalizedText, localize } from '@intervision/core';

/** The languages the renderers ship their own texts in; others (French) fall back to English. */
export type RenderLang = 'en' | 'nl' | 'de';

/** A complete text in every language the renderers ship: one full sentence or label per language, never fragments. */
export type Texts = Readonly<Record<RenderLang, string>>;

/** A table of keyed texts. */
export type TextTable<K extends string> = Readonly<Record<K, Texts>>;

/**
 * The language to render in: `en`, `nl` or `de`. Any other code (or none) falls back to English, so a
 * host can pass the reader's preferred language as it is.
 */
export function resolveLang(lang: string | undefined): Lang {
  return isLang(lang) ? lang : 'en';
}

/** The text for `key` in `lang`, with `{name}` placeholders filled in from `params`. */
export function pick<K extends string>(table: TextTable<K>, key: K, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  const entry = table[key];
  return formatMessage(lang === 'fr' ? entry.en : entry[lang], params);
}

/** A method text (name, instructions) in `lang`, falling back to English. */
export function methodText(text: LocalizedText | undefined, lang: Lang): string {
  return text ? localize(text, lang) : '';
}

/** A label as it reads inside a sentence: lower-cased first letter in English and Dutch; German nouns keep their capital. */
export function inSentence(label: string, lang: Lang): string {
  return lang === 'de' ? label : label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
}
