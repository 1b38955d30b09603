import { describe, expect, it } from 'vitest';
import { type Phase, PhaseSchema } from '../method/schema.js';
import { afterContribution, initialTurn, isOutOfTurn, turnRefusal } from './turns.js';

const phase = (set: Partial<Record<keyof Phase, unknown>>): Phase =>
  PhaseSchema.parse({ id: 'p', kind: 'consultation', name: { en: 'P' }, instructions: { en: 'P' }, contributionKinds: ['idea', 'note'], ...set });

describe('outOfTurn kinds', () => {
  it('take no turn in one-per-turn: the scribe writes two notes in a row, and the last speaker stays the last', () => {
    const p = phase({ turnPolicy: 'one-per-turn', outOfTurn: ['note'] });
    const turn = initialTurn(['ann', 'sam']);
    afterContribution(p, turn, 'ann', 'idea', 1);
    expect(turnRefusal(p, turn, 'sam', 'note', false)).toBeNull();
    afterContribution(p, turn, 'sam', 'note', 1);
    expect(turnRefusal(p, turn, 'sam', 'note', false)).toBeNull();
    afterContribution(p, turn, 'sam', 'note', 2);
    expect(turn.lastBy).toBe('ann');
    expect(turnRefusal(p, turn, 'ann', 'idea', false)).toBe('not-your-turn');
  });

  it('take no turn in round-robin and do not move it on', () => {
    const p = phase({ turnPolicy: 'round-robin', outOfTurn: ['note'] });
    const turn = initialTurn(['ann', 'sam']);
    expect(turnRefusal(p, turn, 'sam', 'note', false)).toBeNull();
    afterContribution(p, turn, 'sam', 'note', 1);
    expect(turn.index).toBe(0);
    expect(turnRefusal(p, turn, 'sam', 'idea', false)).toBe('not-your-turn');
  });

  it('still take a turn where the phase does not list them (published methods replay as they were written)', () => {
    const p = phase({ turnPolicy: 'one-per-turn' });
    const turn = initialTurn(['ann', 'sam']);
    afterContribution(p, turn, 'sam', 'note', 1);
    expect(turnRefusal(p, turn, 'sam', 'note', false)).toBe('not-your-turn');
    expect(isOutOfTurn(p, 'answer')).toBe(true);
  });

  it('do not escape a written round', () => {
    const p = phase({ turnPolicy: 'written-then-revealed', outOfTurn: ['note'] });
    expect(isOutOfTurn(p, 'note')).toBe(false);
  });
});
