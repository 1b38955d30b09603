import { describe, expect, it } from 'vitest';
import { planOf } from '../method/plan.js';
import { methods } from '../methods/index.js';
import { initialContext } from './context.js';
import { nextPhaseId, skipsPhase } from './evolve.js';

const plan = planOf(methods['kollegiale-beratung']);
const fresh = () =>
  initialContext({
    type: 'created',
    seq: 0,
    at: 0,
    sessionId: 's',
    tenantId: 't',
    method: { id: 'kollegiale-beratung', version: '1.2.0' },
    participants: [{ id: 'mo', roles: ['facilitator'] }],
    lang: 'en',
    carriedActions: [],
  });

describe('where the session goes next', () => {
  it('from the end of a module to the next chosen module, else past the choice', () => {
    const ctx = fresh();
    expect(nextPhaseId(plan, ctx, 'hypotheses')).toBe('closing');
    ctx.chosenModules['method-choice'] = ['hypotheses', 'good-advice'];
    expect(nextPhaseId(plan, ctx, 'hypotheses')).toBe('good-advice');
    expect(nextPhaseId(plan, ctx, 'good-advice')).toBe('closing');
    ctx.chosenModules['method-choice'] = ['reverse-brainstorming', 'hypotheses'];
    expect(nextPhaseId(plan, ctx, 'make-it-worse')).toBe('turn-around');
    expect(nextPhaseId(plan, ctx, 'turn-around')).toBe('hypotheses');
    expect(nextPhaseId(plan, ctx, 'unknown')).toBeNull();
  });

  it('skips an opt-in phase unless someone opted in', () => {
    const ctx = fresh();
    expect(skipsPhase(plan, ctx, 'turn-around')).toBe(true);
    ctx.optIns['turn-around'] = false;
    expect(skipsPhase(plan, ctx, 'turn-around')).toBe(true);
    ctx.optIns['turn-around'] = true;
    expect(skipsPhase(plan, ctx, 'turn-around')).toBe(false);
    expect(skipsPhase(plan, ctx, 'closing')).toBe(false);
  });
});
