import { z } from 'zod';
import type { Lang } from '../rules/types.js';

/** The languages the SDK ships texts for, in fallback order after the requested one. */
export const LANGS = ['en', 'nl', 'de'] as const satisfies readonly Lang[];

/** zod schema of a language code the SDK knows. */
export const LangSchema = z.enum(LANGS);

/**
 * A user-facing text in several languages. English is required; Dutch and German are optional
 * and fall back to English when missing.
 */
export const LocalizedTextSchema = z
  .object({
    en: z.string().trim().min(1, 'English text is required'),
    nl: z.string().trim().min(1).optional(),
    de: z.string().trim().min(1).optional(),
  })
  .strict();

/** A user-facing text in en (required), nl and de. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Picks the text for `lang`, falling back to English. */
export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text.en;
}
