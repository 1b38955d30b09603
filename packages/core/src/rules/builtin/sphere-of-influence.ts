import * as z from 'zod/mini';
import type { RuleHit } from '../../shared/span.js';
import { message } from '../../text/messages.js';
import { assessSphereOfInfluence, OUTSIDE_REASONS } from '../../text/sphere.js';
import type { Rule } from '../types.js';

/**
 * `sphere-of-influence`: flags topics that aim to change other people, management, the organisation,
 * policy or the past instead of what the introducer can do, think, feel or decide. The hit carries a
 * reframed topic as `suggestion`.
 */
export const sphereOfInfluenceRule: Rule = {
  id: 'sphere-of-influence',
  optionsSchema: z.strictObject({}),
  target: 'topic',
  description: 'Flags topics outside the introducer’s sphere of influence (changing others, management, policy, the past) in every registered language.',
  check(input): RuleHit[] {
    const r = assessSphereOfInfluence(input.text, { hint: input.lang });
    if (r.inside) return [];
    const first = r.reasons.find((x) => OUTSIDE_REASONS.includes(x.reason));
    const key = `sphere-of-influence.${first ? first.reason : 'others-subject'}`;
    const hit: RuleHit = { messageKey: key, message: message(key, r.lang), confidence: r.confidence };
    if (first) hit.span = first.span;
    if (r.suggestion !== undefined) hit.suggestion = r.suggestion;
    return [hit];
  },
};
