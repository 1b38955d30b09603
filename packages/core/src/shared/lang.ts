import * as z from 'zod/mini';

/** The languages the SDK ships texts and text rules for, in fallback order after the requested one. */
export const LANGS = ['en', 'nl', 'de', 'fr'] as const;

/** A language code the SDK ships texts and text rules for. */
export type Lang = (typeof LANGS)[number];

/**
 * Codes of language packs a host app registered at run time (see `registerLanguagePack`), shared by every
 * copy of the package in the process (ESM and CommonJS builds), as the pack registry is.
 */
const LANGS_KEY = Symbol.for('@intervision/core/registered-langs');
const shared = globalThis as Record<symbol, Set<string> | undefined>;
shared[LANGS_KEY] ??= new Set<string>();
const registeredLangs: Set<string> = shared[LANGS_KEY];

/**
 * Lets sessions run in the language of a registered pack (called by `registerLanguagePack`; returns
 * the function that withdraws it). Texts a pack does not carry fall back to English.
 */
export function allowLangCode(code: string): () => void {
  registeredLangs.add(code);
  return () => registeredLangs.delete(code);
}

/** zod schema of a language code the SDK knows: a built-in one, or the code of a registered language pack. */
export const LangSchema = z.union([
  z.enum(LANGS),
  z.custom<Lang>((value) => typeof value === 'string' && registeredLangs.has(value), 'not a registered language'),
]);

/** Whether a value is a language code the SDK knows. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
