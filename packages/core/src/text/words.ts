/** Small helpers for the word lists (lexicons) the text validators are built on. */

/** Builds a set from a whitespace-separated word list (built once, at module load). */
export function wordSet(list: string): ReadonlySet<string> {
  const set = new Set<string>();
  for (const w of list.split(/\s+/)) if (w) set.add(w);
  return set;
}

/** True when `word` ends with one of `suffixes` and is longer than the suffix (compound nouns in nl/de). */
export function endsWithAny(word: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) if (word.length >= s.length && word.endsWith(s)) return true;
  return false;
}
