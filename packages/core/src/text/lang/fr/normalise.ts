/**
 * French normalisation: elision ("l'équipe" → le équipe, "qu'est-ce" → que est ce, "t'as" → tu as),
 * pronouns joined to an inverted or imperative verb ("peux-tu" → peux tu, "a-t-il" → a il,
 * "demande-lui" → demande lui) and chat spelling ("pk", "chui").
 */

/** Elided words and what they stand for ("j'" → je). */
const ELISION: ReadonlyMap<string, string> = new Map([
  ['l', 'le'],
  ['d', 'de'],
  ['j', 'je'],
  ['qu', 'que'],
  ['n', 'ne'],
  ['s', 'se'],
  ['c', 'ce'],
  ['m', 'me'],
  ['t', 'te'],
  ['jusqu', 'jusque'],
  ['lorsqu', 'lorsque'],
  ['puisqu', 'puisque'],
  ['quoiqu', 'quoique'],
]);

/** Pronouns that can follow a verb after a hyphen ("peux-tu", "dis-moi", "vas-y"). */
const CLITICS = new Set(['tu', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'ce', 'je', 'nous', 'lui', 'leur', 'moi', 'toi', 'le', 'la', 'les', 'en', 'y', 't']);

/** Hyphenated words that stay whole although their last part looks like a pronoun. */
const KEEP = new Set(['rendez-vous', 'vis-à-vis', 'c-à-d']);

/** Whole words that stand for others (chat spelling, colloquial elision). */
const WORDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['pk', ['pourquoi']],
  ['pq', ['pourquoi']],
  ['pkoi', ['pourquoi']],
  ['chui', ['je', 'suis']],
  ['jsuis', ['je', 'suis']],
  ["t'as", ['tu', 'as']],
  ["t'es", ['tu', 'es']],
  ["t'avais", ['tu', 'avais']],
  ["t'étais", ['tu', 'étais']],
  ["s'il", ['si', 'il']],
  ["s'ils", ['si', 'ils']],
  ['tkt', ['ne', 'te', 'inquiète', 'pas']],
  ['stp', ['s', 'il', 'te', 'plaît']],
  ['svp', ['s', 'il', 'vous', 'plaît']],
  ['collegue', ['collègue']],
  ['colegue', ['collègue']],
  ['probleme', ['problème']],
  ['deja', ['déjà']],
]);

/** Splits "peux-tu", "a-t-il", "dis-m'en" into verb and pronouns; `undefined` when the word is not such a form. */
function splitClitics(w: string): string[] | undefined {
  if (w.indexOf('-') < 0 || KEEP.has(w)) return undefined;
  const parts = w.split('-');
  let cut = parts.length;
  while (cut > 1) {
    const p = parts[cut - 1]!;
    const bare = p.endsWith("'en") ? p.slice(0, -3) : p;
    if (!CLITICS.has(p) && !(bare === 'm' || bare === 't')) break;
    cut--;
  }
  if (cut === parts.length) return undefined;
  const out = [parts.slice(0, cut).join('-')];
  for (const p of parts.slice(cut)) {
    if (p === 't') continue; // the euphonic t of "a-t-il"
    if (p.endsWith("'en")) out.push(p === "m'en" ? 'me' : 'te', 'en');
    else out.push(p);
  }
  return out;
}

/** The words a French token stands for, or `undefined` when it stands for itself. */
export function normaliseFr(w: string): readonly string[] | undefined {
  const whole = WORDS.get(w);
  if (whole) return whole;
  const apo = w.indexOf("'");
  if (apo > 0 && apo < w.length - 1) {
    const head = ELISION.get(w.slice(0, apo));
    if (head) {
      const rest = w.slice(apo + 1);
      return [head, ...(normaliseFr(rest) ?? [rest])];
    }
  }
  return splitClitics(w);
}
