/**
 * A condition whose consequent is a benefit: "If you blocked Friday afternoons, the backlog would be gone
 * in a month", "Als je de adjunct de briefing laat doen, heb je je ochtenden terug", "Würdest du die
 * Termine bündeln, hättest du mehr Luft". The remedy is the condition, the promise the consequent. Only
 * statements count ("if you did that, would you have time back?" asks), and never a condition about the
 * speaker ("if I had more time, the stress would go" is a wish).
 */
import { type AdviceDetector, detector } from './detector.js';
import { at, findIn, MAX_SCAN } from './match.js';

/** The words of {@link benefitConditionalDetector} in one language. */
export interface BenefitWords {
  /** Conditional conjunctions ("if", "als", "wenn", "si"). */
  if: ReadonlySet<string>;
  /** Verbs that open a verb-first condition ("würdest", "würden", "had", "zou"); empty where the language has none. */
  conditionVerbs: ReadonlySet<string>;
  /** First-person subject pronouns: a condition about the speaker is a wish, not a remedy. */
  me: ReadonlySet<string>;
  /** Words of a benefit in the consequent ("gone", "back", "weg", "terug", "Ruhe", "moins"). */
  benefit: ReadonlySet<string>;
}

/** Builds the detector for one language. */
export function benefitConditionalDetector(id: string, W: BenefitWords): AdviceDetector {
  return detector(id, ({ isQ, t, first, add }) => {
    if (isQ) return;
    const w = at(t, first);
    if (!W.if.has(w) && !W.conditionVerbs.has(w)) return;
    const n = Math.min(t.length, first + MAX_SCAN);
    const comma = findIn(t, COMMA, first + 2, n);
    if (comma < 0 || findIn(t, W.me, first + 1, comma) >= 0) return;
    const benefit = findIn(t, W.benefit, comma + 1, n);
    if (benefit >= 0) add('what-if-you-just', first, benefit, 0.7);
  });
}

const COMMA: ReadonlySet<string> = new Set([',']);
