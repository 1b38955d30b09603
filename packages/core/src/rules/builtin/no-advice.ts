import * as z from 'zod/mini';
import type { RuleHit } from '../../shared/span.js';
import { detectAdvice } from '../../text/advice.js';
import { message } from '../../text/messages.js';
import type { Rule } from '../types.js';

/**
 * `no-advice`: flags contributions that give advice (imperatives, "you should …", "have you tried …?",
 * "if I were you …", …). Checks every contribution kind but answers (an introducer's answer about their own
 * situation is not advice); methods enable it where advice is not allowed,
 * typically in the clarification round. Judges the text in its own language when that clearly
 * differs from the session language.
 */
export const noAdviceRule: Rule = {
  id: 'no-advice',
  optionsSchema: z.strictObject({}),
  target: 'contribution',
  description: 'Flags advice (imperatives, modal suggestions, suggestions phrased as questions, "I would …") in every registered language.',
  check(input): RuleHit[] {
    // The introducer's answers describe their own situation ("I would rather not …"); they are not advice.
    if (input.kind === 'answer') return [];
    // the statistical back-off knows the clarification round only: questions, not feelings or hypotheses
    const r = detectAdvice(input.text, { hint: input.lang, backoff: input.kind === 'question' });
    if (!r.isAdvice) return [];
    return r.reasons.map((reason) => {
      const key = `no-advice.${reason.pattern}`;
      const hit: RuleHit = {
        messageKey: key,
        message: message(key, r.lang),
        span: reason.span,
        confidence: reason.confidence,
      };
      if (r.suggestion !== undefined) hit.suggestion = r.suggestion;
      return hit;
    });
  },
};
