/**
 * Token normalisation through the language pack: contractions, clitics, elision and chat spelling are
 * expanded by the pack's `normalise`; expanded tokens keep the offsets of the word they came from.
 */
import type { LanguagePack } from './pack.js';
import type { Token } from './sentences.js';

/**
 * Returns the tokens with contractions expanded by `pack`. Returns the same array when nothing
 * needed expanding (no allocation on the common path).
 */
export function expandTokens(toks: Token[], pack: LanguagePack): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const words = t.w === ',' ? undefined : pack.normalise(t.w);
    if (!words) {
      out?.push(t);
      continue;
    }
    out ??= toks.slice(0, i);
    for (const w of words) out.push({ w, start: t.start, end: t.end });
  }
  return out ?? toks;
}
