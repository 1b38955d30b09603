import * as z from 'zod/mini';
import type { Lang } from '../shared/lang.js';

/**
 * A user-facing text in several languages. English is required; Dutch, German and French are
 * optional and fall back to English when missing.
 */
const Translation = z.optional(z.string().check(z.trim(), z.minLength(1)));

export const LocalizedTextSchema = z.strictObject({
  en: z.string().check(z.trim(), z.minLength(1, 'English text is required')),
  nl: Translation,
  de: Translation,
  fr: Translation,
});

/** A user-facing text in en (required), nl, de and fr. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Picks the text for `lang`, falling back to English. */
export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text.en;
}
