import { initialTransition } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { caseNumber, caseStartSeq, nextCandidate } from '../engine/cases.js';
import { controls } from '../engine/participants.js';
import type { CreatedEvent } from '../engine/schemas.js';
import { deadlineOf } from '../engine/timer.js';
import { createSessionMachine, type MachineEvent } from '../machine/compile.js';
import type { MethodDefinition } from '../method/define.js';
import { asPhase, isChoice, moduleRange, planOf } from '../method/plan.js';
import type { ChoicePhase } from '../method/schema.js';
import { TEXT_OUTPUTS } from '../method/vocabulary.js';
import type { SessionSnapshot } from '../session/snapshot.js';

/** One path through a method: the events from the start to a state. */
export interface MethodPath {
  /** Phase ids entered, in order. */
  phases: string[];
  /** The events, in order. */
  events: MachineEvent[];
  /** The state reached. */
  state: SessionSnapshot;
}

/** What {@link exploreMethod} finds. */
export interface MethodExploration {
  /** Shortest paths to every distinct state reached. */
  paths: MethodPath[];
  /** Phases some path enters. */
  reachablePhases: string[];
  /** Phases no path enters (a design error). */
  unreachablePhases: string[];
  /** Whether some path ends the session after its last phase. */
  canComplete: boolean;
  /** States (serialised) from which no path leads to the end. */
  deadEnds: string[];
}

const CONTROLLER = 'explorer-facilitator';
const INTRODUCER = 'explorer-introducer';

/** The `created` event the explorer starts from: a facilitator, an introducer, and peers for every other role. */
export function explorationInput(method: MethodDefinition, carriedActions: CreatedEvent['carriedActions'] = []): CreatedEvent {
  const plan = planOf(method);
  const controlRole = [...plan.controlRoles][0];
  const participants: CreatedEvent['participants'] = [{ id: INTRODUCER, roles: ['introducer'] }];
  if (controlRole) participants.push({ id: CONTROLLER, roles: [controlRole] });
  for (const role of method.roles)
    if (role.id !== 'introducer' && role.id !== controlRole)
      for (let i = 0; i < Math.max(1, role.min); i++) participants.push({ id: `explorer-${role.id}-${i}`, roles: [role.id] });
  return {
    type: 'created',
    seq: 0,
    at: 0,
    sessionId: 'explore',
    tenantId: 'explore',
    method: { id: method.id, version: method.version },
    participants,
    lang: 'en',
    carriedActions,
  };
}

/** Events the explorer tries in a state: everything that can change the phase or the outputs that gate it. */
function candidateEvents(method: MethodDefinition, state: SessionSnapshot): MachineEvent[] {
  const plan = planOf(method);
  const ctx = state.context;
  // A controller who is not the introducer (with a rotation, the explorer's controller may bring a case).
  const controller = ctx.participants.find((p) => controls(plan, ctx, p.id))?.id ?? CONTROLLER;
  const meta = { seq: ctx.version + 1, at: ctx.updatedAt + 1, by: controller };
  if (ctx.status === 'lobby') return [{ type: 'started', ...meta }];
  const step = ctx.phase ? plan.steps.get(ctx.phase.id) : undefined;
  if (!step || !ctx.phase) return [];
  const out: MachineEvent[] = [{ type: 'phase-advanced', ...meta }];
  const phase = asPhase(step.phase);
  if (isChoice(step.phase)) {
    // Only the choosers choose when the phase says so (Tietze's case narrator).
    const chooser = step.phase.choosersOnly && step.phase.choosers?.[0] ? holderOf(ctx, step.phase.choosers[0]) : controller;
    for (const [module, ...followedBy] of moduleChoices(step.phase))
      out.push({ type: 'module-chosen', ...meta, by: chooser, module: module!, ...(followedBy.length > 0 ? { followedBy } : {}) });
  }
  // The next case of a rotation, brought by the first member who has not had one.
  const next = plan.rotation?.last === ctx.phase.id ? nextCandidate(plan, ctx) : undefined;
  if (next !== undefined) out.push({ type: 'case-started', ...meta, introducer: next });
  // Opt into every optional phase not yet opted into, as a holder of its role.
  for (const id of plan.order) {
    const optIn = asPhase(plan.steps.get(id)?.phase)?.optIn;
    if (optIn !== undefined && id !== ctx.phase.id && ctx.optIns[id] !== true)
      out.push({ type: 'opted', ...meta, by: holderOf(ctx, optIn), phase: id, optedIn: true });
  }
  if (phase) {
    if (phase.repeatable) out.push({ type: 'phase-repeated', ...meta, phase: phase.id });
    if (phase.loopBack) out.push({ type: 'phase-repeated', ...meta, phase: phase.loopBack.to });
    if (phase.outputs.includes('topic')) {
      // A proposal of the current case (an earlier case's cannot be chosen again).
      const proposal = ctx.proposals.find((p) => p.seq > caseStartSeq(ctx));
      out.push(
        proposal
          ? { type: 'topic-chosen', ...meta, proposalId: proposal.id }
          : { type: 'topic-proposed', ...meta, by: ctx.introducerId ?? INTRODUCER, text: 'How do I handle my workload?', findings: [] },
      );
    }
    for (const output of TEXT_OUTPUTS)
      if (phase.outputs.includes(output)) out.push({ type: 'output-set', ...meta, output, text: 'What do I want?', findings: [] });
    if (phase.outputs.includes('action-plan')) out.push({ type: 'action-added', ...meta, text: 'Act', owner: ctx.introducerId ?? INTRODUCER, due: null });
    if (phase.outputs.includes('evaluation')) out.push({ type: 'evaluated', ...meta, rating: 4, text: null });
    // A phase with a minimum quota is left only after everyone who takes turns has contributed enough.
    const min = phase.quota?.min;
    const kind = phase.quota?.kinds?.[0] ?? phase.contributionKinds.find((k) => k !== 'answer');
    if (min !== undefined && kind)
      for (const id of ctx.phase.turn.order)
        if ((ctx.phase.counts[id] ?? 0) < min) out.push({ type: 'contributed', ...meta, by: id, kind, text: 'A contribution.', findings: [] });
    if (phase.outputs.includes('report-back'))
      for (const action of ctx.carriedActions) out.push({ type: 'action-reported', ...meta, actionId: action.id, status: 'done', note: null });
  }
  const deadline = deadlineOf(ctx.phase);
  if (deadline !== null) out.push({ type: 'timer-expired', seq: meta.seq, at: Math.max(meta.at, deadline), phase: ctx.phase.id, run: ctx.phase.run });
  return out;
}

/** At most this many module sequences are tried per choice phase. */
const MAX_MODULE_CHOICES = 200;

/**
 * Every way a choice phase may be answered: each sequence of `choose.min`–`choose.max` different
 * modules, in order (at most {@link MAX_MODULE_CHOICES}).
 */
export function moduleChoices(phase: ChoicePhase): string[][] {
  const { min, max } = moduleRange(phase);
  const ids = phase.modules.map((m) => m.id);
  const out: string[][] = [];
  const grow = (prefix: string[]): void => {
    if (out.length >= MAX_MODULE_CHOICES) return;
    if (prefix.length >= min) out.push(prefix);
    if (prefix.length >= max) return;
    for (const id of ids) if (!prefix.includes(id)) grow([...prefix, id]);
  };
  grow([]);
  return out;
}

/** A participant of the exploration holding `role` (the explorer's introducer, controller or a role holder). */
function holderOf(ctx: SessionSnapshot['context'], role: string): string {
  if (role === 'introducer') return ctx.introducerId ?? INTRODUCER;
  return ctx.participants.find((p) => p.id !== ctx.introducerId && p.roles.includes(role))?.id ?? CONTROLLER;
}

/** A state's identity for exploration: lifecycle, phase, run counts (capped), which outputs exist, opt-ins, chosen modules and the case. */
function serialise(state: SessionSnapshot): string {
  const c = state.context;
  return JSON.stringify([
    state.value,
    c.status,
    c.phase?.run ?? 0,
    c.phase?.expired ?? false,
    c.phase?.counts ?? {},
    c.phase?.turn.index ?? 0,
    c.loops,
    c.topic !== null,
    c.proposals.some((p) => p.seq > caseStartSeq(c)),
    Object.keys(c.outputs).sort(),
    c.actions.length > 0,
    c.evaluations.length > 0,
    c.reports.length,
    c.optIns,
    c.chosenModules,
    caseNumber(c),
    c.introducerId,
  ]);
}

/**
 * Explores every state of a method's machine reachable by phase-changing events (with
 * `xstate/graph`'s shortest paths), and reports unreachable phases and dead ends: states from which
 * the session can never end. Used by the tests of every method and by the CLI's lint.
 */
export function exploreMethod(method: MethodDefinition, options: { carriedActions?: CreatedEvent['carriedActions']; limit?: number } = {}): MethodExploration {
  const machine = createSessionMachine(method);
  const input = explorationInput(method, options.carriedActions ?? [{ id: 'prev-a-1', text: 'Earlier action', owner: INTRODUCER, due: null }]);
  const fromState = initialTransition(machine, input)[0];
  const traversal = {
    fromState,
    events: (state: SessionSnapshot) => candidateEvents(method, state),
    serializeState: (state: SessionSnapshot) => serialise(state),
    serializeEvent: (event: MachineEvent) => JSON.stringify({ ...event, seq: 0, at: 0 }),
    limit: options.limit ?? 20_000,
  };
  const raw = getShortestPaths(machine, traversal as never);
  const paths: MethodPath[] = raw.map((path) => ({
    events: path.steps.map((s) => s.event as MachineEvent).filter((e) => (e.type as string) !== 'xstate.init'),
    state: path.state as SessionSnapshot,
    phases: [...new Set((path.state as SessionSnapshot).context.phaseLog.map((entry) => entry.phaseId))],
  }));
  const plan = planOf(method);
  const reachable = new Set(paths.flatMap((p) => p.phases));
  for (const p of paths) if (p.state.context.phase) reachable.add(p.state.context.phase.id);

  // Dead ends: states from which no edge of the full adjacency map leads (transitively) to `ended`.
  const edges = adjacencyMapToArray(getAdjacencyMap(machine, traversal as never));
  const reverse = new Map<string, string[]>();
  const ends = new Set<string>();
  const states = new Set<string>();
  for (const { state, nextState } of edges) {
    const from = serialise(state as SessionSnapshot);
    const to = serialise(nextState as SessionSnapshot);
    states.add(from).add(to);
    if (!reverse.has(to)) reverse.set(to, []);
    reverse.get(to)!.push(from);
    if ((nextState as SessionSnapshot).context.status === 'ended') ends.add(to);
  }
  const canEnd = new Set(ends);
  const queue = [...ends];
  while (queue.length > 0) for (const from of reverse.get(queue.pop()!) ?? []) if (!canEnd.has(from)) canEnd.add(from) && queue.push(from);
  const deadEnds = [...states].filter((key) => !canEnd.has(key) && !key.includes('"aborted"'));
  return {
    paths,
    reachablePhases: plan.order.filter((id) => reachable.has(id)),
    unreachablePhases: plan.order.filter((id) => !reachable.has(id)),
    canComplete: paths.some((p) => p.state.context.status === 'ended' && p.state.context.completed),
    deadEnds,
  };
}
