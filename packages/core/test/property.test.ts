import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreatedEvent, SessionEvent } from '../src/index.js';
import {
  builtinMethod,
  createManualClock,
  createSession,
  type MethodDefinition,
  methods,
  restoreSession,
  type Session,
  type SessionView,
} from '../src/index.js';
import { asPhase, evolve, fold, initialContext, planOf, type SessionContext } from '../src/machine.js';

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

function commandArb(method: MethodDefinition, ids: string[], people: { id: string; role: string }[]) {
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
    { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('opt-in', 'opt-out'), by, phase: fc.constantFrom(...plan.order, 'nope') }) },
    // Several cases, leaving, joining late (prototype-named ids too) and handing over.
    { weight: 1, arbitrary: fc.record({ type: fc.constant('next-case'), by, introducer: fc.constantFrom(...ids, '__proto__', 'stranger') }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('leave'), by, participant: fc.constantFrom(...ids, 'stranger') }) },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('join'),
        by,
        participant: fc.record({ id: fc.constantFrom(...ids, '__proto__', 'constructor'), roles: fc.constantFrom(...people.map((p) => [p.role]), ['nope']) }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('hand-over'), by, to: fc.constantFrom(...ids, 'stranger') }) },
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
    { weight: 25, arbitrary: fc.record({ guided: fc.nat() }) },
  );
}

/**
 * Commands that make sense in the session's current state (by the right people, with allowed kinds),
 * so that random runs get deep into every method; `session.can` filters them (rules are not run).
 */
function guidedCommands(method: MethodDefinition, session: Session, ids: string[]): unknown[] {
  const plan = planOf(method);
  const view = session.getState();
  const out: unknown[] = [];
  const text = 'What happened next, and how did that feel?';
  for (const by of ids) {
    out.push({ type: 'start', by }, { type: 'advance', by }, { type: 'propose-topic', by, text: 'How do I deal with my workload?' });
    if (view.proposals[0]) out.push({ type: 'choose-topic', by, proposalId: view.proposals[0].id });
    for (const kind of view.phase?.contributionKinds ?? []) out.push({ type: 'contribute', by, kind, text });
    const question = [...view.contributions].reverse().find((c) => c.kind === 'question');
    if (question) out.push({ type: 'answer', by, questionId: question.id, text: 'It was hard.' });
    out.push({ type: 'pass', by }, { type: 'confirm-heard', by, heard: true }, { type: 'confirm-heard', by, heard: false }, { type: 'reveal', by });
    const modules = view.phase?.modules ?? [];
    for (const mod of modules) out.push({ type: 'choose-module', by, module: mod.id });
    if (modules.length > 1) out.push({ type: 'choose-module', by, module: modules[1]!.id, followedBy: [modules[0]!.id] });
    out.push(
      { type: 'set-output', by, output: 'key-question', text: 'What do I want?' },
      { type: 'set-output', by, output: 'problem-definition', text: 'My role.' },
    );
    out.push({ type: 'add-action', by, text: 'Plan the talk' }, { type: 'evaluate', by, rating: 4 });
    for (const action of view.carriedActions) out.push({ type: 'report-action', by, actionId: action.id, status: 'done' });
    if (view.phase) out.push({ type: 'repeat', by, phase: view.phase.id });
    const loop = view.phase ? asPhase(plan.steps.get(view.phase.id)?.phase)?.loopBack : undefined;
    if (loop) out.push({ type: 'repeat', by, phase: loop.to });
    for (const blocked of view.blocked) out.push({ type: 'override', by, blockedId: blocked.id });
    for (const id of plan.order)
      if (asPhase(plan.steps.get(id)?.phase)?.optIn !== undefined) out.push({ type: 'opt-in', by, phase: id }, { type: 'opt-out', by, phase: id });
    for (const other of ids) out.push({ type: 'next-case', by, introducer: other });
  }
  return out.filter((command) => session.canUnknown(command) === null);
}

function checkInvariants(method: MethodDefinition, view: SessionView, rolesSince = 0) {
  const plan = planOf(method);
  // With several cases, the introducer of the case a contribution was said in.
  const introducerAt = (seq: number | null) =>
    seq === null ? view.introducerId : (view.cases.find((c) => seq > c.fromSeq && (c.toSeq === null || seq < c.toSeq))?.introducerId ?? view.introducerId);
  expect(view.participants.filter((p) => p.roles.includes('introducer')).length).toBeLessThanOrEqual(1);
  for (const c of view.contributions) {
    const phase = asPhase(plan.steps.get(c.phaseId)?.phase);
    expect(phase?.contributionKinds, `${c.kind} in ${c.phaseId}`).toContain(c.kind);
    const kindRoles = phase?.kindRoles?.[c.kind];
    // Roles are those held now: a contribution from before a hand-over was judged by the roles held then.
    if (kindRoles && c.overriddenBy === null && !view.phase?.turnPolicy.startsWith('pair') && (c.seq ?? 0) > rolesSince)
      expect(
        kindRoles.some((role) => (role === 'introducer' ? c.by === introducerAt(c.seq) : view.participants.find((p) => p.id === c.by)?.roles.includes(role))) ||
          c.by === introducerAt(c.seq),
      ).toBe(true);
    if (c.by === introducerAt(c.seq)) expect(phase?.introducer).toBe('present');
    if (c.overriddenBy === null) expect(c.findings.every((f) => f.severity === 'warn')).toBe(true);
  }
}

/** Freezes a value and everything it holds, so that any later write to it throws (test files are strict mode). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * `evolve` is pure: replaying a log through it with every earlier state deep-frozen never writes to one
 * (a write throws), and ends where `fold` (a private working copy mutated in place) ends. A participant's
 * erasure (the store's `redacted` marker) is applied last, to a frozen state, as a live session does.
 */
function assertEvolveIsPure(method: MethodDefinition, events: readonly SessionEvent[], erase: string): void {
  const plan = planOf(method);
  const [created, ...rest] = events as [CreatedEvent, ...SessionEvent[]];
  let state: SessionContext = initialContext(created);
  for (const event of rest) state = evolve(plan, deepFreeze(state), event);
  const folded = fold(plan, created, rest);
  expect(folded.ok && folded.state).toEqual(state);
  const last = rest.at(-1) ?? created;
  const erased = evolve(plan, deepFreeze(state), { type: 'redacted', seq: last.seq + 1, at: last.at, by: erase, participant: erase } as SessionEvent);
  expect(erased.redacted).toEqual([erase]);
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 250);

describe.each(Object.keys(methods))('random command sequences: %s', (id) => {
  const method = builtinMethod(id)!;
  const depth: number[] = [];
  const people = peopleFor(method);
  const ids = people.map((p) => p.id);

  it(`never throws, keeps its invariants, restores to the live state, and evolves without writing to an earlier state (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb(method, ids, people), { minLength: 1, maxLength: 80, size: 'max' }), async (steps) => {
        const clock = createManualClock();
        const carriedActions = [{ id: 'prev-1', text: 'Earlier action', owner: ids[0]!, due: null }];
        const session = await createSession(method, { participants: people, clock, carriedActions, sessionId: 'prop' });
        for (const step of steps) {
          if (step && typeof step === 'object' && 'wait' in step && typeof step.wait === 'number') {
            clock.advance(step.wait * 60_000);
            await session.tick();
            continue;
          }
          let command: unknown = step;
          if (step && typeof step === 'object' && 'guided' in step && typeof step.guided === 'number') {
            const options = guidedCommands(method, session, ids);
            if (options.length === 0) continue;
            command = options[step.guided % options.length];
          }
          const before = session.getState();
          const result = await session.sendUnknown(command);
          if (result.ok) {
            for (const event of result.events) {
              if (event.type !== 'contributed' || event.kind === 'answer') continue;
              if (before.phase && asPhase(planOf(method).steps.get(before.phase.id)?.phase)?.outOfTurn?.includes(event.kind)) continue;
              if (before.turn?.policy === 'round-robin') expect(event.by).toBe(before.turn.current);
              if (before.turn?.policy === 'pair-until-heard' && event.kind !== 'reflect-back') expect(event.by).toBe(before.turn.current);
            }
            if (result.events.some((e) => e.type === 'heard-confirmed'))
              expect(session.getState().turn?.current === before.turn?.current || before.turn?.listener === session.getState().turn?.current).toBe(true);
          } else {
            expect(typeof result.code).toBe('string');
            expect(result.message.length).toBeGreaterThan(0);
          }
          checkInvariants(method, session.getState(), [...session.getEvents()].reverse().find((e) => e.type === 'handed-over')?.seq ?? 0);
        }
        session.stop();
        depth.push(session.getState().timeline.length);
        expect(session.getEvents().map((e) => e.seq)).toEqual(session.getEvents().map((_, i) => i));
        const restored = await restoreSession(method, { events: JSON.parse(JSON.stringify(session.getEvents())) }, { clock, timers: false });
        expect(restored.getState()).toEqual(session.getState());
        assertEvolveIsPure(method, JSON.parse(JSON.stringify(session.getEvents())), ids[ids.length - 1]!);
      }),
      { numRuns: RUNS },
    );
    if (process.env.DEBUG_DEPTH) console.log(id, JSON.stringify(depth.slice(0, 60)));
    // The runs must reach deep into the method, or the invariants above prove little.
    const phases = planOf(method).order.length;
    expect(Math.max(...depth)).toBeGreaterThanOrEqual(Math.min(phases, 3));
    expect(depth.filter((d) => d >= 2).length / depth.length).toBeGreaterThan(0.2);
  }, 600_000);
});
