/** Types shared by the advice detector and its per-language grammars. */
import type { Span } from '../shared/span.js';

/** The grammatical pattern that made a sentence advice. */
export type AdvicePattern =
  | 'imperative'
  | 'modal-suggestion'
  | 'have-you-tried'
  | 'why-dont-you'
  | 'wouldnt-it-be-better'
  | 'isnt-it-time'
  | 'if-i-were-you'
  | 'first-person-would'
  | 'own-experience'
  | 'what-if-you-just'
  | 'dont-you-think'
  | 'could-you-not'
  | 'explicit-advice'
  | 'impersonal-suggestion'
  | 'suggestion';

/** Every {@link AdvicePattern}, for message tables and tests. */
export const ADVICE_PATTERNS: readonly AdvicePattern[] = [
  'imperative',
  'modal-suggestion',
  'have-you-tried',
  'why-dont-you',
  'wouldnt-it-be-better',
  'isnt-it-time',
  'if-i-were-you',
  'first-person-would',
  'own-experience',
  'what-if-you-just',
  'dont-you-think',
  'could-you-not',
  'explicit-advice',
  'impersonal-suggestion',
  'suggestion',
];

/** Why a contribution was judged advice: which pattern, where. */
export interface AdviceReason {
  /** The pattern found. */
  pattern: AdvicePattern;
  /** Character span of the trigger in the original text. */
  span: Span;
  /** Index of the sentence (0-based) the trigger is in. */
  sentence?: number;
  /** How sure this single pattern is, 0..1. */
  confidence: number;
  /** The detector that found it (`<lang>.<name>`, e.g. `en.have-you-tried`). */
  detector?: string;
  /** Set when the contribution-level framing pass lowered this finding below the threshold, and why. */
  framedBy?: FramingRule;
}

/**
 * Why the framing pass (`text/framing.ts`) lowered a finding: a conversational imperative before a
 * question (`talk`), the back-off on a statement framing a later question, a paraphrase followed by a
 * confirmation question (`check`), empathy ("in your place I'd be angry too"), an assurance ("you
 * should know …").
 */
export type FramingRule = 'talk' | 'statement-before-question' | 'check' | 'empathy' | 'assurance';
