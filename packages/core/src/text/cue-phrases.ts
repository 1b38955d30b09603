/**
 * Fixed openings that make a sentence advice whatever follows, per language: rhetorical remedies ("what's
 * stopping you from …", "wat houdt je tegen om …", "was hält dich davon ab …"), tips and rules of thumb
 * ("rule of thumb: …", "vuistregel: …", "Stichwort: …"), experience offered as the answer ("what helped
 * me was …", "wat mij hielp …", "was mir geholfen hat …") and superlative praise of a remedy ("nothing
 * beats …", "er gaat niks boven …", "geht nichts über …"). A pack lists its phrases as normalised words
 * in order; gaps of a few words are allowed ("was hält dich eigentlich davon ab").
 */
import type { AdvicePattern } from './advice-types.js';
import { type AdviceDetector, detector } from './detector.js';
import { findIn, MAX_SCAN, phraseAt } from './match.js';

/**
 * One opening: the pattern it reports, its words in order, and whether a suggestion marker ("just",
 * "gewoon", "einfach", "simplement") must follow: "what's stopping you from simply asking?" proposes,
 * "what's stopping you from sleeping?" asks.
 */
export type CuePhrase = readonly [pattern: AdvicePattern, words: string, needsMarker?: boolean];

/** How many tokens into the sentence (after leading fillers) an opening may start ("Eerlijk gezegd, …"). */
const START_SLACK = 3;

/** The cue-phrase detector for one language, named `id`. */
export function cuePhraseDetector(id: string, phrases: readonly CuePhrase[], markers: ReadonlySet<string>): AdviceDetector {
  // by first word, so that a sentence start costs one map look-up per position
  const byFirst = new Map<string, { pattern: AdvicePattern; words: string[]; needsMarker: boolean }[]>();
  for (const [pattern, text, needsMarker] of phrases) {
    const words = text.split(' ').filter(Boolean);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ pattern, words, needsMarker: needsMarker === true });
    byFirst.set(words[0]!, list);
  }
  return detector(id, ({ t, first, add }) => {
    const end = Math.min(t.length, first + START_SLACK);
    for (let a = first; a < end; a++) {
      const list = byFirst.get(t[a]!.w);
      if (!list) continue;
      for (const p of list)
        if (phraseAt(t, a, p.words) && (!p.needsMarker || findIn(t, markers, a + p.words.length, Math.min(t.length, MAX_SCAN)) >= 0)) {
          add(p.pattern, a, Math.min(t.length - 1, a + p.words.length - 1), 0.75);
          return;
        }
    }
  });
}
