/**
 * The language-pack registry. English is always there (it is the fallback of every text the SDK
 * writes); every other language is registered by the app that needs it, so a bundle carries only the
 * packs it imports:
 *
 * ```ts
 * import { registerLanguagePack } from '@intervision/core';
 * import { nl } from '@intervision/core/lang/nl';
 * registerLanguagePack(nl);
 * ```
 *
 * `Lang` (in `shared/lang.ts`) lists the built-in codes; `lang/all` maps each to its pack (the mapped
 * type there makes the compiler name a missing pack when a code is added).
 */
import { IntervisionError } from '../errors/base.js';
import { allowLangCode, isLang, LANGS } from '../shared/lang.js';
import { en } from './lang/en/index.js';
import type { LanguagePack, PackCode } from './pack.js';

/** The registry's state: packs by code (English first), the detection-ordered list, and a change counter. */
interface RegistryState {
  packs: Map<string, LanguagePack>;
  list: readonly LanguagePack[];
  version: number;
}

/**
 * One registry per process, shared by every copy of the package (an app that `import`s the SDK while a
 * dependency `require`s it loads both builds; a pack registered through one is seen by the other).
 */
const REGISTRY_KEY = Symbol.for('@intervision/core/language-packs');
const shared = globalThis as Record<symbol, RegistryState | undefined>;
shared[REGISTRY_KEY] ??= { packs: new Map([['en', en]]), list: [en], version: 0 };
const state: RegistryState = shared[REGISTRY_KEY];
const packs = state.packs;

/** Built-in languages first, in {@link LANGS} order (detection breaks ties by this order), then hosts' packs as registered. */
function refresh(): void {
  const builtin = LANGS.flatMap((code) => packs.get(code) ?? []);
  state.list = [...builtin, ...[...packs.values()].filter((pack) => !isLang(pack.code))];
  state.version++;
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

function validCode(pack: LanguagePack): string {
  const code: unknown = pack?.code;
  if (typeof code !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(code))
    throw new LanguagePackError(String(code), 'the code must be a lower-case language code such as "fr" or "pt-br"');
  return code;
}

/**
 * Registers language packs: a built-in one (`import { nl } from '@intervision/core/lang/nl'`), a
 * host app's own language, or a replacement for a registered one. From then on the text validators
 * judge texts in `pack.code`, language detection considers it, and sessions may run in it. Returns a
 * function that restores the registry as it was before this call.
 */
export function registerLanguagePack(...added: LanguagePack[]): () => void {
  const codes = added.map(validCode);
  const previous = codes.map((code) => [code, packs.get(code)] as const);
  const disallow: (() => void)[] = [];
  added.forEach((pack, i) => {
    const code = codes[i]!;
    if (!isLang(code) && !packs.has(code)) disallow.push(allowLangCode(code));
    packs.set(code, pack);
  });
  refresh();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const [code, before] of previous.reverse()) {
      if (!added.includes(packs.get(code)!)) continue;
      // English is always registered, so it always has a pack to go back to.
      if (before) packs.set(code, before);
      else packs.delete(code);
    }
    for (const undo of disallow) undo();
    refresh();
  };
}

/** The registered pack for `code`, or `undefined` when none has that code. */
export function languagePack(code: PackCode): LanguagePack | undefined {
  return packs.get(code);
}

/** The pack for `code`, falling back to English. */
export function packOrEnglish(code: PackCode | undefined): LanguagePack {
  return (code !== undefined ? packs.get(code) : undefined) ?? packs.get('en') ?? en;
}

/** Every registered pack in detection order (the built-in languages in {@link LANGS} order, then the host's). */
export function languagePacks(): readonly LanguagePack[] {
  return state.list;
}

/** Changes whenever a pack is registered or removed (for caches built from the packs). */
export function registryVersion(): number {
  return state.version;
}
