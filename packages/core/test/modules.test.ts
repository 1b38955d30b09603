import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { builtinMethod, createManualClock, createSession, methods, parseMethod, restoreSession, runScenario, scenarios } from '../src/index.js';
import { createSessionMachine, type MachineEvent } from '../src/machine.js';

const people = [
  { id: 'mo', role: 'facilitator' },
  { id: 'ann', role: 'peer' },
  { id: 'ben', role: 'peer' },
  { id: 'cy', role: ['peer', 'scribe'] },
  { id: 'dee', role: 'peer' },
];

/** A kollegiale-beratung session at its method choice, with Ann as the case narrator. */
async function atMethodChoice() {
  const session = await createSession(methods['kollegiale-beratung'], { participants: people, clock: createManualClock() });
  const steps = [
    { type: 'start', by: 'mo' },
    { type: 'propose-topic', by: 'ann', text: 'A father disputes every grade.' },
    { type: 'choose-topic', by: 'mo', proposalId: 't-2' },
    { type: 'advance', by: 'mo' },
    { type: 'advance', by: 'mo' },
    { type: 'advance', by: 'mo' },
    { type: 'set-output', by: 'ann', output: 'key-question', text: 'How do I stay independent in my grading?' },
    { type: 'advance', by: 'mo' },
  ] as const;
  for (const step of steps) expect((await session.send(step)).ok, step.type).toBe(true);
  expect(session.getState().phase?.id).toBe('method-choice');
  return session;
}

describe('choosing one or two modules, by the choosers only', () => {
  it('lets only the case narrator choose (choosersOnly), one or two modules, none twice, none unknown', async () => {
    const session = await atMethodChoice();
    const choose = (by: string, module: string, followedBy?: string[]) =>
      session.send({ type: 'choose-module', by, module, ...(followedBy ? { followedBy } : {}) });
    const moderator = await choose('mo', 'hypotheses');
    expect(!moderator.ok && moderator.code).toBe('forbidden-role');
    const three = await choose('ann', 'hypotheses', ['good-advice', 'brainstorming']);
    expect(!three.ok && [three.code, three.params]).toEqual(['module-count', { min: 1, max: 2 }]);
    const twice = await choose('ann', 'hypotheses', ['hypotheses']);
    expect(!twice.ok && twice.code).toBe('module-twice');
    const unknown = await choose('ann', 'hypotheses', ['nope']);
    expect(!unknown.ok && unknown.code).toBe('unknown-module');
    expect(session.getState().phase?.moduleRange).toEqual({ min: 1, max: 2 });
    expect((await choose('ann', 'reverse-brainstorming', ['hypotheses'])).ok).toBe(true);
    const order: string[] = [];
    for (let i = 0; i < 5 && session.getState().status === 'running'; i++) {
      order.push(session.getState().phase!.id);
      expect((await session.send({ type: 'advance', by: 'mo' })).ok).toBe(true);
    }
    // turn-around is opt-in and nobody opted in: skipped, and the second module still follows.
    expect(order).toEqual(['make-it-worse', 'hypotheses', 'closing']);
    expect(session.getState().modules).toEqual([
      { phaseId: 'method-choice', module: 'reverse-brainstorming', modules: ['reverse-brainstorming', 'hypotheses'] },
    ]);
    const restored = await restoreSession(methods['kollegiale-beratung'], { events: session.getEvents() }, { timers: false });
    expect(restored.getState()).toEqual(session.getState());
  });

  it('follows the chosen order in the bare machine too', async () => {
    const session = await atMethodChoice();
    expect((await session.send({ type: 'choose-module', by: 'ann', module: 'good-advice', followedBy: ['brainstorming'] })).ok).toBe(true);
    await session.send({ type: 'advance', by: 'mo' });
    const [created, ...events] = session.getEvents();
    const actor = createActor(createSessionMachine(methods['kollegiale-beratung']), { input: created as never }).start();
    for (const event of events) actor.send(event as MachineEvent);
    expect(actor.getSnapshot().value).toEqual({ running: 'brainstorming' });
    expect(actor.getSnapshot().context).toEqual(session.getContext());
    actor.stop();
  });

  it('validates choosersOnly and the choose range', () => {
    const issues = (set: Record<string, unknown>) => {
      const result = parseMethod({
        id: 'bad-choice',
        extends: 'kollegiale-beratung',
        name: { en: 'Bad' },
        changes: [{ op: 'update', phase: 'method-choice', set }],
      });
      return result.success ? [] : result.issues.map((i) => `${i.code} ${i.path.slice(-2).join('.')}`);
    };
    expect(issues({ choose: { min: 3, max: 2 } })).toContain('invalid-range choose.min');
    expect(issues({ choose: { max: 7 } })).toContain('invalid-range choose.max');
    expect(issues({ choosers: undefined, choosersOnly: true })).toContain('invalid-reference set.choosersOnly');
    expect(issues({ choose: { min: 1, max: 2 } })).toEqual([]);
  });
});

describe('the bare machine follows every built-in scenario to the same phase as the Session', () => {
  for (const id of Object.keys(scenarios)) {
    it(id, async () => {
      const method = builtinMethod(id)!;
      const { session } = await runScenario(method, scenarios[id as keyof typeof scenarios], { lang: 'en' });
      const [created, ...events] = session.getEvents();
      const actor = createActor(createSessionMachine(method), { input: created as never }).start();
      for (const event of events) {
        actor.send(event as MachineEvent);
        const ctx = actor.getSnapshot().context;
        const value = actor.getSnapshot().value;
        if (ctx.phase) expect(value).toEqual({ running: ctx.phase.id });
        else expect(typeof value === 'string' ? value : 'running').not.toBe('running');
      }
      expect(actor.getSnapshot().context).toEqual(session.getContext());
      actor.stop();
      session.stop();
    });
  }
});

describe('opt-in phases', () => {
  it('runs an opt-in phase only when a holder of its role opted in before it is reached', async () => {
    const session = await atMethodChoice();
    const opt = (by: string, type: 'opt-in' | 'opt-out', phase = 'turn-around') => session.send({ type, by, phase });
    const moderator = await opt('mo', 'opt-in');
    expect(!moderator.ok && moderator.code).toBe('forbidden-role');
    const always = await opt('ann', 'opt-in', 'closing');
    expect(!always.ok && always.code).toBe('not-optional');
    const unknown = await opt('ann', 'opt-in', 'nowhere');
    expect(!unknown.ok && unknown.code).toBe('unknown-reference');
    expect((await opt('ann', 'opt-in')).ok).toBe(true);
    expect((await opt('ann', 'opt-out')).ok).toBe(true);
    expect((await opt('ann', 'opt-in')).ok).toBe(true);
    expect(session.getState().optIns).toEqual([{ phaseId: 'turn-around', optedIn: true }]);
    await session.send({ type: 'choose-module', by: 'ann', module: 'reverse-brainstorming' });
    await session.send({ type: 'advance', by: 'mo' });
    expect(session.getState().phase?.id).toBe('turn-around');
    const late = await opt('ann', 'opt-out');
    expect(!late.ok && late.code).toBe('wrong-phase');
    const restored = await restoreSession(methods['kollegiale-beratung'], { events: session.getEvents() }, { timers: false });
    expect(restored.getState()).toEqual(session.getState());
    const [created, ...events] = session.getEvents();
    const actor = createActor(createSessionMachine(methods['kollegiale-beratung']), { input: created as never }).start();
    for (const event of events) actor.send(event as MachineEvent);
    expect(actor.getSnapshot().value).toEqual({ running: 'turn-around' });
    actor.stop();
  });

  it('skips an opt-in phase nobody opted into, also when opted out', async () => {
    const session = await atMethodChoice();
    expect((await session.send({ type: 'opt-out', by: 'ann', phase: 'turn-around' })).ok).toBe(true);
    await session.send({ type: 'choose-module', by: 'ann', module: 'reverse-brainstorming' });
    await session.send({ type: 'advance', by: 'mo' });
    expect(session.getState().phase?.id).toBe('closing');
  });

  it('validates the opt-in role', () => {
    const result = parseMethod({
      id: 'bad-opt-in',
      extends: 'generic-four-phase',
      name: { en: 'Bad' },
      changes: [{ op: 'update', phase: 'experiences', set: { optIn: 'introduser' } }],
    });
    expect(!result.success && result.issues.map((i) => `${i.code} ${i.path.slice(-1)}`)).toContain('unknown-role optIn');
  });
});
