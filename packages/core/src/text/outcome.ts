/**
 * Own experience offered as the answer, told as a story with an outcome: "I just swapped shifts back then and
 * it's been quiet ever since", "Als ich in der Drogerie gearbeitet habe, hat uns eine Checkliste extrem
 * geholfen", "In mijn ervaring doet een coach hier wonderen". A statement (never a question) in which the
 * speaker (or the speaker's team) appears and an outcome word says that something worked.
 */
import { type AdviceDetector, detector } from './detector.js';
import { findIn } from './match.js';

/** The words of {@link outcomeDetector} in one language. */
export interface OutcomeWords {
  /** The speaker and the speaker's side ("I", "we", "us", "my", "ich", "uns", "mijn"). */
  me: ReadonlySet<string>;
  /** Words saying that something worked ("helped", "wonders", "solved", "geholfen", "seitdem", "sindsdien"). */
  outcome: ReadonlySet<string>;
  /** Words that make the sentence about a failure or a doubt instead ("not", "nicht", "niet", "never"). */
  not: ReadonlySet<string>;
}

/** Builds the detector for one language. */
export function outcomeDetector(id: string, W: OutcomeWords): AdviceDetector {
  return detector(id, ({ t, n, isQ, add }) => {
    if (isQ) return;
    const outcome = findIn(t, W.outcome, 0, n);
    if (outcome < 0 || findIn(t, W.not, 0, n) >= 0) return;
    const me = findIn(t, W.me, 0, n);
    if (me < 0) return;
    add('own-experience', Math.min(me, outcome), Math.max(me, outcome), 0.75);
  });
}
