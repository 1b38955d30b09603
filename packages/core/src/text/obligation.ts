/**
 * An obligation laid on someone else in the conditional ("counterfactual") mood: "Honestly, the hotel
 * ought to pay for your taxi", "Eigentlich müsste das die Teamleitung machen", "Zou de afdelingsleider niet
 * degene moeten zijn die …?", "Ce serait à la direction de … / La direction devrait …". It proposes who
 * should act, so it is advice whoever the subject is. Statements and negative questions count; a plain
 * question ("Should your manager know?") asks, a question word asks what should happen, and a first-person
 * subject ("I should have …") talks about the speaker.
 */
import { type AdviceDetector, detector } from './detector.js';
import { at, findIn, MAX_SCAN } from './match.js';

/** The words of {@link obligationDetector} in one language. */
export interface ObligationWords {
  /** Conditional obligation modals on their own ("should", "ought", "müsste", "sollte", "devrait"). */
  modals: ReadonlySet<string>;
  /** A modal that counts only with a second word later in the clause: "zou … moeten", "hoort … te". */
  pairs: ReadonlyMap<string, ReadonlySet<string>>;
  /** First-person subject pronouns. */
  me: ReadonlySet<string>;
  /** Negations: a question carries the obligation only when negative. */
  not: ReadonlySet<string>;
  /** Question words. */
  wh: ReadonlySet<string>;
}

/** How far the second word of a pair may follow its modal. */
const PAIR_WINDOW = 10;

/** Builds the detector for one language. */
export function obligationDetector(id: string, W: ObligationWords): AdviceDetector {
  return detector(id, ({ t, isQ, first, add }) => {
    if (W.wh.has(at(t, first))) return;
    const n = Math.min(t.length, MAX_SCAN);
    if (findIn(t, W.me, 0, n) >= 0) return;
    if (isQ && findIn(t, W.not, 0, n) < 0) return;
    for (let i = 0; i < n; i++) {
      const w = t[i]!.w;
      if (W.modals.has(w)) {
        add('modal-suggestion', i, i, 0.7);
        return;
      }
      const second = W.pairs.get(w);
      const j = second ? findIn(t, second, i + 1, Math.min(n, i + PAIR_WINDOW)) : -1;
      if (j >= 0) {
        add('modal-suggestion', i, j, 0.7);
        return;
      }
    }
  });
}
