/**
 * A remedy offered as the subject of a hedged modal: "A short walk might help", "Maybe a fixed
 * break would help you?", "Een vaste pauze zou kunnen helpen", "Vielleicht würde dir ein Spaziergang
 * helfen?". The shape is the same in every language — an article-led noun phrase, a modal (would /
 * could / might …) and a verb of helping or working — so one detector serves every pack, built from
 * the pack's words; "what would help you?" (a question word), "it / that would help" (no remedy named)
 * and unhedged questions ("would a colleague help you?") stay out.
 */
import { type AdviceDetector, detector } from './detector.js';
import { at, findIn, MAX_SCAN } from './match.js';

/** The words a pack gives the remedy detector. */
export interface RemedyLexicon {
  /** Articles and quantifiers that open a noun phrase naming a remedy. */
  articles: ReadonlySet<string>;
  /** Hedging modals. */
  modals: ReadonlySet<string>;
  /** Verbs of helping or working. */
  help: ReadonlySet<string>;
  /** Question words: a sentence that starts with one asks, it does not propose. */
  wh: ReadonlySet<string>;
  /** Hedges that turn a question into an offer ("maybe a walk would help?"). */
  hedges: ReadonlySet<string>;
}

/** The remedy detector for one language, named `id`. */
export function remedyDetector(id: string, L: RemedyLexicon): AdviceDetector {
  return detector(id, ({ s, t, add }) => {
    const n = Math.min(t.length, MAX_SCAN);
    if (n < 3 || L.wh.has(at(t, 0)) || L.wh.has(at(t, 1))) return;
    const help = findIn(t, L.help, 1, n);
    if (help < 0) return;
    const modal = findIn(t, L.modals, 0, help);
    const article = findIn(t, L.articles, 0, help);
    if (modal < 0 || article < 0) return;
    // A question proposes only when hedged ("maybe a walk would help?"); "would a colleague help you?" and
    // "is there someone who could help?" ask about facts and resources.
    if (s.term === '?' ? !L.hedges.has(at(t, 0)) : !(article < modal)) return;
    add('impersonal-suggestion', Math.min(modal, article), help, 0.75);
  });
}
