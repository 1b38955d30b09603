/**
 * Language-specific token normalisation: English contractions (with and without apostrophe, chat
 * spelling such as "u" / "ur"), Dutch clitics ("z'n", "'t") and German colloquial forms ("haste").
 * Expanded tokens keep the offsets of the word they came from.
 */
import type { Lang } from '../shared/lang.js';
import type { Token } from './sentences.js';

const EN_MAP: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['dont', ['do', 'not']],
  ['doesnt', ['does', 'not']],
  ['didnt', ['did', 'not']],
  ['isnt', ['is', 'not']],
  ['arent', ['are', 'not']],
  ['wasnt', ['was', 'not']],
  ['werent', ['were', 'not']],
  ['havent', ['have', 'not']],
  ['hasnt', ['has', 'not']],
  ['hadnt', ['had', 'not']],
  ['wont', ['will', 'not']],
  ['wouldnt', ['would', 'not']],
  ['shouldnt', ['should', 'not']],
  ['couldnt', ['could', 'not']],
  ['cant', ['can', 'not']],
  ['cannot', ['can', 'not']],
  ['mustnt', ['must', 'not']],
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ['im', ['i', 'am']],
  ['ive', ['i', 'have']],
  ['id', ['i', 'would']],
  ['youre', ['you', 'are']],
  ['youve', ['you', 'have']],
  ['youd', ['you', 'would']],
  ['thats', ['that', 'is']],
  ['whats', ['what', 'is']],
  ['u', ['you']],
  ['ya', ['you']],
  ['ur', ['your']],
  ['r', ['are']],
  ['gotta', ['have', 'to']],
  ['wanna', ['want', 'to']],
  ['gonna', ['going', 'to']],
  ['shoulda', ['should', 'have']],
  ['shoud', ['should']],
  ['shuld', ['should']],
  ['sould', ['should']],
  ['shold', ['should']],
  ['shoudl', ['should']],
  ['coud', ['could']],
  ['culd', ['could']],
  ['woud', ['would']],
  ['wuold', ['would']],
  ['wolud', ['would']],
  ['tri', ['try']],
  ['mabye', ['maybe']],
  ['maby', ['maybe']],
  ['considerd', ['considered']],
  ['tryed', ['tried']],
  ['thougt', ['thought']],
  ['coulda', ['could', 'have']],
  ['woulda', ['would', 'have']],
  ["let's", ['let', 'us']],
  ["it's", ['it', 'is']],
  ["that's", ['that', 'is']],
  ["what's", ['what', 'is']],
  ["there's", ['there', 'is']],
  ["he's", ['he', 'is']],
  ["she's", ['she', 'is']],
  ["how's", ['how', 'is']],
  ["who's", ['who', 'is']],
  ["where's", ['where', 'is']],
]);

const EN_SUFFIXES: readonly (readonly [string, string])[] = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am'],
];

const NL_MAP: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["z'n", ['zijn']],
  ["m'n", ['mijn']],
  ["d'r", ['haar']],
  ["'t", ['het']],
  ['ff', ['even']],
  ['gwoon', ['gewoon']],
  ['gewon', ['gewoon']],
  ['mischien', ['misschien']],
  ['misschein', ['misschien']],
  ['mn', ['mijn']],
  ['zn', ['zijn']],
]);

const DE_MAP: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['haste', ['hast', 'du']],
  ['hasse', ['hast', 'du']],
  ['kannste', ['kannst', 'du']],
  ['willste', ['willst', 'du']],
  ['machste', ['machst', 'du']],
  ['biste', ['bist', 'du']],
  ['solltste', ['solltest', 'du']],
  ['würd', ['würde']],
  ['nen', ['einen']],
  ['solltes', ['solltest']],
  ['soltest', ['solltest']],
  ['könntes', ['könntest']],
  ['konntest', ['könntest']],
  ['ne', ['eine']],
  ['wuerde', ['würde']],
  ['wuerdest', ['würdest']],
  ['koenntest', ['könntest']],
  ['muesstest', ['müsstest']],
  ['waere', ['wäre']],
]);

function push(out: Token[], w: string, t: Token): void {
  out.push({ w, start: t.start, end: t.end });
}

function expandEn(t: Token, out: Token[]): boolean {
  const w = t.w;
  const mapped = EN_MAP.get(w);
  if (mapped) {
    for (const m of mapped) push(out, m, t);
    return true;
  }
  const apo = w.indexOf("'");
  if (apo < 0) return false;
  if (w === "can't") return false; // handled by map
  for (const [suffix, repl] of EN_SUFFIXES) {
    if (w.endsWith(suffix) && w.length > suffix.length) {
      let base = w.slice(0, w.length - suffix.length);
      if (suffix === "n't") {
        if (base === 'ca') base = 'can';
        else if (base === 'wo') base = 'will';
        else if (base === 'sha') base = 'shall';
      }
      push(out, base, t);
      push(out, repl, t);
      return true;
    }
  }
  if (w.endsWith("'s") || w.endsWith("s'")) {
    push(out, w.slice(0, w.length - 2), t);
    return true;
  }
  return false;
}

function expandNl(t: Token, out: Token[]): boolean {
  const mapped = NL_MAP.get(t.w);
  if (mapped) {
    for (const m of mapped) push(out, m, t);
    return true;
  }
  return false;
}

function expandDe(t: Token, out: Token[]): boolean {
  const mapped = DE_MAP.get(t.w);
  if (mapped) {
    for (const m of mapped) push(out, m, t);
    return true;
  }
  const w = t.w;
  if (w.length > 3 && w.endsWith("'s")) {
    push(out, w.slice(0, w.length - 2), t);
    push(out, 'es', t);
    return true;
  }
  return false;
}

/**
 * Returns the tokens with contractions expanded for `lang`. Returns the same array when nothing
 * needed expanding (no allocation on the common path).
 */
export function expandTokens(toks: Token[], lang: Lang): Token[] {
  const expand = lang === 'en' ? expandEn : lang === 'nl' ? expandNl : expandDe;
  const map = lang === 'en' ? EN_MAP : lang === 'nl' ? NL_MAP : DE_MAP;
  let out: Token[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!out) {
      if (!map.has(t.w) && t.w.indexOf("'") < 0) continue;
      out = toks.slice(0, i);
    }
    if (!expand(t, out)) out.push(t);
  }
  return out ?? toks;
}
