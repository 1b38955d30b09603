import {
  type Command,
  createManualClock,
  createSession,
  isChoice,
  type MethodDefinition,
  type ParticipantInput,
  type SendResult,
  type Session,
  TEXT_OUTPUTS,
} from '@intervision/core';
import { exploreMethod, planOf } from '@intervision/core/machine';
import { GENERIC_TEXTS, SAMPLE_TEXTS } from './texts.js';

/** Options for {@link simulate}. */
export interface SimulateOptions {
  /** How many sessions to run. */
  runs: number;
  /** Seed of the random choices (same seed, same runs). */
  seed: number;
  /** Most commands per session before it counts as stuck. */
  maxSteps: number;
  /** Called after each run (for a progress bar). */
  onRun?: (done: number) => void;
}

/** What many random sessions through a method showed. */
export interface SimulationReport {
  /** Sessions run. */
  runs: number;
  /** Sessions that reached the end. */
  completed: number;
  /** Sessions still running after the step limit, by the phase they were stuck in. */
  stuck: Map<string, number>;
  /** How many sessions entered each phase. */
  phaseVisits: Map<string, number>;
  /** Phases no session entered. */
  neverReached: string[];
  /** Rules set (not `off`) in some phase, by how often they reported a finding. */
  ruleHits: Map<string, number>;
  /** Rules set in some phase that never reported anything. */
  rulesNeverFired: string[];
  /** Refusals by code. */
  refusals: Map<string, number>;
  /** Exact state-space facts (xstate/graph): unreachable phases and dead ends. */
  exploration: { unreachablePhases: string[]; deadEnds: number; canComplete: boolean };
}

/** A small seeded random number generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The participants of a simulated session: one introducer, one controller, and others for every other role. */
export function simulatedParticipants(method: MethodDefinition): ParticipantInput[] {
  const plan = planOf(method);
  const control = [...plan.controlRoles][0];
  const introducer = method.roles.find((r) => r.id === 'introducer');
  // With no introducer required, the introducer is whoever's topic is chosen: Ina starts as a peer.
  const inaRole = introducer && introducer.min === 0 && method.roles.some((r) => r.id === 'peer') ? 'peer' : 'introducer';
  const out: ParticipantInput[] = [{ id: 'ina', name: 'Ina', role: inaRole }];
  if (control) out.push({ id: 'fay', name: 'Fay', role: control });
  const names = ['ben', 'cas', 'dee', 'eli', 'gus', 'hal', 'ivy', 'jon'];
  for (const role of method.roles) {
    if (role.id === 'introducer') continue;
    // The controlling role has Fay already; others join it up to its minimum.
    const wanted = role.id === control ? Math.max(1, role.min) - 1 : Math.min(Math.max(1, role.min, role.id === 'peer' ? 3 : 1), role.max ?? 8);
    for (let i = 0; i < wanted && names.length > 0; i++) out.push({ id: names.shift()!, role: role.id });
  }
  // With a rotation, Ina takes part in later cases with the role the next introducers come from.
  const rotating = method.rotation?.roles[0];
  const holders = (role: string) => out.filter((p) => [p.role].flat().includes(role)).length;
  const max = rotating === undefined ? undefined : method.roles.find((r) => r.id === rotating)?.max;
  if (rotating !== undefined && inaRole === 'introducer' && (max === undefined || holders(rotating) < max))
    out[0] = { ...out[0]!, role: ['introducer', rotating] };
  return out;
}

/**
 * Who controls the session now: the first participant holding a controlling role (in a method that
 * rotates the introducer, a controller who brings a case hands control to the others for that case).
 */
export function controllerNow(method: MethodDefinition, session: Session, fallback: string): string {
  const control = planOf(method).controlRoles;
  return session.getState().participants.find((p) => p.roles.some((r) => control.has(r)))?.id ?? fallback;
}

/** Commands that could move the session on from where it is. */
function candidates(method: MethodDefinition, session: Session, people: readonly ParticipantInput[], pick: <T>(list: readonly T[]) => T): Command[] {
  const state = session.getState();
  const control = controllerNow(method, session, people[1]?.id ?? 'ina');
  if (state.status === 'lobby') return [{ type: 'start', by: control }];
  if (state.status !== 'running' || !state.phase) return [];
  const step = planOf(method).steps.get(state.phase.id);
  const out: Command[] = [{ type: 'advance', by: control }];
  const someone = () => pick(people).id;
  // The controller chooses, or anyone (a choice phase may let only its choosers choose).
  if (step && isChoice(step.phase)) {
    const ids = step.phase.modules.map((m) => m.id);
    for (const module of ids) {
      out.push({ type: 'choose-module', by: control, module }, { type: 'choose-module', by: someone(), module });
      // One or more modules after it, where the phase lets one choice pick several.
      if ((step.phase.choose?.max ?? 1) > 1) out.push({ type: 'choose-module', by: someone(), module, followedBy: [pick(ids)] });
    }
  }
  // The next case of a rotation, brought by someone (the engine refuses who had one or may not bring one).
  if (planOf(method).rotation?.last === state.phase.id) out.push({ type: 'next-case', by: control, introducer: someone() });
  // Someone opts into an opt-in phase (the engine refuses it unless they hold the phase's optIn role).
  for (const [id, next] of planOf(method).steps)
    if (!isChoice(next.phase) && next.phase.optIn !== undefined) out.push({ type: 'opt-in', by: someone(), phase: id });
  const phase = step && !isChoice(step.phase) ? step.phase : undefined;
  if (!phase) return out;
  for (const kind of phase.contributionKinds)
    for (let i = 0; i < 3; i++) out.push({ type: 'contribute', by: someone(), kind, text: pick(SAMPLE_TEXTS.get(kind) ?? GENERIC_TEXTS) });
  out.push({ type: 'pass', by: state.turn?.current ?? someone() }, { type: 'reveal', by: control });
  if (phase.turnPolicy === 'pair-until-heard')
    out.push({ type: 'confirm-heard', by: someone(), heard: pick([true, false]) }, { type: 'choose-listener', by: someone(), listener: someone() });
  if (phase.outputs.includes('topic')) {
    out.push({ type: 'propose-topic', by: someone(), text: pick(SAMPLE_TEXTS.get('topic')!) });
    for (const proposal of state.proposals) out.push({ type: 'choose-topic', by: control, proposalId: proposal.id });
  }
  for (const output of TEXT_OUTPUTS)
    if (phase.outputs.includes(output)) out.push({ type: 'set-output', by: pick([control, 'ina']), output, text: 'What can I do to feel less alone in this?' });
  if (phase.outputs.includes('action-plan'))
    out.push({ type: 'add-action', by: pick([control, 'ina']), text: 'Talk to Tom on Monday', owner: 'ina', due: '2026-02-01' });
  if (phase.outputs.includes('evaluation')) out.push({ type: 'evaluate', by: someone(), rating: 4, text: 'Useful.' });
  return out;
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function record(result: SendResult, report: SimulationReport): void {
  for (const finding of result.findings) count(report.ruleHits, finding.ruleId);
  if (!result.ok) count(report.refusals, result.code);
}

/** Rules a method sets (not `off`) somewhere. */
function configuredRules(method: MethodDefinition): string[] {
  const out = new Set<string>();
  for (const step of planOf(method).steps.values())
    if (!isChoice(step.phase))
      for (const [id, setting] of Object.entries(step.phase.rules)) if ((typeof setting === 'string' ? setting : setting.mode) !== 'off') out.add(id);
  return [...out];
}

/**
 * Runs random sessions through the engine (public API, simulated clock): commands chosen at random
 * among what could move each session on, with texts that sometimes break the rules, and time that
 * sometimes passes. Reports phases never reached, sessions that got stuck, and rules that never fired.
 */
export async function simulate(method: MethodDefinition, options: SimulateOptions): Promise<SimulationReport> {
  const rand = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const found = exploreMethod(method);
  const report: SimulationReport = {
    runs: options.runs,
    completed: 0,
    stuck: new Map(),
    phaseVisits: new Map(),
    neverReached: [],
    ruleHits: new Map(configuredRules(method).map((id) => [id, 0])),
    rulesNeverFired: [],
    refusals: new Map(),
    exploration: { unreachablePhases: found.unreachablePhases, deadEnds: found.deadEnds.length, canComplete: found.canComplete },
  };
  const people = simulatedParticipants(method);
  for (let run = 0; run < options.runs; run++) {
    const clock = createManualClock();
    const session = await createSession(method, { participants: people, clock, sessionId: `sim-${run}` });
    const visited = new Set<string>();
    for (let step = 0; step < options.maxSteps; step++) {
      const state = session.getState();
      if (state.phase) visited.add(state.phase.id);
      if (state.status === 'ended' || state.status === 'aborted') break;
      if (rand() < 0.05) {
        clock.advance(60_000 * (1 + Math.floor(rand() * 10)));
        await session.tick();
        continue;
      }
      const options = candidates(method, session, people, pick);
      if (options.length === 0) break;
      const advance = options[0]!;
      record(await session.send(rand() < 0.2 ? advance : pick(options)), report);
    }
    const end = session.getState();
    if (end.status === 'ended') report.completed++;
    else count(report.stuck, end.phase?.id ?? end.status);
    for (const id of visited) count(report.phaseVisits, id);
    session.stop();
    options.onRun?.(run + 1);
  }
  report.neverReached = planOf(method).order.filter((id) => !report.phaseVisits.has(id));
  report.rulesNeverFired = [...report.ruleHits].filter(([, n]) => n === 0).map(([id]) => id);
  return report;
}
