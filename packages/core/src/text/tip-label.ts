/**
 * A tip announced by a short label before a colon: "Quick tip: set up Outlook rules", "Eén tip: altijd de
 * directeur in cc", "Nur so eine Idee: ein Rotationsplan", "Petite astuce : …". The label is a clause of at
 * most three words naming a tip or an idea; what follows is the tip. (The colon reaches the detectors as a
 * clause break.) A question after the label that opens with a question word ("Just an idea, but how long …?")
 * a clause that the label's noun governs ("Die Idee, dass sie kündigt, …") or a denied tip ("Pas un conseil, juste une
 * question : …") is not a tip.
 */
import { type AdviceDetector, detector } from './detector.js';
import { at, clauseEnd, findIn } from './match.js';

/** The words of {@link tipLabelDetector} in one language. */
export interface TipLabelWords {
  /** Nouns of a tip or an idea ("tip", "idea", "Tipp", "Idee", "idee", "astuce"). */
  nouns: ReadonlySet<string>;
  /** Words after the label that show it was not one: question words, complementisers ("dass", "that"). */
  notAfter: ReadonlySet<string>;
  /** Words in the label that deny a tip ("not a tip, just a question", "kein Tipp, nur eine Frage"). */
  not: ReadonlySet<string>;
}

/** Most words a label may have. */
const LABEL_WORDS = 4;

/** Builds the detector for one language. */
export function tipLabelDetector(id: string, W: TipLabelWords): AdviceDetector {
  return detector(id, ({ t, n, first, add }) => {
    const comma = clauseEnd(t, first);
    if (comma <= first || comma - first > LABEL_WORDS || comma + 2 >= n) return;
    const noun = findIn(t, W.nouns, first, comma);
    if (noun < 0 || W.notAfter.has(at(t, comma + 1)) || findIn(t, W.not, first, clauseEnd(t, comma + 1)) >= 0) return;
    add('explicit-advice', first, noun, 0.8);
  });
}
