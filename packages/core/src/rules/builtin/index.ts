import type { Rule } from '../types.js';
import { noAdviceRule } from './no-advice.js';
import { type OpenQuestionRuleOptions, openQuestionOptionsSchema, openQuestionRule } from './open-question.js';
import { sphereOfInfluenceRule } from './sphere-of-influence.js';

export { noAdviceRule, openQuestionOptionsSchema, openQuestionRule, type OpenQuestionRuleOptions, sphereOfInfluenceRule };

/** The built-in text rules: `no-advice`, `sphere-of-influence`, `open-question`. */
// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
export const builtinRules: readonly Rule<any>[] = [noAdviceRule, sphereOfInfluenceRule, openQuestionRule];
