const segmenters = new Map<string, Intl.Segmenter>();

/** Counts the words of a text as the language segments them (`Intl.Segmenter`), so “don’t” and “z’n” count once. */
export function countWords(text: string, lang: string): number {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
