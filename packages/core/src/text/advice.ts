/**
 * `detectAdvice`: is a clarification-round contribution advice (in any sentence) or a genuine
 * clarifying question? Runs the advice detectors of the text's language pack (`lang/<code>/advice.ts`).
 */
import type { AdvicePattern, AdviceReason } from './advice-types.js';
import { analyse } from './analysis.js';
import { runDetectors } from './detector.js';
import { applyFraming } from './framing.js';
import { suggestionText } from './messages.js';
import type { PackCode } from './pack.js';
import { clauseTails } from './tails.js';

export type { AdvicePattern, AdviceReason, FramingRule } from './advice-types.js';
export { ADVICE_PATTERNS } from './advice-types.js';

/** Options of {@link detectAdvice}. */
export interface DetectAdviceOptions {
  /** Language of the text; detected when omitted. */
  lang?: PackCode;
  /** Session language used as a hint: the text's own language wins when it clearly differs. */
  hint?: PackCode;
  /**
   * Whether the statistical back-off of the pack may flag what no grammar detector found (default
   * `true`). It was trained on clarification-round contributions: turn it off for statements of other
   * kinds (feelings, hypotheses, reflections).
   */
  backoff?: boolean;
}

/** Result of {@link detectAdvice}. */
export interface AdviceResult {
  /** Whether any sentence of the contribution is advice. */
  isAdvice: boolean;
  /** How sure the verdict is, 0..1 (for `isAdvice: false`, how sure it is not advice). */
  confidence: number;
  /** The patterns found, in text order. Empty when the contribution is not advice. */
  reasons: AdviceReason[];
  /** An open-question rewording in the same language, when advice was found. */
  suggestion?: string;
  /** The language the contribution was judged in. */
  lang: PackCode;
}

/** Below this confidence a pattern is reported in `reasons` but does not make the text advice. */
export const ADVICE_THRESHOLD = 0.5;

function suggestionKey(p: AdvicePattern): string {
  if (p === 'have-you-tried') return 'advice.tried';
  if (p === 'dont-you-think') return 'advice.view';
  if (p === 'own-experience') return 'advice.experience';
  return 'advice.default';
}

/**
 * Judges whether `text` gives advice: an imperative, a modal suggestion ("you should …"), a
 * suggestion packaged as a question ("have you tried …?", "why don't you just …?"), a statement of
 * what the speaker would do or did, … in English, Dutch or German. Never throws; linear in the
 * length of the text.
 */
export function detectAdvice(text: string, options: DetectAdviceOptions = {}): AdviceResult {
  const a = analyse(typeof text === 'string' ? text : String(text ?? ''), options);
  const found: AdviceReason[] = [];
  const backoff = options.backoff !== false;
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i]!;
    const before = found.length;
    runDetectors(a.pack.advice, a.pack.start, s, i, found, backoff);
    // the back-off reads a tail only where the whole sentence gave no finding (no second reason for one sentence)
    let flagged = false;
    for (let k = before; k < found.length; k++) if (found[k]!.confidence >= ADVICE_THRESHOLD) flagged = true;
    for (const tail of clauseTails(a.text, s, a.pack.start.but, a.pack.start.after))
      runDetectors(a.pack.advice, a.pack.start, tail, i, found, backoff && !flagged);
  }
  applyFraming(found, a.sentences, a.pack.framing);
  let best: AdviceReason | undefined;
  for (const r of found) if (!best || r.confidence > best.confidence) best = r;
  if (!best || best.confidence < ADVICE_THRESHOLD) {
    return { isAdvice: false, confidence: best ? 1 - best.confidence : 0.8, reasons: [], lang: a.lang };
  }
  found.sort((x, y) => x.span.start - y.span.start || y.confidence - x.confidence);
  // one reason per sentence and pattern
  const reasons: AdviceReason[] = [];
  for (const r of found) {
    if (r.confidence < ADVICE_THRESHOLD) continue;
    if (reasons.some((q) => q.sentence === r.sentence && q.pattern === r.pattern)) continue;
    reasons.push(r);
  }
  return {
    isAdvice: true,
    confidence: best.confidence,
    reasons,
    suggestion: suggestionText(suggestionKey(best.pattern), a.lang),
    lang: a.lang,
  };
}
