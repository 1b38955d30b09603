import { type Clock, createManualClock, createSession, defineMethod, type ManualClock, methods, type Session } from '@intervision/core';

/** Five people: a facilitator, an introducer and three peers. */
export const PEOPLE = [
  { id: 'fay', name: 'Fay', role: 'facilitator' },
  { id: 'ian', name: 'Ian', role: 'introducer' },
  { id: 'pia', name: 'Pia', role: 'peer' },
  { id: 'paul', name: 'Paul', role: 'peer' },
  { id: 'pete', name: 'Pete', role: 'peer' },
];

/** A generic-four-phase session in its clarification round, on a manual clock. */
export async function inClarification(clock: ManualClock = createManualClock(1_700_000_000_000)): Promise<{ session: Session; clock: ManualClock }> {
  const session = await createSession(methods['generic-four-phase']!, { participants: PEOPLE, clock, lang: 'en' });
  await session.send({ type: 'start', by: 'fay' });
  await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I deal with the extra workload since the merger?' });
  await session.send({ type: 'choose-topic', by: 'fay', proposalId: session.getState().proposals[0]!.id });
  await session.send({ type: 'advance', by: 'fay' });
  return { session, clock };
}

const name = (en: string) => ({ en });

/** A two-phase method whose second phase (a written round of peers) has the introducer at `presence`. */
export function awayMethod(presence: 'silent' | 'back-turned' | 'absent') {
  return defineMethod({
    id: `away-${presence}`,
    version: '1.0.0',
    name: name('Away'),
    summary: name('A method whose second phase has the introducer away.'),
    roles: [
      { id: 'introducer', name: name('Introducer'), min: 1, max: 1 },
      { id: 'facilitator', name: name('Facilitator'), min: 1, max: 1, controls: true },
      { id: 'peer', name: name('Peer'), min: 2 },
    ],
    phases: [
      { id: 'tell', kind: 'narrative', name: name('Tell'), instructions: name('Tell.'), speakers: ['introducer'], contributionKinds: ['narrative'] },
      {
        id: 'write',
        kind: 'analysis',
        name: name('Write'),
        instructions: name('Write.'),
        speakers: ['peer'],
        contributionKinds: ['hypothesis'],
        turnPolicy: 'written-then-revealed',
        introducer: presence,
        timebox: { minutes: 10 },
      },
    ],
  });
}

/** A started session of {@link awayMethod}, moved to its second phase. */
export async function inAwayPhase(presence: 'silent' | 'back-turned' | 'absent', clock?: Clock): Promise<Session> {
  const session = await createSession(awayMethod(presence), { participants: PEOPLE, ...(clock ? { clock } : {}) });
  await session.send({ type: 'start', by: 'fay' });
  await session.send({ type: 'advance', by: 'fay' });
  return session;
}
