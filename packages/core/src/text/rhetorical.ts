/**
 * Two shapes of advice without a second-person verb, built per language from its own words:
 *
 * - a negative question that names a solution or hands the task to someone else: "Isn't a transfer
 *   the obvious answer?", "Ist das nicht eher ein Job für den Hausmeister als für dich?", "Wäre eine
 *   Versetzung nicht die naheliegende Lösung?";
 * - an obligation in the passive, addressed to nobody: "The parents need to be told today.", "Die
 *   Eltern müssen heute noch informiert werden.", "De ouders moeten vandaag nog ingelicht worden."
 */
import { type AdviceDetector, detector } from './detector.js';
import { at, clauseEnd, findIn } from './match.js';

/** The words of {@link rhetoricalDetector} in one language. */
export interface RhetoricalWords {
  /** Negations ("not", "nicht", "niet", "pas"). */
  not: ReadonlySet<string>;
  /** Nouns naming a solution ("answer", "solution", "Lösung", "oplossing"). */
  solution: ReadonlySet<string>;
  /** "rather" ("rather", "eher", "eerder", "plutôt"). */
  rather: ReadonlySet<string>;
  /** Second-person object pronouns ("you", "dich", "jou", "toi"). */
  youObject: ReadonlySet<string>;
  /** Obligation modals in the third person ("must", "need", "müssen", "moeten", "doivent"). */
  must: ReadonlySet<string>;
  /** Passive auxiliaries after the modal ("be", "werden", "worden", "être"). */
  passive: ReadonlySet<string>;
  /** First- and second-person subjects: with one before the modal it is not addressed to nobody. */
  persons: ReadonlySet<string>;
  /** Question words: an obligation in a wh-clause asks what has to be done. */
  wh: ReadonlySet<string>;
}

/** Builds the detector for one language (see the module comment for the shapes). */
export function rhetoricalDetector(id: string, W: RhetoricalWords): AdviceDetector {
  return detector(id, ({ t, n, isQ, first, firstW, whStart, add }) => {
    if (isQ) {
      if (whStart) return;
      const neg = findIn(t, W.not, first, n);
      if (neg < 0) return;
      const sol = findIn(t, W.solution, first, n);
      if (sol >= 0) {
        add('wouldnt-it-be-better', first, sol, 0.75);
        return;
      }
      const rather = findIn(t, W.rather, first, n);
      if (rather >= 0 && findIn(t, W.youObject, rather + 1, rather + 10) >= 0) add('wouldnt-it-be-better', first, rather, 0.75);
      return;
    }
    if (W.wh.has(firstW)) return;
    const m = findIn(t, W.must, first, n);
    if (m < 0 || findIn(t, W.persons, first, m) >= 0) return;
    const end = clauseEnd(t, m);
    const p = findIn(t, W.passive, m + 1, end);
    // the passive auxiliary follows the modal ("need to be told") or closes the clause ("informiert werden")
    if (p >= 0 && findIn(t, W.persons, m + 1, p) < 0 && at(t, m - 1) !== ',') add('impersonal-suggestion', m, p, 0.75);
  });
}
