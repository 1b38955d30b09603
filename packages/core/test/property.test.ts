import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asPhase, createManualClock, createSession, type MethodDefinition, methods, planOf, restoreSession, type SessionView } from '../src/index.js';

const TEXTS = [
  'What happened next?',
  'How did that feel for you?',
  'Have you tried talking to HR?',
  'You should just quit.',
  'I would tell him straight away.',
  'Could you explain what you mean by "chaos"?',
  'Hoe voelde dat voor jou?',
  'Was hast du dann gemacht?',
  '<script>alert(1)</script>',
  '💥'.repeat(50),
  'a'.repeat(3000),
  '   ',
  '',
];

/** Participants that fit every role of a method, plus the counts it needs. */
function peopleFor(method: MethodDefinition) {
  const people: { id: string; role: string }[] = [];
  for (const role of method.roles) {
    const n = Math.max(role.min, role.id === 'introducer' ? 1 : 2);
    const count = role.max === undefined ? n : Math.min(n, role.max);
    for (let i = 0; i < count; i++) people.push({ id: `${role.id}-${i}`, role: role.id });
  }
  return people;
}

function commandArb(method: MethodDefinition, ids: string[]) {
  const plan = planOf(method);
  const kinds = [
    ...new Set([...plan.order.flatMap((id) => asPhase(plan.steps.get(id)?.phase)?.contributionKinds ?? []), 'advice', 'question', 'answer', 'gossip']),
  ];
  const modules = plan.order.flatMap((id) => {
    const phase = plan.steps.get(id)?.phase;
    return phase?.kind === 'choice' ? phase.modules.map((m) => m.id) : [];
  });
  const by = fc.constantFrom(...ids, 'stranger');
  const text = fc.constantFrom(...TEXTS);
  const ref = (prefix: string) => fc.integer({ min: 0, max: 40 }).map((n) => `${prefix}-${n}`);
  // Weighted towards commands that move a session forward, so runs get deep into methods.
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ type: fc.constant('advance'), by }) },
    { weight: 10, arbitrary: fc.record({ type: fc.constant('contribute'), by, kind: fc.constantFrom(...kinds), text }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('answer'), by, questionId: ref('c'), text }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('start'), by }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('propose-topic'), by, text }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('choose-topic'), by, proposalId: ref('t') }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('pass'), by }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('confirm-heard'), by, heard: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('choose-listener'), by, listener: fc.constantFrom(...ids) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('reveal'), by }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('repeat'), by, phase: fc.constantFrom(...plan.order) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('choose-module'), by, module: fc.constantFrom(...modules, 'nope') }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('set-output'), by, output: fc.constantFrom('problem-definition', 'key-question'), text }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('add-action'), by, text, due: fc.constantFrom('2026-03-01', 'tomorrow') }) },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('report-action'),
        by,
        actionId: fc.constantFrom('prev-1', 'a-3'),
        status: fc.constantFrom('done', 'not-done', 'changed'),
      }),
    },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('evaluate'), by, rating: fc.integer({ min: 0, max: 6 }) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('pause', 'resume', 'end'), by }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('extend-time'), by, minutes: fc.integer({ min: -1, max: 10 }) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('override'), by, blockedId: ref('b') }) },
    { weight: 2, arbitrary: fc.record({ wait: fc.integer({ min: 1, max: 30 }) }) },
    { weight: 1, arbitrary: fc.anything() },
  );
}

function checkInvariants(method: MethodDefinition, view: SessionView) {
  const plan = planOf(method);
  expect(view.participants.filter((p) => p.roles.includes('introducer')).length).toBeLessThanOrEqual(1);
  for (const c of view.contributions) {
    const phase = asPhase(plan.steps.get(c.phaseId)?.phase);
    expect(phase?.contributionKinds, `${c.kind} in ${c.phaseId}`).toContain(c.kind);
    if (c.by === view.introducerId) expect(phase?.introducer).toBe('present');
    if (c.overriddenBy === null) expect(c.findings.every((f) => f.severity === 'warn')).toBe(true);
  }
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

describe.each(Object.keys(methods))('random command sequences: %s', (id) => {
  const method = methods[id]!;
  const people = peopleFor(method);
  const ids = people.map((p) => p.id);

  it(`never throws, keeps its invariants, and restores to the live state (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb(method, ids), { minLength: 1, maxLength: 60 }), async (steps) => {
        const clock = createManualClock();
        const carriedActions = [{ id: 'prev-1', text: 'Earlier action', owner: ids[0]!, due: null }];
        const session = await createSession(method, { participants: people, clock, carriedActions, sessionId: 'prop' });
        for (const step of steps) {
          if (step && typeof step === 'object' && 'wait' in step && typeof step.wait === 'number') {
            clock.advance(step.wait * 60_000);
            await session.tick();
            continue;
          }
          const before = session.getState();
          const result = await session.send(step);
          if (result.ok) {
            for (const event of result.events) {
              if (event.type !== 'contributed' || event.kind === 'answer') continue;
              if (before.turn?.policy === 'round-robin') expect(event.by).toBe(before.turn.current);
              if (before.turn?.policy === 'pair-until-heard' && event.kind !== 'reflect-back') expect(event.by).toBe(before.turn.current);
            }
            if (result.events.some((e) => e.type === 'heard-confirmed'))
              expect(session.getState().turn?.current === before.turn?.current || before.turn?.listener === session.getState().turn?.current).toBe(true);
          } else {
            expect(typeof result.code).toBe('string');
            expect(result.message.length).toBeGreaterThan(0);
          }
          checkInvariants(method, session.getState());
        }
        session.stop();
        expect(session.getEvents().map((e) => e.seq)).toEqual(session.getEvents().map((_, i) => i));
        const restored = await restoreSession(method, { events: JSON.parse(JSON.stringify(session.getEvents())) }, { clock, timers: false });
        expect(restored.getState()).toEqual(session.getState());
      }),
      { numRuns: RUNS },
    );
  });
});
