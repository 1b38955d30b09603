import { z } from 'zod';

/** The languages the SDK ships texts and text rules for, in fallback order after the requested one. */
export const LANGS = ['en', 'nl', 'de', 'fr'] as const;

/** A language code the SDK ships texts and text rules for. */
export type Lang = (typeof LANGS)[number];

/** zod schema of a language code the SDK knows. */
export const LangSchema = z.enum(LANGS);

/** Whether a value is a language code the SDK knows. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
