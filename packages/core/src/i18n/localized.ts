import { z } from 'zod';
import type { Lang } from '../shared/lang.js';

/**
 * A user-facing text in several languages. English is required; Dutch, German and French are
 * optional and fall back to English when missing.
 */
export const LocalizedTextSchema = z
  .object({
    en: z.string().trim().min(1, 'English text is required'),
    nl: z.string().trim().min(1).optional(),
    de: z.string().trim().min(1).optional(),
    fr: z.string().trim().min(1).optional(),
  })
  .strict();

/** A user-facing text in en (required), nl, de and fr. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Picks the text for `lang`, falling back to English. */
export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text.en;
}
