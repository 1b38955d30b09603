import { asPhase, isChoice, type MethodPlan, moduleRange } from '../method/plan.js';
import type { OutputKind } from '../method/vocabulary.js';
import { own } from '../shared/safe-map.js';
import { caseNumber, caseStartSeq, hadCase, isCandidate, nextCandidate, runInCase } from './cases.js';
import type { BlockedInput, SessionContext } from './context.js';
import { hasOutput } from './outputs.js';
import { controls, findParticipant, hasAnyRole, hasRole } from './participants.js';
import { handOverRefusal, isAbsent, joinRefusal, leaveRefusal } from './presence.js';
import type { Pseudonyms } from './pseudonyms.js';
import { countsTowardsQuota, maxFor, quotaTotal, underQuota } from './quota.js';
import type { SessionEvent } from './schemas.js';
import { deadlineOf } from './timer.js';
import { passRefusal, turnRefusal } from './turns.js';

/** Why an event may not happen: a stable code and parameters for its message. */
export interface Refusal {
  /** Stable code, e.g. `not-your-turn`. */
  code: string;
  /** Values for the message template. */
  params?: Record<string, string | number>;
}

const refuseIf = (code: string | null): Refusal | null => (code ? { code } : null);
const refuse = (code: string, params?: Record<string, string | number>): Refusal => (params ? { code, params } : { code });

/** Events allowed while the session is paused. */
const WHILE_PAUSED = new Set(['resumed', 'ended', 'aborted', 'left', 'joined', 'handed-over']);
/** Events only a controlling role (facilitator) may cause. */
const CONTROL = new Set([
  'started',
  'revealed',
  'phase-advanced',
  'phase-repeated',
  'paused',
  'resumed',
  'time-extended',
  'ended',
  'aborted',
  'overridden',
  'topic-chosen',
  'case-started',
  'handed-over',
]);

function currentPhase(plan: MethodPlan, ctx: SessionContext) {
  return ctx.phase ? plan.steps.get(ctx.phase.id) : undefined;
}

function needsOutput(plan: MethodPlan, ctx: SessionContext, output: OutputKind): Refusal | null {
  const phase = currentPhase(plan, ctx)?.phase;
  if (!phase || isChoice(phase) || !phase.outputs.includes(output)) return refuse('wrong-phase', { output });
  return null;
}

/** Whether `id` is a contribution of the current phase run (searched from the newest: replies are usually recent). */
function repliesInRun(ctx: SessionContext, run: { id: string; run: number }, id: string): boolean {
  const list = ctx.contributions;
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i]!;
    if (c.phaseId !== run.id || c.run !== run.run) return false;
    if (c.id === id) return true;
  }
  return false;
}

/** Checks that `by` may say `kind` in the current phase: role, presence, kind, turn and quota. */
export function contributionRefusal(
  plan: MethodPlan,
  ctx: SessionContext,
  by: string,
  kind: string,
  replyTo: string | undefined,
  checkTurn = true,
  actor = by,
  pseudonyms?: Pseudonyms,
): Refusal | null {
  const phase = asPhase(currentPhase(plan, ctx)?.phase);
  const run = ctx.phase;
  if (!phase || !run) return refuse('wrong-phase');
  if (!phase.contributionKinds.includes(kind)) return refuse('kind-not-allowed', { kind, phase: phase.id });
  const isController = phase.turnPolicy === 'pair-until-heard' && controls(plan, ctx, actor);
  const calledIn = isController && run.turn.facilitatorCalled && kind === 'reflect-back';
  if (actor === ctx.introducerId && phase.introducer !== 'present') return refuse('introducer-away', { presence: phase.introducer });
  if (!calledIn && !hasAnyRole(ctx, actor, phase.speakers)) return refuse('forbidden-role', { phase: phase.id });
  const kindRoles = own(phase.kindRoles, kind);
  if (!calledIn && kindRoles && !hasAnyRole(ctx, actor, kindRoles)) return refuse('forbidden-role', { phase: phase.id });
  if (replyTo !== undefined && !repliesInRun(ctx, run, replyTo)) return refuse('unknown-reference', { ref: replyTo });
  if (checkTurn) {
    const turn = turnRefusal(phase, run.turn, by, kind, isController);
    if (turn) return refuse(turn);
  }
  const quota = phase.quota;
  if (quota && countsTowardsQuota(phase, kind) && underQuota(phase, ctx, actor)) {
    const max = maxFor(phase, ctx, actor);
    if (max !== undefined && (own(run.counts, by) ?? 0) >= max) return refuse('quota-exceeded', { max });
    const authorOf = (id: string) => pseudonyms?.author(id) ?? id;
    if (quota.total !== undefined && quotaTotal(phase, ctx, run.counts, authorOf) >= quota.total) return refuse('phase-quota-reached', { total: quota.total });
  }
  return null;
}

function blockedRefusal(plan: MethodPlan, ctx: SessionContext, blocked: BlockedInput | undefined, pseudonyms?: Pseudonyms): Refusal | null {
  if (!blocked) return refuse('unknown-reference');
  if (blocked.overriddenBy) return refuse('already-overridden');
  if (!ctx.phase || blocked.phaseId !== ctx.phase.id || blocked.run !== ctx.phase.run) return refuse('wrong-phase');
  const cmd = blocked.command;
  if (cmd.type === 'contribute')
    return contributionRefusal(plan, ctx, blocked.by, cmd.kind, cmd.replyTo, false, pseudonyms?.author(blocked.by) ?? blocked.by, pseudonyms);
  if (cmd.type === 'propose-topic') return topicRefusal(plan, ctx) ?? proposerRefusal(plan, ctx, blocked.by);
  return outputRefusal(plan, ctx, blocked.by, cmd.output);
}

function topicRefusal(plan: MethodPlan, ctx: SessionContext): Refusal | null {
  if (ctx.topic) return refuse('topic-already-chosen');
  return needsOutput(plan, ctx, 'topic');
}

/**
 * Who may propose a topic: the introducer once there is one; before that anyone who does not control
 * the session (choosing a topic makes its proposer the introducer, who holds only that role).
 */
function proposerRefusal(plan: MethodPlan, ctx: SessionContext, by: string): Refusal | null {
  if (ctx.introducerId !== null) return by === ctx.introducerId ? null : refuse('forbidden-role');
  return controls(plan, ctx, by) ? refuse('forbidden-role') : null;
}

function outputRefusal(plan: MethodPlan, ctx: SessionContext, by: string, output: OutputKind): Refusal | null {
  const wrong = needsOutput(plan, ctx, output);
  if (wrong) return wrong;
  const phase = asPhase(currentPhase(plan, ctx)?.phase);
  if (by === ctx.introducerId && phase && phase.introducer !== 'present') return refuse('introducer-away', { presence: phase.introducer });
  const setters = phase ? own(phase.outputSetters, output) : undefined;
  if (setters) return hasAnyRole(ctx, by, setters) ? null : refuse('forbidden-role', { phase: phase?.id ?? '' });
  if (by === ctx.introducerId || controls(plan, ctx, by) || (phase && hasAnyRole(ctx, by, phase.speakers))) return null;
  return refuse('forbidden-role', { phase: phase?.id ?? '' });
}

function advanceRefusal(plan: MethodPlan, ctx: SessionContext, pseudonyms?: Pseudonyms): Refusal | null {
  const step = currentPhase(plan, ctx);
  if (!step) return refuse('wrong-phase');
  if (isChoice(step.phase)) return refuse('module-not-chosen');
  for (const output of step.phase.requires) if (!hasOutput(ctx, output)) return refuse('output-missing', { output });
  const phase = step.phase;
  const min = phase.quota?.min;
  if (min !== undefined && ctx.phase) {
    // In a strict session's anonymous phase, contributions are counted under the author's pseudonym.
    const counted = (id: string) => (phase.anonymous && pseudonyms ? (pseudonyms.of(id) ?? id) : id);
    const behind = ctx.phase.turn.order.find((id) => underQuota(phase, ctx, id) && (own(ctx.phase!.counts, counted(id)) ?? 0) < min);
    if (behind) return refuse('quota-not-met', { min, by: behind });
  }
  return null;
}

/**
 * Whether the session may move past the last case phase: with a rotation's `everyone`, not while a
 * holder of its roles has not had a case (unless `maxCases` is reached).
 */
function casesRemainingRefusal(plan: MethodPlan, ctx: SessionContext): Refusal | null {
  const rotation = plan.rotation;
  if (!rotation?.everyone || ctx.phase?.id !== rotation.last) return null;
  if (rotation.maxCases !== undefined && caseNumber(ctx) >= rotation.maxCases) return null;
  const waiting = nextCandidate(plan, ctx);
  return waiting === undefined ? null : refuse('cases-remaining', { by: waiting });
}

/**
 * Whether the next case may start, brought by `introducer`: in the last case phase of a rotation, when
 * it may be left (outputs, minimum quotas), under `maxCases`, by a holder of the rotation's roles who
 * has not had a case yet.
 */
function caseRefusal(plan: MethodPlan, ctx: SessionContext, introducer: string, pseudonyms?: Pseudonyms): Refusal | null {
  const rotation = plan.rotation;
  if (!rotation) return refuse('no-rotation');
  if (ctx.phase?.id !== rotation.last) return refuse('wrong-phase');
  const leaving = advanceRefusal(plan, ctx, pseudonyms);
  if (leaving) return leaving;
  if (rotation.maxCases !== undefined && caseNumber(ctx) >= rotation.maxCases) return refuse('case-limit', { max: rotation.maxCases });
  if (!findParticipant(ctx, introducer)) return refuse('unknown-participant', { by: introducer });
  if (isAbsent(ctx, introducer)) return refuse('participant-absent', { by: introducer });
  if (hadCase(ctx, introducer)) return refuse('already-had-case', { by: introducer });
  return isCandidate(plan, ctx, introducer) ? null : refuse('cannot-bring-case', { by: introducer });
}

/**
 * Who may choose modules and how many: the choice phase's `choosers` (and the controllers, unless
 * `choosersOnly`), `choose.min`–`choose.max` existing modules, none twice.
 */
function moduleRefusal(plan: MethodPlan, ctx: SessionContext, by: string, chosen: readonly string[]): Refusal | null {
  const step = currentPhase(plan, ctx);
  if (!step || !isChoice(step.phase)) return refuse('wrong-phase');
  const { choosers, choosersOnly } = step.phase;
  const chooser = choosers !== undefined && hasAnyRole(ctx, by, choosers);
  if (!chooser && (choosersOnly === true || !controls(plan, ctx, by))) return refuse('forbidden-role');
  const { min, max } = moduleRange(step.phase);
  if (chosen.length < min || chosen.length > max) return refuse('module-count', { min, max });
  for (let i = 0; i < chosen.length; i++) {
    const module = chosen[i]!;
    if (!step.phase.modules.some((m) => m.id === module)) return refuse('unknown-module', { module });
    if (chosen.indexOf(module) !== i) return refuse('module-twice', { module });
  }
  return null;
}

/**
 * Who may opt into or out of a phase, and when: a holder of the phase's `optIn` role, before the
 * phase is reached (not while it runs).
 */
function optRefusal(plan: MethodPlan, ctx: SessionContext, by: string, phaseId: string): Refusal | null {
  const phase = asPhase(plan.steps.get(phaseId)?.phase);
  if (!phase) return refuse('unknown-reference', { ref: phaseId });
  if (phase.optIn === undefined) return refuse('not-optional', { phase: phaseId });
  if (!hasRole(ctx, by, phase.optIn)) return refuse('forbidden-role', { phase: phaseId });
  return ctx.phase?.id === phaseId ? refuse('wrong-phase') : null;
}

function repeatRefusal(plan: MethodPlan, ctx: SessionContext, target: string): Refusal | null {
  const step = currentPhase(plan, ctx);
  if (!step || !ctx.phase) return refuse('wrong-phase');
  const phase = asPhase(step.phase);
  if (target === step.phase.id) {
    const repeatable = phase?.repeatable ?? false;
    if (!repeatable) return refuse('not-repeatable', { phase: target });
    if (typeof repeatable === 'object' && runInCase(ctx, ctx.phase.id, ctx.phase.run) > repeatable.max) return refuse('repeat-limit', { max: repeatable.max });
    return null;
  }
  const loop = phase?.loopBack;
  if (!loop || loop.to !== target) return refuse('not-repeatable', { phase: target });
  if (loop.max !== undefined && (own(ctx.loops, step.phase.id) ?? 0) >= loop.max) return refuse('repeat-limit', { max: loop.max });
  return null;
}

/**
 * Who an event's `by` stands for: the participant behind a pseudonym in a strict session (only for
 * what is said in an anonymous phase), else `by` itself. `null` when the event breaks strictness: a
 * pseudonym where none may stand, or — in a strict session — a participant id where a pseudonym must.
 */
function actorOf(plan: MethodPlan, ctx: SessionContext, event: SessionEvent & { by: string }, pseudonyms: Pseudonyms | undefined): string | null {
  if (!pseudonyms) return event.by;
  const said = event.type === 'contributed' || (event.type === 'contribution-blocked' && event.command.type === 'contribute');
  const pseudonymous = said && ctx.phase !== null && asPhase(plan.steps.get(ctx.phase.id)?.phase)?.anonymous === true;
  if (!pseudonymous) return pseudonyms.author(event.by) === undefined ? event.by : null;
  return pseudonyms.author(event.by) ?? null;
}

/**
 * The pure authorisation check shared by the Session and the machine's guards: may this event happen
 * in this context under this method? Returns null when it may, or why not. A strict session (one with
 * a pseudonym key) passes its {@link Pseudonyms}: what is said in its anonymous phases must then be
 * logged under the author's pseudonym, and is authorised as the participant behind it.
 */
export function check(plan: MethodPlan, ctx: SessionContext, event: SessionEvent, pseudonyms?: Pseudonyms): Refusal | null {
  if (event.type === 'created') return refuse('already-started');
  if (event.seq !== ctx.version + 1) return refuse('bad-sequence', { seq: event.seq, expected: ctx.version + 1 });
  if (!Number.isFinite(event.at)) return refuse('invalid-time');
  // A store's redaction marker applies in any state, to a participant of the session.
  // In a strict session it may name a pseudonym too (the host redacts a participant's pseudonymous rows).
  if (event.type === 'redacted')
    return findParticipant(ctx, event.participant) || pseudonyms?.author(event.participant) !== undefined
      ? null
      : refuse('unknown-participant', { by: event.participant });
  if (ctx.status === 'ended' || ctx.status === 'aborted') return refuse('session-ended');
  if (event.type === 'timer-expired') {
    if (ctx.status !== 'running' || !ctx.phase || ctx.phase.id !== event.phase || ctx.phase.run !== event.run) return refuse('wrong-phase');
    const deadline = deadlineOf(ctx.phase);
    if (deadline === null) return refuse('no-timebox');
    if (ctx.phase.expired || event.at < deadline) return refuse('not-expired');
    return null;
  }
  const actor = actorOf(plan, ctx, event, pseudonyms);
  if (actor === null) return refuse('not-pseudonymous');
  if (!findParticipant(ctx, actor)) return refuse('not-a-participant', { by: event.by });
  // Someone who left does nothing until they are back (they may come back by themselves).
  if (isAbsent(ctx, actor) && !(event.type === 'joined' && event.participant.id === actor)) return refuse('participant-absent', { by: actor });
  if (ctx.status === 'lobby')
    return event.type === 'started' ? (controls(plan, ctx, event.by) ? null : refuse('forbidden-role')) : refuse('session-not-started');
  if (event.type === 'started') return refuse('already-started');
  if (ctx.status === 'paused' && !WHILE_PAUSED.has(event.type)) return refuse('session-paused');
  if (CONTROL.has(event.type) && !controls(plan, ctx, event.by)) return refuse('forbidden-role');
  const run = ctx.phase;
  const phase = asPhase(currentPhase(plan, ctx)?.phase);

  switch (event.type) {
    case 'contributed':
      if (event.findings.some((f) => f.severity === 'block')) return refuse('rule-violation');
      return contributionRefusal(plan, ctx, event.by, event.kind, event.replyTo, true, actor, pseudonyms);
    case 'contribution-blocked':
      return null;
    case 'overridden':
      return blockedRefusal(
        plan,
        ctx,
        ctx.blocked.find((b) => b.id === event.blockedId),
        pseudonyms,
      );
    case 'topic-proposed':
      if (event.findings.some((f) => f.severity === 'block')) return refuse('rule-violation');
      return topicRefusal(plan, ctx) ?? proposerRefusal(plan, ctx, event.by);
    case 'topic-chosen': {
      const wrong = topicRefusal(plan, ctx);
      if (wrong) return wrong;
      // Only a proposal of the current case: an earlier case's would make its proposer the introducer again.
      return ctx.proposals.some((p) => p.id === event.proposalId && p.seq > caseStartSeq(ctx)) ? null : refuse('unknown-reference', { ref: event.proposalId });
    }
    case 'output-set':
      if (event.findings.some((f) => f.severity === 'block')) return refuse('rule-violation');
      return outputRefusal(plan, ctx, event.by, event.output);
    case 'passed':
      if (!phase || !run) return refuse('wrong-phase');
      if (!run.turn.order.includes(event.by)) return refuse('forbidden-role', { phase: phase.id });
      return refuseIf(passRefusal(phase, run.turn, event.by));
    case 'heard-confirmed':
      if (!phase || !run || phase.turnPolicy !== 'pair-until-heard') return refuse('wrong-phase');
      if (event.by !== run.turn.speaker) return refuse('not-your-turn');
      return run.turn.reflected ? null : refuse('nothing-to-confirm');
    case 'listener-chosen':
      if (!phase || !run || phase.turnPolicy !== 'pair-until-heard') return refuse('wrong-phase');
      if (event.by !== run.turn.speaker) return refuse('not-your-turn');
      if (event.listener === event.by || !run.turn.order.includes(event.listener)) return refuse('unknown-participant', { by: event.listener });
      return run.turn.spoke ? refuse('not-your-turn') : null;
    case 'revealed':
      if (!phase || !run || phase.turnPolicy !== 'written-then-revealed') return refuse('wrong-phase');
      return run.turn.revealed ? refuse('already-revealed') : null;
    case 'phase-advanced':
      return advanceRefusal(plan, ctx, pseudonyms) ?? casesRemainingRefusal(plan, ctx);
    case 'case-started':
      return caseRefusal(plan, ctx, event.introducer, pseudonyms);
    case 'left':
      return leaveRefusal(plan, ctx, event);
    case 'joined':
      return joinRefusal(plan, ctx, event, pseudonyms);
    case 'handed-over':
      return handOverRefusal(plan, ctx, event);
    case 'phase-repeated':
      return repeatRefusal(plan, ctx, event.phase);
    case 'opted':
      return optRefusal(plan, ctx, event.by, event.phase);
    case 'module-chosen':
      return moduleRefusal(plan, ctx, event.by, [event.module, ...(event.followedBy ?? [])]);
    case 'action-added': {
      const wrong = needsOutput(plan, ctx, 'action-plan');
      if (wrong) return wrong;
      if (!findParticipant(ctx, event.owner)) return refuse('unknown-participant', { by: event.owner });
      if (event.by === ctx.introducerId && phase && phase.introducer !== 'present') return refuse('introducer-away', { presence: phase.introducer });
      if (phase?.actionPlan?.requireDue && event.due === null) return refuse('action-incomplete', { missing: 'due' });
      const setters = phase ? own(phase.outputSetters, 'action-plan') : undefined;
      if (setters) return hasAnyRole(ctx, event.by, setters) ? null : refuse('forbidden-role');
      return event.by === ctx.introducerId || controls(plan, ctx, event.by) || (phase && hasAnyRole(ctx, event.by, phase.speakers))
        ? null
        : refuse('forbidden-role');
    }
    case 'action-reported': {
      const wrong = needsOutput(plan, ctx, 'report-back');
      if (wrong) return wrong;
      const action = ctx.carriedActions.find((a) => a.id === event.actionId);
      if (!action) return refuse('unknown-reference', { ref: event.actionId });
      if (ctx.reports.some((r) => r.actionId === event.actionId)) return refuse('already-reported');
      return event.by === action.owner || controls(plan, ctx, event.by) ? null : refuse('forbidden-role');
    }
    case 'evaluated': {
      const wrong = needsOutput(plan, ctx, 'evaluation');
      if (wrong) return wrong;
      if (event.rating === null && event.text === null) return refuse('invalid-command');
      return ctx.evaluations.some((e) => e.by === event.by && e.phaseId === run?.id) ? refuse('already-evaluated') : null;
    }
    case 'paused':
      return ctx.status === 'paused' ? refuse('session-paused') : null;
    case 'resumed':
      return ctx.status === 'paused' ? null : refuse('not-paused');
    case 'time-extended':
      return run && run.durationMs !== null ? null : refuse('no-timebox');
    case 'ended':
    case 'aborted':
      return null;
  }
}
