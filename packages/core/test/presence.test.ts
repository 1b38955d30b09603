import { describe, expect, it } from 'vitest';
import {
  type CommandInput,
  createManualClock,
  createSession,
  defineMethod,
  isRestoreError,
  methods,
  restoreSession,
  type Session,
  type SessionEvent,
} from '../src/index.js';
import { planRedaction } from '../src/store/redact.js';

/** A method with a round-robin round and a written round of peers. */
const rounds = defineMethod({
  id: 'rounds',
  name: { en: 'Rounds' },
  summary: { en: 'A spoken round and a written round.' },
  roles: [
    { id: 'introducer', name: { en: 'Introducer' }, min: 1, max: 1 },
    { id: 'facilitator', name: { en: 'Facilitator' }, min: 1, max: 1 },
    { id: 'peer', name: { en: 'Peer' }, min: 2, max: 5 },
  ],
  phases: [
    {
      id: 'round',
      kind: 'analysis',
      name: { en: 'Round' },
      instructions: { en: 'One after another.' },
      speakers: ['peer'],
      contributionKinds: ['hypothesis'],
      turnPolicy: 'round-robin',
    },
    {
      id: 'written',
      kind: 'advice',
      name: { en: 'Written' },
      instructions: { en: 'Everyone writes.' },
      speakers: ['peer'],
      contributionKinds: ['advice'],
      turnPolicy: 'written-then-revealed',
      quota: { min: 1 },
    },
  ],
});

const people = [
  { id: 'fay', role: 'facilitator' },
  { id: 'ian', role: 'introducer' },
  { id: 'pia', role: 'peer' },
  { id: 'paul', role: 'peer' },
  { id: 'pete', role: 'peer' },
];

async function started(options: { pseudonymKey?: { key: Uint8Array; keyId: string } } = {}): Promise<Session> {
  const session = await createSession(rounds, { participants: people, clock: createManualClock(), ...options });
  const result = await session.send({ type: 'start', by: 'fay' });
  expect(result.ok).toBe(true);
  return session;
}

async function outcome(session: Session, command: CommandInput): Promise<string> {
  const result = await session.send(command);
  return result.ok ? 'accepted' : result.code;
}

const say = (by: string, kind = 'hypothesis'): CommandInput => ({ type: 'contribute', by, kind, text: `What ${by} thinks.` });

describe('leaving a session', () => {
  it('skips who left in a round-robin: the turn goes on to whoever is next', async () => {
    const session = await started();
    expect(session.getContext().phase?.turn.order).toEqual(['pia', 'paul', 'pete']);
    expect(await outcome(session, { type: 'leave', by: 'paul' })).toBe('accepted');
    expect(await outcome(session, say('pia'))).toBe('accepted');
    expect(session.viewFor({ participantId: 'fay' }).turn?.current).toBe('pete');
    // Pete leaves on his turn: the turn passes to Pia, and the round does not stall.
    expect(await outcome(session, { type: 'leave', by: 'fay', participant: 'pete' })).toBe('accepted');
    expect(session.viewFor({ participantId: 'fay' }).turn?.current).toBe('pia');
    expect(await outcome(session, say('pia'))).toBe('accepted');
    expect(session.viewFor({ participantId: 'fay' }).absent).toEqual(['paul', 'pete']);
    session.stop();
  });

  it('does not let a written round or its minimum wait for who left', async () => {
    const session = await started();
    await session.send({ type: 'advance', by: 'fay' });
    expect(await outcome(session, say('pia', 'advice'))).toBe('accepted');
    expect(await outcome(session, say('pete', 'advice'))).toBe('accepted');
    expect(await outcome(session, { type: 'advance', by: 'fay' })).toBe('quota-not-met');
    expect(session.getContext().phase?.turn.revealed).toBe(false);
    expect(await outcome(session, { type: 'leave', by: 'paul' })).toBe('accepted');
    expect(session.getContext().phase?.turn.revealed).toBe(true);
    expect(await outcome(session, { type: 'advance', by: 'fay' })).toBe('accepted');
    expect(session.getContext().completed).toBe(true);
    session.stop();
  });

  it('refuses who left, leaving twice, marking others without leading, and the last leader leaving', async () => {
    const session = await started();
    expect(await outcome(session, { type: 'leave', by: 'pia', participant: 'paul' })).toBe('forbidden-role');
    expect(await outcome(session, { type: 'leave', by: 'fay', participant: 'nobody' })).toBe('unknown-participant');
    expect(await outcome(session, { type: 'leave', by: 'fay' })).toBe('last-controller');
    expect(await outcome(session, { type: 'leave', by: 'pia' })).toBe('accepted');
    expect(await outcome(session, { type: 'leave', by: 'fay', participant: 'pia' })).toBe('already-left');
    expect(await outcome(session, say('pia'))).toBe('participant-absent');
    expect(await outcome(session, { type: 'leave', by: 'pia' })).toBe('participant-absent');
    session.stop();
  });
});

describe('joining late', () => {
  it('lets a controller add a late joiner, who takes a turn at the end of the round', async () => {
    const session = await started();
    expect(await outcome(session, { type: 'join', by: 'fay', participant: { id: 'quin', name: 'Quin', roles: ['peer'] } })).toBe('accepted');
    expect(session.getContext().phase?.turn.order).toEqual(['pia', 'paul', 'pete', 'quin']);
    for (const by of ['pia', 'paul', 'pete', 'quin']) expect(await outcome(session, say(by))).toBe('accepted');
    expect(session.viewFor({ participantId: 'quin' }).participants.at(-1)).toEqual({ id: 'quin', name: 'Quin', roles: ['peer'] });
    const restored = await restoreSession(rounds, { events: session.getEvents() }, { timers: false });
    expect(restored.getContext()).toEqual(session.getContext());
    session.stop();
    restored.stop();
  });

  it('lets someone who left come back by themselves, with the roles they held', async () => {
    const session = await started();
    await session.send({ type: 'leave', by: 'paul' });
    expect(await outcome(session, { type: 'join', by: 'paul', participant: { id: 'paul', roles: ['facilitator'] } })).toBe('already-participant');
    expect(await outcome(session, { type: 'join', by: 'paul', participant: { id: 'paul', roles: ['peer'] } })).toBe('accepted');
    expect(session.getContext().phase?.turn.order).toEqual(['pia', 'pete', 'paul']);
    expect(session.viewFor({ participantId: 'fay' }).absent).toEqual([]);
    session.stop();
  });

  it('refuses a joiner who is there, as introducer, in an unknown or full role, added by a peer, or new in a strict session', async () => {
    const session = await started();
    const join = (by: string, id: string, roles: string[]) => outcome(session, { type: 'join', by, participant: { id, roles } });
    expect(await join('fay', 'pia', ['peer'])).toBe('already-participant');
    expect(await join('fay', 'quin', ['introducer'])).toBe('forbidden-role');
    expect(await join('fay', 'quin', ['peers'])).toBe('unknown-role');
    expect(await join('fay', 'quin', ['facilitator'])).toBe('role-full');
    expect(await join('pia', 'quin', ['peer'])).toBe('forbidden-role');
    expect(await join('fay', '~quin', ['peer'])).toBe('no-pseudonym');
    session.stop();
    const strict = await started({ pseudonymKey: { key: new Uint8Array(32).fill(7), keyId: 'k1' } });
    expect(await outcome(strict, { type: 'join', by: 'fay', participant: { id: 'quin', roles: ['peer'] } })).toBe('no-pseudonym');
    expect(await outcome(strict, { type: 'leave', by: 'pia' })).toBe('accepted');
    expect(await outcome(strict, { type: 'join', by: 'pia', participant: { id: 'pia', roles: ['peer'] } })).toBe('accepted');
    strict.stop();
  });

  it('refuses a joiner past the participant limit', async () => {
    const crowd = [
      { id: 'fay', role: 'facilitator' },
      { id: 'ian', role: 'introducer' },
      ...Array.from({ length: 198 }, (_, i) => ({ id: `p${i}`, role: 'peer' })),
    ];
    const session = await createSession(methods['generic-four-phase']!, { participants: crowd, clock: createManualClock() });
    await session.send({ type: 'start', by: 'fay' });
    const full = await session.send({ type: 'join', by: 'fay', participant: { id: 'one-more', roles: ['peer'] } });
    expect(!full.ok && [full.code, full.params]).toEqual(['session-full', { max: 200 }]);
    session.stop();
  });

  it('accepts prototype-named joiners and treats a retried join as the same command', async () => {
    const session = await started();
    const join: CommandInput = { type: 'join', by: 'fay', commandId: 'j-1', participant: { id: '__proto__', roles: ['peer'] } };
    expect(await outcome(session, join)).toBe('accepted');
    expect(await outcome(session, join)).toBe('accepted');
    expect(session.getEvents().filter((e) => e.type === 'joined')).toHaveLength(1);
    expect(await outcome(session, { type: 'join', by: 'fay', commandId: 'j-2', participant: { id: 'constructor', roles: ['peer'] } })).toBe('accepted');
    expect(session.getContext().phase?.turn.order).toEqual(['pia', 'paul', 'pete', '__proto__', 'constructor']);
    expect(await outcome(session, { type: 'leave', by: '__proto__' })).toBe('accepted');
    expect(session.getContext().phase?.turn.order).toEqual(['pia', 'paul', 'pete', 'constructor']);
    session.stop();
  });

  it('erases a late joiner’s name from the log with the rest of what they wrote', async () => {
    const session = await started();
    await session.send({ type: 'join', by: 'fay', participant: { id: 'quin', name: 'Quin Q.', roles: ['peer'] } });
    const { changed } = planRedaction(session.getEvents(), 'quin', 1);
    expect(changed).toHaveLength(1);
    expect(JSON.stringify(changed)).not.toContain('Quin Q.');
    session.stop();
  });
});

describe('handing facilitation over', () => {
  it('moves the controlling role to a present participant, and the former leader may then leave', async () => {
    const session = await started();
    expect(await outcome(session, { type: 'hand-over', by: 'pia', to: 'paul' })).toBe('forbidden-role');
    expect(await outcome(session, { type: 'hand-over', by: 'fay', to: 'ian' })).toBe('cannot-take-over');
    expect(await outcome(session, { type: 'hand-over', by: 'fay', to: 'fay' })).toBe('cannot-take-over');
    expect(await outcome(session, { type: 'hand-over', by: 'fay', to: 'nobody' })).toBe('unknown-participant');
    await session.send({ type: 'leave', by: 'pete' });
    expect(await outcome(session, { type: 'hand-over', by: 'fay', to: 'pete' })).toBe('participant-absent');
    expect(await outcome(session, { type: 'hand-over', by: 'fay', to: 'pia' })).toBe('accepted');
    expect(await outcome(session, { type: 'advance', by: 'fay' })).toBe('forbidden-role');
    expect(session.viewFor({ participantId: 'fay' }).participants.find((p) => p.id === 'pia')?.roles).toEqual(['peer', 'facilitator']);
    expect(await outcome(session, { type: 'leave', by: 'fay' })).toBe('accepted');
    expect(await outcome(session, { type: 'advance', by: 'pia' })).toBe('accepted');
    const restored = await restoreSession(rounds, { events: session.getEvents() }, { timers: false });
    expect(restored.getContext()).toEqual(session.getContext());
    session.stop();
    restored.stop();
  });
});

describe('forged presence events are refused on restore', () => {
  async function refusedOnRestore(events: SessionEvent[], code: string): Promise<void> {
    const error = await restoreSession(rounds, { events }, { timers: false }).catch((e: unknown) => e);
    expect(isRestoreError(error) && error.code === 'corrupt-log' && error.message.includes(code)).toBe(true);
  }

  it('a join by a peer, a hand-over by a peer, a second leave and a word from someone who left', async () => {
    const session = await started();
    await session.send({ type: 'leave', by: 'paul' });
    const log = [...session.getEvents()];
    const next = { seq: log.length, at: log.at(-1)!.at };
    await refusedOnRestore([...log, { type: 'joined', ...next, by: 'pia', participant: { id: 'quin', roles: ['peer'] } }], 'forbidden-role');
    await refusedOnRestore([...log, { type: 'handed-over', ...next, by: 'pia', to: 'pete' }], 'forbidden-role');
    await refusedOnRestore([...log, { type: 'left', ...next, by: 'fay', participant: 'paul' }], 'already-left');
    await refusedOnRestore([...log, { type: 'contributed', ...next, by: 'paul', kind: 'hypothesis', text: 'Still here.', findings: [] }], 'participant-absent');
    session.stop();
  });
});
