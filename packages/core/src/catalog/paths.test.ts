import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { explorationInput, exploreMethod, type MethodExploration } from '../analysis/explore.js';
import { check } from '../engine/check.js';
import type { MachineEvent } from '../machine/compile.js';
import { createSessionMachine } from '../machine/compile.js';
import { asPhase, isChoice, planOf } from '../method/plan.js';
import { builtinMethod } from '../methods/find.js';
import { methods } from '../methods/index.js';
import type { SessionSnapshot } from '../session/snapshot.js';

const explorations = new Map<string, MethodExploration>();
/** The explored state space of a method (xstate/graph shortest paths and adjacency map), computed once. */
function explore(id: string): MethodExploration {
  const cached = explorations.get(id);
  if (cached) return cached;
  const found = exploreMethod(builtinMethod(id)!);
  explorations.set(id, found);
  return found;
}

/** A contribution event by `by`, one step after the state. */
const contribution = (state: SessionSnapshot, by: string, kind: string, text = 'Something to say.'): MachineEvent => ({
  type: 'contributed',
  seq: state.context.version + 1,
  at: state.context.updatedAt + 1,
  by,
  kind,
  text,
  findings: [],
});

describe('every method, on every generated path', () => {
  for (const id of Object.keys(methods)) {
    describe(id, () => {
      it('reaches every phase, can complete, and has no dead ends (xstate/graph)', () => {
        const found = explore(id);
        expect(found.unreachablePhases).toEqual([]);
        expect(found.reachablePhases).toEqual(planOf(builtinMethod(id)!).order);
        expect(found.canComplete).toBe(true);
        expect(found.deadEnds).toEqual([]);
      });

      it('never lets the introducer contribute while away, silent or back-turned', () => {
        const method = builtinMethod(id)!;
        const plan = planOf(method);
        let checked = 0;
        for (const { state } of explore(id).paths) {
          const ctx = state.context;
          const phase = ctx.phase ? asPhase(plan.steps.get(ctx.phase.id)?.phase) : undefined;
          if (ctx.status !== 'running' || !phase || phase.introducer === 'present' || !ctx.introducerId) continue;
          for (const kind of phase.contributionKinds) {
            const event = contribution(state, ctx.introducerId, kind);
            expect(check(plan, ctx, event)?.code).toBe('introducer-away');
            expect(transition(createSessionMachine(method), state, event)[0].context.version).toBe(ctx.version);
            checked++;
          }
        }
        const awayPhases = [...plan.steps.values()].filter((s) => (asPhase(s.phase)?.introducer ?? 'present') !== 'present');
        if (awayPhases.length > 0) expect(checked).toBeGreaterThan(0);
      });
    });
  }
});

describe('method-specific rules on every generated path', () => {
  it('troika and the gossip method: the back-turned introducer cannot contribute in the consultation', () => {
    for (const [id, phaseId] of [
      ['troika-consulting', 'consult'],
      ['gossip-method', 'gossip'],
    ] as const) {
      const states = explore(id)
        .paths.map((p) => p.state)
        .filter((s) => s.context.phase?.id === phaseId);
      expect(states.length).toBeGreaterThan(0);
      for (const state of states)
        expect(check(planOf(builtinMethod(id)!), state.context, contribution(state, state.context.introducerId!, 'idea'))?.code).toBe('introducer-away');
    }
  });

  it('the clearness committee never accepts advice from anyone, in any state', () => {
    const method = methods['clearness-committee']!;
    const machine = createSessionMachine(method);
    const paths = explore('clearness-committee').paths;
    for (const { state } of paths)
      for (const participant of state.context.participants) {
        const event = contribution(state, participant.id, 'advice', 'You should take a sabbatical.');
        expect(transition(machine, state, event)[0].context.version).toBe(state.context.version);
        expect(check(planOf(method), state.context, event)).not.toBeNull();
      }
    expect(paths.some((p) => p.state.context.phase?.id === 'mirroring')).toBe(true);
  });

  it('Tietze: the chosen module’s phases and only those run, and every module can be chosen', () => {
    const method = methods['kollegiale-beratung']!;
    const choice = method.phases.find(isChoice)!;
    const moduleOf = new Map(choice.modules.flatMap((m) => m.phases.map((p) => [p.id, m.id] as const)));
    const chosenModules = new Set<string>();
    for (const { state } of explore('kollegiale-beratung').paths) {
      // One or two modules may be chosen (choose.max 2); they run in the order chosen.
      const chosen = state.context.chosenModules[choice.id];
      const ran = state.context.phaseLog.map((e) => e.phaseId).filter((p) => moduleOf.has(p));
      if (!chosen) expect(ran).toEqual([]);
      else {
        for (const m of chosen) chosenModules.add(m);
        // Opt-in phases nobody opted into are skipped.
        const order = chosen
          .flatMap((m) => choice.modules.find((x) => x.id === m)!.phases)
          .filter((p) => p.optIn === undefined || ran.includes(p.id))
          .map((p) => p.id);
        expect(ran).toEqual(order.slice(0, ran.length));
        if (state.context.completed) expect(ran).toEqual(order);
      }
    }
    expect([...chosenModules].sort()).toEqual(choice.modules.map((m) => m.id).sort());
  });

  it('Tietze: “find the key question” runs only while there is no key question', () => {
    const inFind = explore('kollegiale-beratung').paths.filter((p) => p.state.context.phase?.id === 'find-key-question');
    expect(inFind.length).toBeGreaterThan(0);
    // Entered only without a key question; one may then be found (set) inside the phase.
    for (const { state } of inFind) {
      const found = state.context.outputs['key-question'];
      if (found) expect(found.seq).toBeGreaterThan(state.context.phase!.startedSeq);
    }
  });
});

describe('the empathy circle: the turn never passes without confirmation', () => {
  const method = methods['empathy-circle']!;
  const machine = createSessionMachine(method);
  const input = explorationInput(method);
  const controller = [...input.participants].find((p) => p.roles.includes('facilitator'))!.id;
  const everyone = input.participants.map((p) => p.id);

  /** Events to try in a state: speak, reflect back and confirm (heard or not) by everyone, and advance. */
  function events(state: SessionSnapshot): MachineEvent[] {
    const ctx = state.context;
    const meta = { seq: ctx.version + 1, at: ctx.updatedAt + 1 };
    if (ctx.status === 'lobby') return [{ type: 'started', ...meta, by: controller }];
    const out: MachineEvent[] = [{ type: 'phase-advanced', ...meta, by: controller }];
    for (const by of everyone) {
      out.push(contribution(state, by, 'statement'), contribution(state, by, 'reflect-back'));
      out.push({ type: 'heard-confirmed', ...meta, by, heard: true }, { type: 'heard-confirmed', ...meta, by, heard: false });
    }
    if (ctx.phase?.id === 'debrief') out.push({ type: 'evaluated', ...meta, by: controller, rating: 5, text: null });
    return out;
  }
  const key = (state: SessionSnapshot) => {
    const c = state.context;
    const t = c.phase?.turn;
    return JSON.stringify([
      state.value,
      c.status,
      t?.speaker,
      t?.listener,
      t?.spoke,
      t?.reflected,
      Math.min(t?.attempts ?? 0, 3),
      t?.facilitatorCalled,
      c.evaluations.length > 0,
    ]);
  };
  type Adjacency = Record<string, { state: SessionSnapshot; transitions: Record<string, { event: MachineEvent; state: SessionSnapshot }> }>;
  const adjacency: Adjacency = getAdjacencyMap(machine, {
    fromState: initialTransition(machine, input)[0],
    events: events as never,
    serializeState: key as never,
    serializeEvent: (e: MachineEvent) => JSON.stringify({ ...e, seq: 0, at: 0 }),
    limit: 500_000,
  } as never) as unknown as Adjacency;
  const edges = Object.values(adjacency).flatMap((v) => Object.values(v.transitions).map((t) => ({ from: v.state, event: t.event, to: t.state })));
  const inCircle = (s: SessionSnapshot) => s.context.phase?.id === 'circle';

  it('explores the circle with xstate/graph', () => {
    expect(edges.filter((e) => inCircle(e.from)).length).toBeGreaterThan(50);
    expect(Object.values(adjacency).some((v) => (v.state as SessionSnapshot).context.completed)).toBe(true);
  });

  it('changes the speaker only when the speaker confirms being heard after a reflection', () => {
    let passes = 0;
    for (const { from, event, to } of edges) {
      if (!inCircle(from) || !inCircle(to) || from.context.phase!.turn.speaker === to.context.phase!.turn.speaker) continue;
      passes++;
      expect(event.type).toBe('heard-confirmed');
      if (event.type !== 'heard-confirmed') continue;
      expect(event.heard).toBe(true);
      expect(event.by).toBe(from.context.phase!.turn.speaker);
      expect(from.context.phase!.turn.reflected).toBe(true);
      expect(to.context.phase!.turn.speaker).toBe(from.context.phase!.turn.listener);
    }
    expect(passes).toBeGreaterThan(0);
  });

  it('lets only the speaker speak and only the listener (or the facilitator after three tries) reflect back', () => {
    for (const { from, event, to } of edges) {
      if (!inCircle(from) || event.type !== 'contributed' || to.context.version === from.context.version) continue;
      const turn = from.context.phase!.turn;
      if (event.kind === 'reflect-back') expect(event.by === turn.listener || (turn.facilitatorCalled && event.by === controller)).toBe(true);
      else expect(event.by).toBe(turn.speaker);
    }
  });

  it('calls the facilitator after three unheard attempts, and only then', () => {
    const states = Object.values(adjacency)
      .map((v) => v.state as SessionSnapshot)
      .filter(inCircle);
    expect(states.some((s) => s.context.phase!.turn.facilitatorCalled)).toBe(true);
    for (const s of states) expect(s.context.phase!.turn.facilitatorCalled).toBe(s.context.phase!.turn.attempts >= 3);
  });
});
