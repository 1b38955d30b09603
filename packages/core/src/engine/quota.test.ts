import { describe, expect, it } from 'vitest';
import { type Phase, PhaseSchema } from '../method/schema.js';
import { dict } from '../shared/safe-map.js';
import { initialContext } from './context.js';
import { maxFor, quotaTotal, underQuota } from './quota.js';

const phase = (quota: Record<string, unknown>): Phase =>
  PhaseSchema.parse({ id: 'p', kind: 'clarification', name: { en: 'P' }, instructions: { en: 'P' }, contributionKinds: ['question'], quota });

const ctx = initialContext({
  type: 'created',
  seq: 0,
  at: 0,
  sessionId: 's',
  tenantId: 't',
  method: { id: 'm', version: '1.0.0' },
  participants: [
    { id: 'mo', roles: ['facilitator'] },
    { id: 'ann', roles: ['peer'] },
    { id: 'sam', roles: ['peer', 'scribe'] },
    { id: 'ian', roles: ['introducer'] },
  ],
  lang: 'en',
  carriedActions: [],
});

describe('quota per role', () => {
  it('limits and counts only the quota’s roles', () => {
    const p = phase({ total: 3, roles: ['peer', 'scribe'] });
    expect(underQuota(p, ctx, 'ann')).toBe(true);
    expect(underQuota(p, ctx, 'mo')).toBe(false);
    const counts = Object.assign(dict<number>(), { mo: 5, ann: 1, '~pseudo': 1 });
    expect(quotaTotal(p, ctx, counts, (by) => (by === '~pseudo' ? 'sam' : by))).toBe(2);
    expect(quotaTotal(phase({ total: 3 }), ctx, counts, (by) => by)).toBe(7);
  });

  it('takes the largest perRole limit of the roles held, else max', () => {
    const p = phase({ max: 1, perRole: { scribe: 4, facilitator: 2 } });
    expect(maxFor(p, ctx, 'ann')).toBe(1);
    expect(maxFor(p, ctx, 'sam')).toBe(4);
    expect(maxFor(p, ctx, 'mo')).toBe(2);
    expect(maxFor(phase({ perRole: { scribe: 4 } }), ctx, 'ann')).toBeUndefined();
    expect(maxFor(phase({ max: 2, roles: ['peer'] }), ctx, 'mo')).toBeUndefined();
  });

  it('reads perRole without Object.prototype: a role named like a prototype key is no limit', () => {
    expect(maxFor(phase({ max: 1 }), ctx, 'ann')).toBe(1);
    expect(maxFor(phase({ max: 1, perRole: { constructor: 9 } }), ctx, 'ann')).toBe(1);
  });
});
