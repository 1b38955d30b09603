import { describe, expect, it } from 'vitest';
import { redact } from '../src/engine/reduce.js';
import {
  type CommandInput,
  createManualClock,
  createSession,
  defineMethod,
  isRestoreError,
  methods,
  parseMethod,
  restoreSession,
  type Session,
  type SessionEvent,
} from '../src/index.js';

const troika = methods['troika-consulting']!;
const trio = [
  { id: 'noor', role: ['introducer', 'peer'] },
  { id: 'pieter', role: 'peer' },
  { id: 'quinten', role: 'peer' },
];

/** Sends every command and fails on the first refusal. */
async function sendAll(session: Session, commands: CommandInput[]): Promise<void> {
  for (const command of commands) {
    const result = await session.send(command);
    expect(result.ok ? 'accepted' : `${command.type}: ${result.code}`).toBe('accepted');
  }
}

/** One short Troika round for `client`, run by `lead`, with one idea from `consultant`. */
function round(client: string, lead: string, consultant: string): CommandInput[] {
  return [
    { type: 'contribute', by: client, kind: 'narrative', text: `The case of ${client}.` },
    { type: 'advance', by: lead },
    { type: 'advance', by: lead },
    { type: 'contribute', by: consultant, kind: 'idea', text: `An idea for ${client}.` },
    { type: 'advance', by: lead },
    { type: 'contribute', by: client, kind: 'reflection', text: 'That helped.' },
  ];
}

/** A Troika session in the last phase of its first case (the silent minute has passed). */
async function firstCaseDone(people = trio): Promise<{ session: Session }> {
  const clock = createManualClock();
  const session = await createSession(troika, { participants: people, clock });
  await sendAll(session, [{ type: 'start', by: people[1]!.id }]);
  clock.advance(60_000);
  await session.tick();
  expect(session.getContext().phase?.id).toBe('share');
  await sendAll(session, round(people[0]!.id, people[1]!.id, people[2]!.id));
  return { session };
}

/** A Balint group led by two co-leaders (Lea, Max) whose first case, Ada's, is chosen; Ada listed with `adaRole`. */
async function balintWithTopic(adaRole: 'peer' | 'introducer'): Promise<Session> {
  const session = await createSession(methods['balint-group']!, {
    participants: [
      { id: 'lea', role: 'facilitator' },
      { id: 'max', role: 'facilitator' },
      { id: 'ada', role: adaRole },
      { id: 'bo', role: 'peer' },
      { id: 'cy', role: 'peer' },
    ],
    clock: createManualClock(),
  });
  await sendAll(session, [
    { type: 'start', by: 'lea' },
    { type: 'propose-topic', by: 'ada', text: 'A patient who keeps coming back with the same complaint.' },
    { type: 'choose-topic', by: 'lea', proposalId: 't-2' },
  ]);
  return session;
}

describe('several cases in one session (rotation)', () => {
  it('runs every member as client once, the silent preparation once before all rounds, and replays', async () => {
    const { session } = await firstCaseDone();
    await sendAll(session, [{ type: 'next-case', by: 'quinten', introducer: 'pieter' }]);
    expect(session.getContext().introducerId).toBe('pieter');
    expect(session.getContext().phase?.id).toBe('share');
    await sendAll(session, round('pieter', 'quinten', 'noor'));
    await sendAll(session, [{ type: 'next-case', by: 'noor', introducer: 'quinten' }]);
    await sendAll(session, round('quinten', 'noor', 'pieter'));
    await sendAll(session, [{ type: 'advance', by: 'noor' }]);

    const state = session.getContext();
    expect(state.completed).toBe(true);
    const entered = state.phaseLog.map((e) => e.phaseId);
    expect(entered.filter((id) => id === 'prepare')).toHaveLength(1);
    expect(entered.filter((id) => id === 'share')).toHaveLength(3);
    const view = session.viewFor({ participantId: 'noor' });
    expect(view.cases.map((c) => c.introducerId)).toEqual(['noor', 'pieter', 'quinten']);
    expect(view.cases.map((c) => [c.number, c.toSeq === null])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    const restored = await restoreSession(troika, { events: session.getEvents() }, { timers: false });
    expect(restored.getContext()).toEqual(state);
    session.stop();
    restored.stop();
  });

  it('makes the former client a consultant and the new client turn their back', async () => {
    const { session } = await firstCaseDone();
    await sendAll(session, [{ type: 'next-case', by: 'quinten', introducer: 'pieter' }, ...round('pieter', 'quinten', 'noor').slice(0, 3)]);
    expect(session.getContext().phase?.id).toBe('consult');
    const away = await session.send({ type: 'contribute', by: 'pieter', kind: 'idea', text: 'May I add something?' });
    expect(!away.ok && away.code).toBe('introducer-away');
    expect(session.getContext().phase?.turn.order).toEqual(['noor', 'quinten']);
    // The new client no longer controls the session; the former one does.
    const advance = await session.send({ type: 'advance', by: 'pieter' });
    expect(!advance.ok && advance.code).toBe('forbidden-role');
    session.stop();
  });

  it('refuses a next case out of place, for someone who had one, for a non-member, past the limit, and moving on too early', async () => {
    const { session } = await firstCaseDone();
    const send = async (command: CommandInput) => {
      const result = await session.send(command);
      return result.ok ? 'accepted' : result.code;
    };
    expect(await send({ type: 'advance', by: 'pieter' })).toBe('cases-remaining');
    expect(await send({ type: 'next-case', by: 'pieter', introducer: 'noor' })).toBe('already-had-case');
    expect(await send({ type: 'next-case', by: 'pieter', introducer: 'nobody' })).toBe('unknown-participant');
    expect(await send({ type: 'next-case', by: 'noor', introducer: 'pieter' })).toBe('forbidden-role');
    expect(await send({ type: 'next-case', by: 'quinten', introducer: 'pieter' })).toBe('accepted');
    expect(await send({ type: 'next-case', by: 'quinten', introducer: 'noor' })).toBe('wrong-phase');
    session.stop();

    const generic = await createSession(methods['generic-four-phase']!, {
      participants: [
        { id: 'fay', role: 'facilitator' },
        { id: 'ian', role: 'introducer' },
        { id: 'pia', role: 'peer' },
        { id: 'paul', role: 'peer' },
      ],
      clock: createManualClock(),
    });
    await sendAll(generic, [{ type: 'start', by: 'fay' }]);
    const none = await generic.send({ type: 'next-case', by: 'fay', introducer: 'pia' });
    expect(!none.ok && none.code).toBe('no-rotation');
    generic.stop();
  });

  it('refuses a member who holds none of the rotation roles, and stops at maxCases', async () => {
    const method = defineMethod({
      id: 'two-cases',
      name: { en: 'Two cases' },
      summary: { en: 'Two cases at most.' },
      roles: [
        { id: 'introducer', name: { en: 'Client' }, min: 1, max: 1 },
        { id: 'facilitator', name: { en: 'Lead' }, min: 1, max: 2 },
        { id: 'peer', name: { en: 'Member' }, min: 2 },
      ],
      rotation: { first: 'tell', last: 'tell', roles: ['peer'], maxCases: 2, everyone: true },
      phases: [
        { id: 'tell', kind: 'narrative', name: { en: 'Tell' }, instructions: { en: 'Tell.' }, speakers: ['introducer'], contributionKinds: ['narrative'] },
      ],
    });
    const session = await createSession(method, {
      participants: [
        { id: 'lea', role: 'facilitator' },
        { id: 'ada', role: ['introducer', 'peer'] },
        { id: 'bo', role: 'peer' },
        { id: 'cy', role: 'peer' },
      ],
      clock: createManualClock(),
    });
    await sendAll(session, [{ type: 'start', by: 'lea' }]);
    const lead = await session.send({ type: 'next-case', by: 'lea', introducer: 'lea' });
    expect(!lead.ok && lead.code).toBe('cannot-bring-case');
    await sendAll(session, [{ type: 'next-case', by: 'lea', introducer: 'bo' }]);
    const third = await session.send({ type: 'next-case', by: 'lea', introducer: 'cy' });
    expect(!third.ok && third.code).toBe('case-limit');
    // everyone does not hold past maxCases: cy never gets a case, and the session may end.
    await sendAll(session, [{ type: 'advance', by: 'lea' }]);
    expect(session.getContext().completed).toBe(true);
    session.stop();
  });

  it('refuses on restore a forged log whose next case names someone who already had one', async () => {
    const { session } = await firstCaseDone();
    await sendAll(session, [{ type: 'next-case', by: 'quinten', introducer: 'pieter' }]);
    const events = session.getEvents().map((e) => (e.type === 'case-started' ? { ...e, introducer: 'noor' } : e)) as SessionEvent[];
    const forged = restoreSession(troika, { events }, { timers: false });
    await expect(forged).rejects.toSatisfy((e: unknown) => isRestoreError(e) && e.code === 'corrupt-log' && e.message.includes('already-had-case'));
    // …and a case-started outside the last case phase.
    const early = session.getEvents().slice(0, 4);
    const moved = [...early, { type: 'case-started', seq: 4, at: early[3]!.at, by: 'quinten', introducer: 'pieter' }] as SessionEvent[];
    await expect(restoreSession(troika, { events: moved }, { timers: false })).rejects.toSatisfy(
      (e: unknown) => isRestoreError(e) && e.code === 'corrupt-log' && e.message.includes('wrong-phase'),
    );
    session.stop();
  });

  it('treats a retried next-case (same command id) as the same command', async () => {
    const { session } = await firstCaseDone();
    const command = { type: 'next-case', by: 'quinten', introducer: 'pieter', commandId: 'nc-1' } as const;
    const first = await session.send(command);
    const again = await session.send(command);
    expect(first.ok && again.ok).toBe(true);
    expect(session.getEvents().filter((e) => e.type === 'case-started')).toHaveLength(1);
    const reused = await session.send({ ...command, introducer: 'quinten' });
    expect(!reused.ok && reused.code).toBe('command-id-reused');
    session.stop();
  });

  it('accepts prototype-named participant ids as members who bring cases', async () => {
    const people = [
      { id: '__proto__', role: ['introducer', 'peer'] },
      { id: 'constructor', role: 'peer' },
      { id: 'toString', role: 'peer' },
    ];
    const { session } = await firstCaseDone(people);
    const stranger = await session.send({ type: 'next-case', by: 'constructor', introducer: 'hasOwnProperty' });
    expect(!stranger.ok && stranger.code).toBe('unknown-participant');
    await sendAll(session, [{ type: 'next-case', by: 'constructor', introducer: 'toString' }]);
    expect(session.getContext().introducerId).toBe('toString');
    const twice = await session.send({ type: 'next-case', by: 'constructor', introducer: '__proto__' });
    expect(!twice.ok && twice.code).toBe('wrong-phase');
    expect(({} as Record<string, unknown>).introducer).toBeUndefined();
    session.stop();
  });

  it('keeps what was said while a case’s introducer was absent from that introducer, in later cases too', async () => {
    const method = defineMethod({
      id: 'absent-rounds',
      name: { en: 'Absent rounds' },
      summary: { en: 'The client leaves the room.' },
      roles: [
        { id: 'introducer', name: { en: 'Client' }, min: 1, max: 1 },
        { id: 'peer', name: { en: 'Member' }, min: 2, controls: true },
      ],
      rotation: { first: 'tell', last: 'talk', roles: ['peer'] },
      phases: [
        { id: 'tell', kind: 'narrative', name: { en: 'Tell' }, instructions: { en: 'Tell.' }, speakers: ['introducer'], contributionKinds: ['narrative'] },
        {
          id: 'talk',
          kind: 'analysis',
          name: { en: 'Talk' },
          instructions: { en: 'Talk.' },
          speakers: ['peer'],
          contributionKinds: ['hypothesis'],
          introducer: 'absent',
        },
      ],
    });
    const session = await createSession(method, {
      participants: [
        { id: 'ann', role: ['introducer', 'peer'] },
        { id: 'bob', role: 'peer' },
        { id: 'cas', role: 'peer' },
      ],
      clock: createManualClock(),
    });
    await sendAll(session, [
      { type: 'start', by: 'bob' },
      { type: 'advance', by: 'bob' },
      { type: 'contribute', by: 'cas', kind: 'hypothesis', text: 'About Ann, while she is out.' },
      { type: 'next-case', by: 'cas', introducer: 'bob' },
      { type: 'advance', by: 'cas' },
      { type: 'contribute', by: 'cas', kind: 'hypothesis', text: 'About Bob, while he is out.' },
    ]);
    const seen = (viewer: string) =>
      session
        .viewFor({ participantId: viewer })
        .contributions.map((c) => c.text)
        .filter((t) => t !== null);
    expect(seen('ann')).toEqual(['About Bob, while he is out.']);
    expect(seen('bob')).toEqual(['About Ann, while she is out.']);
    expect(seen('cas')).toHaveLength(2);
    session.stop();
  });

  it('starts each case without the last one’s topic, and redacts an earlier case’s topic', async () => {
    const session = await balintWithTopic('peer');
    await sendAll(session, [
      { type: 'advance', by: 'lea' },
      { type: 'advance', by: 'lea' },
      { type: 'advance', by: 'lea' },
      { type: 'advance', by: 'lea' },
    ]);
    expect(session.getContext().phase?.id).toBe('presenter-returns');
    await sendAll(session, [{ type: 'next-case', by: 'max', introducer: 'bo' }]);
    const state = session.getContext();
    expect(state.topic).toBeNull();
    // The earlier case's proposal cannot be chosen again (it would make Ada the introducer).
    const old = await session.send({ type: 'choose-topic', by: 'lea', proposalId: 't-2' });
    expect(!old.ok && old.code).toBe('unknown-reference');
    expect(state.cases?.earlier[0]?.topic?.text).toContain('patient');
    const scrubbed = structuredClone(state);
    redact(scrubbed, 'ada');
    expect(scrubbed.cases?.earlier[0]?.topic?.text).toBe('[redacted]');
    session.stop();
  });

  it('moves exactly one phase when two co-leaders advance at once', async () => {
    const session = await balintWithTopic('introducer');
    const expectRun = { phase: 'who-has-a-case', run: 1 };
    const [a, b] = await Promise.all([
      session.send({ type: 'advance', by: 'lea', expect: expectRun }),
      session.send({ type: 'advance', by: 'max', expect: expectRun }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: 'stale-phase' });
    expect(session.getContext().phase?.id).toBe('case');
    session.stop();
  });
});

describe('rotation in the method file', () => {
  const base = {
    id: 'rotating',
    name: { en: 'Rotating' },
    summary: { en: 'Rotating.' },
    roles: [
      { id: 'introducer', name: { en: 'Client' }, min: 1, max: 1 },
      { id: 'peer', name: { en: 'Member' }, min: 2, controls: true },
    ],
    phases: [
      { id: 'tell', kind: 'narrative', name: { en: 'Tell' }, instructions: { en: 'Tell.' }, speakers: ['introducer'], contributionKinds: ['narrative'] },
      {
        id: 'pick',
        kind: 'choice',
        name: { en: 'Pick' },
        instructions: { en: 'Pick.' },
        modules: [
          { id: 'a', name: { en: 'A' }, phases: [{ id: 'a1', kind: 'analysis', name: { en: 'A' }, instructions: { en: 'A.' } }] },
          { id: 'b', name: { en: 'B' }, phases: [{ id: 'b1', kind: 'analysis', name: { en: 'B' }, instructions: { en: 'B.' } }] },
        ],
      },
    ],
  };
  const codes = (rotation: unknown) => parseMethod({ ...base, rotation }).issues.map((i) => `${i.path.join('.')}:${i.code}`);

  it('names unknown phases and roles, a reversed range, a choice phase at the end and introducer as a rotation role', () => {
    expect(codes({ first: 'tel', last: 'tell', roles: ['peer'] })).toEqual(['rotation.first:unknown-phase']);
    expect(codes({ first: 'tell', last: 'a1', roles: ['peer'] })).toEqual(['rotation.last:unknown-phase']);
    expect(codes({ first: 'pick', last: 'tell', roles: ['peer'] })).toEqual(['rotation.last:invalid-range']);
    expect(codes({ first: 'tell', last: 'pick', roles: ['peer'] })).toEqual(['rotation.last:invalid-reference']);
    expect(codes({ first: 'tell', last: 'tell', roles: ['peers', 'introducer'] })).toEqual([
      'rotation.roles.0:unknown-role',
      'rotation.roles.1:invalid-reference',
    ]);
    expect(codes({ first: 'tell', last: 'tell', roles: [] })).toEqual(['rotation.roles:invalid-value']);
    expect(codes({ first: 'tell', last: 'tell', roles: ['peer'], maxCases: 0 })).toHaveLength(1);
    expect(codes({ first: 'tell', last: 'tell', roles: ['peer'], extra: true })).toHaveLength(1);
    expect(codes({ first: 'tell', last: 'tell', roles: ['peer'], maxCases: 3, everyone: true })).toEqual([]);
  });
});
