import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { RuleHit } from '../../shared/span.js';
import { checkOpenQuestion } from '../../text/open-question.js';
import type { Rule } from '../types.js';

/** Options of the `open-question` rule. */
export interface OpenQuestionRuleOptions {
  /** Whether "why" (waarom / warum) questions are allowed. Default `true`. */
  allowWhy: boolean;
}

/** zod schema of {@link OpenQuestionRuleOptions}. */
export const openQuestionOptionsSchema: $ZodType<OpenQuestionRuleOptions> = z.strictObject({
  allowWhy: z._default(z.boolean(), true),
});

/**
 * `open-question`: for questions, flags closed (yes/no) questions, several questions at once and —
 * with `allowWhy: false` — "why" questions.
 */
export const openQuestionRule: Rule<OpenQuestionRuleOptions> = {
  id: 'open-question',
  target: 'contribution',
  kinds: ['question'],
  optionsSchema: openQuestionOptionsSchema,
  description: 'Flags closed questions, stacked questions and (optionally) why-questions in every registered language.',
  check(input): RuleHit[] {
    const allowWhy = input.options?.allowWhy ?? true;
    return checkOpenQuestion(input.text, { hint: input.lang, allowWhy });
  },
};
