import type { Rule } from '../types.js';
import { noAdviceRule } from './no-advice.js';
import { type OpenQuestionRuleOptions, openQuestionOptionsSchema, openQuestionRule } from './open-question.js';
import { sphereOfInfluenceRule } from './sphere-of-influence.js';

export { noAdviceRule, type OpenQuestionRuleOptions, openQuestionOptionsSchema, openQuestionRule, sphereOfInfluenceRule };

/** The built-in text rules: `no-advice`, `sphere-of-influence`, `open-question`. */
export const builtinRules: readonly Rule<any>[] = [noAdviceRule, sphereOfInfluenceRule, openQuestionRule];
