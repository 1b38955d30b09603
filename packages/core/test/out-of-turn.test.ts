import { describe, expect, it } from 'vitest';
import { createManualClock, createSession, defineMethod, parseMethod, restoreSession } from '../src/index.js';

const method = defineMethod({
  id: 'scribed-round',
  extends: 'generic-four-phase',
  name: { en: 'Scribed round' },
  roles: [
    { id: 'introducer', name: { en: 'Introducer' }, min: 1, max: 1 },
    { id: 'facilitator', name: { en: 'Facilitator' }, min: 1, max: 1 },
    { id: 'peer', name: { en: 'Peer' }, min: 2 },
    { id: 'scribe', name: { en: 'Scribe' }, min: 1, max: 1 },
  ],
  changes: [
    {
      op: 'update',
      phase: 'clarification',
      set: {
        speakers: ['peer', 'scribe'],
        contributionKinds: ['question', 'answer', 'summary', 'perception', 'note'],
        kindRoles: { note: ['scribe'] },
        turnPolicy: 'one-per-turn',
        outOfTurn: ['note'],
      },
    },
  ],
});

const people = [
  { id: 'fay', role: 'facilitator' },
  { id: 'ian', role: 'introducer' },
  { id: 'pia', role: 'peer' },
  { id: 'paul', role: 'peer' },
  { id: 'sam', role: ['peer', 'scribe'] },
];

describe('a note outside the turn order (outOfTurn)', () => {
  it('lets the scribe write notes in a row without taking or giving a turn, and replays', async () => {
    const session = await createSession(method, { participants: people, clock: createManualClock() });
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I keep my evenings free?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    const ask = (by: string) => session.send({ type: 'contribute', by, kind: 'question', text: 'What happened then?' });
    const note = (text: string) => session.send({ type: 'contribute', by: 'sam', kind: 'note', text });
    expect((await ask('pia')).ok).toBe(true);
    expect((await note('Pia asked about the evenings.')).ok).toBe(true);
    expect((await note('Second note in a row.')).ok).toBe(true);
    const again = await ask('pia');
    expect(!again.ok && again.code).toBe('not-your-turn');
    // The scribe, also a peer, asks in turn after writing notes: the notes did not make them the last speaker.
    expect((await ask('sam')).ok).toBe(true);
    const twice = await ask('sam');
    expect(!twice.ok && twice.code).toBe('not-your-turn');
    expect((await note('Sam asked too.')).ok).toBe(true);
    const restored = await restoreSession(method, { events: session.getEvents() }, { timers: false });
    expect(restored.getState()).toEqual(session.getState());
  });

  it('refuses an outOfTurn kind the phase does not allow', () => {
    const result = parseMethod({
      id: 'bad-out-of-turn',
      extends: 'generic-four-phase',
      name: { en: 'Bad' },
      changes: [{ op: 'update', phase: 'clarification', set: { outOfTurn: ['note'] } }],
    });
    expect(!result.success && result.issues.map((i) => i.code)).toContain('invalid-reference');
  });
});
