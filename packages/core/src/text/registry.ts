/**
 * The language-pack registry: one line per built-in language, plus the packs a host app registers at
 * run time. `Lang` (in `shared/lang.ts`) lists the built-in codes; the mapped type below makes the
 * compiler name a missing pack when a code is added there.
 */
import { IntervisionError } from '../errors/base.js';
import { allowLangCode, type Lang } from '../shared/lang.js';
import { de } from './lang/de/index.js';
import { en } from './lang/en/index.js';
import { fr } from './lang/fr/index.js';
import { nl } from './lang/nl/index.js';
import type { LanguagePack, PackCode } from './pack.js';

/** The built-in language packs, one per {@link Lang}. */
export const BUILTIN_PACKS: { readonly [L in Lang]: LanguagePack } = { en, nl, de, fr };

const hostPacks = new Map<string, LanguagePack>();
let packList: readonly LanguagePack[] = Object.values(BUILTIN_PACKS);
let version = 0;

function refresh(): void {
  const list: LanguagePack[] = [];
  for (const pack of Object.values(BUILTIN_PACKS)) list.push(hostPacks.get(pack.code) ?? pack);
  for (const pack of hostPacks.values()) if (!Object.hasOwn(BUILTIN_PACKS, pack.code)) list.push(pack);
  packList = list;
  version++;
}

/** Thrown by {@link registerLanguagePack} for a pack without a usable code (a programmer error). */
export class LanguagePackError extends IntervisionError<'invalid-language-pack'> {
  constructor(
    /** The offending pack code. */
    readonly packCode: string,
    reason: string,
  ) {
    super('invalid-language-pack', `Language pack '${packCode}': ${reason}`);
  }
}

/**
 * Registers a language pack (a host app's own language, or a replacement for a built-in one). From
 * then on the text validators judge texts in `pack.code`, and language detection considers it.
 * Returns a function that removes the registration again.
 */
export function registerLanguagePack(pack: LanguagePack): () => void {
  if (typeof pack?.code !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(pack.code)) {
    throw new LanguagePackError(String(pack?.code), 'the code must be a lower-case language code such as "fr" or "pt-br"');
  }
  hostPacks.set(pack.code, pack);
  const disallow = Object.hasOwn(BUILTIN_PACKS, pack.code) ? undefined : allowLangCode(pack.code);
  refresh();
  return () => {
    if (hostPacks.get(pack.code) === pack) {
      hostPacks.delete(pack.code);
      disallow?.();
      refresh();
    }
  };
}

/** The pack for `code`, or `undefined` when no pack has that code. */
export function languagePack(code: PackCode): LanguagePack | undefined {
  return hostPacks.get(code) ?? (Object.hasOwn(BUILTIN_PACKS, code) ? BUILTIN_PACKS[code as Lang] : undefined);
}

/** The pack for `code`, falling back to English. */
export function packOrEnglish(code: PackCode | undefined): LanguagePack {
  return (code !== undefined ? languagePack(code) : undefined) ?? languagePack('en') ?? en;
}

/** Every pack in detection order (built-in ones first). */
export function languagePacks(): readonly LanguagePack[] {
  return packList;
}

/** Changes whenever a pack is registered or removed (for caches built from the packs). */
export function registryVersion(): number {
  return version;
}
