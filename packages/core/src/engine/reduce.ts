import { asPhase, type MethodPlan } from '../method/plan.js';
import { actionId, blockedId, contributionId, evaluationId, proposalId } from '../shared/ids.js';
import { dict, own } from '../shared/safe-map.js';
import { startCase } from './cases.js';
import type { SessionContext } from './context.js';
import { append, writable, writableRun } from './copy-on-write.js';
import { HEARD_ATTEMPTS_BEFORE_HELP } from './limits.js';
import { controls, eligibleSpeakers, turnOrder } from './participants.js';
import { handOver, join, leave } from './presence.js';
import { countsTowardsQuota } from './quota.js';
import type { EventOf, SessionEvent } from './schemas.js';
import { timeboxMs } from './timer.js';
import { afterConfirmation, afterContribution, afterPass, initialTurn, turnRefusal } from './turns.js';

/** Closes the timeline entry of the current phase run (mutates the working copy). */
export function leavePhase(ctx: SessionContext, at: number): void {
  const last = ctx.phaseLog.length - 1;
  const entry = ctx.phaseLog[last];
  // Replaces the entry instead of writing to it: the entry may be shared with an older state.
  if (entry && entry.endedAt === null) writable(ctx, 'phaseLog')[last] = { ...entry, endedAt: at, expired: ctx.phase?.expired ?? false };
  ctx.phase = null;
}

/** Starts a run of a phase (mutates the working copy). */
export function enterPhase(plan: MethodPlan, ctx: SessionContext, phaseId: string, at: number, seq: number): void {
  const step = plan.steps.get(phaseId);
  if (!step) return;
  if (ctx.phase) leavePhase(ctx, at);
  const run = (own(ctx.runs, phaseId) ?? 0) + 1;
  writable(ctx, 'runs')[phaseId] = run;
  const phase = asPhase(step.phase);
  const speakers = phase ? eligibleSpeakers(ctx, phase).length : 0;
  const order = phase ? turnOrder(ctx, phase) : [];
  ctx.phase = {
    id: phaseId,
    run,
    module: step.module,
    startedAt: at,
    startedSeq: seq,
    durationMs: timeboxMs(step.phase, speakers),
    extendedMs: 0,
    pausedMs: 0,
    expired: false,
    counts: dict(),
    turn: initialTurn(order),
  };
  append(ctx, 'phaseLog', { phaseId, run, startedAt: at, endedAt: null, expired: false });
}

/** Marks the session finished (mutates the working copy). */
export function finish(ctx: SessionContext, at: number, how: 'completed' | 'ended' | 'aborted', reason: string | null = null): void {
  leavePhase(ctx, at);
  ctx.status = how === 'aborted' ? 'aborted' : 'ended';
  ctx.completed = how === 'completed';
  ctx.abortReason = reason;
  ctx.pausedAt = null;
}

function addContribution(
  plan: MethodPlan,
  ctx: SessionContext,
  e: { seq: number; at: number; by: string; kind: string; text: string; replyTo?: string | undefined; findings: EventOf<'contributed'>['findings'] },
  overriddenBy: string | null,
): void {
  const run = writableRun(ctx);
  const phase = asPhase(run ? plan.steps.get(run.id)?.phase : undefined);
  if (!run || !phase) return;
  append(ctx, 'contributions', {
    id: contributionId(e.seq),
    seq: e.seq,
    at: e.at,
    by: e.by,
    kind: e.kind,
    text: e.text,
    phaseId: run.id,
    run: run.run,
    replyTo: e.replyTo ?? null,
    findings: e.findings,
    overriddenBy,
  });
  if (countsTowardsQuota(phase, e.kind)) run.counts[e.by] = (own(run.counts, e.by) ?? 0) + 1;
  const onTurn = overriddenBy === null || turnRefusal(phase, run.turn, e.by, e.kind, controls(plan, ctx, e.by)) === null;
  if (onTurn) afterContribution(phase, run.turn, e.by, e.kind, own(run.counts, e.by) ?? 0);
}

function proposeTopic(ctx: SessionContext, e: { seq: number; by: string; text: string; findings: EventOf<'topic-proposed'>['findings'] }): void {
  append(ctx, 'proposals', { id: proposalId(e.seq), seq: e.seq, by: e.by, text: e.text, findings: e.findings });
}

function setOutput(
  ctx: SessionContext,
  e: { seq: number; by: string; output: EventOf<'output-set'>['output']; text: string; findings: EventOf<'output-set'>['findings'] },
): void {
  writable(ctx, 'outputs')[e.output] = { text: e.text, by: e.by, seq: e.seq, findings: e.findings };
}

/**
 * Applies an event that does not change the phase (mutates a working copy: see `copy-on-write.ts`). Phase changes are
 * transitions of the machine, which call {@link enterPhase}, {@link leavePhase} and {@link finish}.
 */
export function applyEvent(plan: MethodPlan, ctx: SessionContext, event: SessionEvent): void {
  ctx.version = event.seq;
  ctx.updatedAt = event.at;
  const run = ctx.phase;
  const phase = asPhase(run ? plan.steps.get(run.id)?.phase : undefined);
  switch (event.type) {
    case 'started':
      ctx.status = 'running';
      return;
    case 'contributed':
      addContribution(plan, ctx, event, null);
      return;
    case 'contribution-blocked':
      append(ctx, 'blocked', {
        id: blockedId(event.seq),
        seq: event.seq,
        by: event.by,
        phaseId: run?.id ?? '',
        run: run?.run ?? 0,
        command: event.command,
        findings: event.findings,
        overriddenBy: null,
      });
      return;
    case 'overridden': {
      const at = ctx.blocked.findIndex((b) => b.id === event.blockedId);
      const blocked = ctx.blocked[at];
      if (!blocked) return;
      // A new list with a new element: the old state keeps its list and its element unchanged.
      ctx.blocked = ctx.blocked.map((b, i) => (i === at ? { ...b, overriddenBy: event.by } : b));
      const cmd = blocked.command;
      const base = { seq: event.seq, at: event.at, by: blocked.by, findings: blocked.findings };
      if (cmd.type === 'contribute') addContribution(plan, ctx, { ...base, kind: cmd.kind, text: cmd.text, replyTo: cmd.replyTo }, event.by);
      else if (cmd.type === 'propose-topic') proposeTopic(ctx, { ...base, text: cmd.text });
      else setOutput(ctx, { ...base, output: cmd.output, text: cmd.text });
      return;
    }
    case 'topic-proposed':
      proposeTopic(ctx, event);
      return;
    case 'topic-chosen': {
      const proposal = ctx.proposals.find((p) => p.id === event.proposalId);
      if (!proposal) return;
      ctx.topic = { proposalId: proposal.id, text: proposal.text, by: proposal.by };
      ctx.introducerId = proposal.by;
      return;
    }
    case 'output-set':
      setOutput(ctx, event);
      return;
    case 'passed':
      if (phase && run) afterPass(phase, writableRun(ctx)!.turn, event.by);
      return;
    case 'heard-confirmed':
      if (run) afterConfirmation(writableRun(ctx)!.turn, event.heard, HEARD_ATTEMPTS_BEFORE_HELP);
      return;
    case 'listener-chosen':
      if (run) writableRun(ctx)!.turn.listener = event.listener;
      return;
    case 'revealed':
      if (run) writableRun(ctx)!.turn.revealed = true;
      return;
    case 'action-added':
      writable(ctx, 'actionAuthors')[actionId(event.seq)] = event.by;
      append(ctx, 'actions', { id: actionId(event.seq), text: event.text, owner: event.owner, due: event.due, sessionId: ctx.sessionId });
      return;
    case 'action-reported':
      append(ctx, 'reports', { actionId: event.actionId, status: event.status, note: event.note, by: event.by });
      return;
    case 'evaluated':
      append(ctx, 'evaluations', { id: evaluationId(event.seq), by: event.by, rating: event.rating, text: event.text, phaseId: run?.id ?? '' });
      return;
    case 'paused':
      ctx.status = 'paused';
      ctx.pausedAt = event.at;
      return;
    case 'resumed':
      if (run && ctx.pausedAt !== null) writableRun(ctx)!.pausedMs += Math.max(0, event.at - ctx.pausedAt);
      ctx.status = 'running';
      ctx.pausedAt = null;
      return;
    case 'time-extended':
      if (run) {
        const writing = writableRun(ctx)!;
        writing.extendedMs += event.minutes * 60_000;
        writing.expired = false;
      }
      return;
    case 'timer-expired':
      if (run) writableRun(ctx)!.expired = true;
      return;
    case 'phase-repeated':
      if (run && event.phase !== run.id) writable(ctx, 'loops')[run.id] = (own(ctx.loops, run.id) ?? 0) + 1;
      return;
    case 'module-chosen':
      if (run) {
        writable(ctx, 'modules')[run.id] = event.module;
        writable(ctx, 'chosenModules')[run.id] = [event.module, ...(event.followedBy ?? [])];
      }
      return;
    case 'opted':
      writable(ctx, 'optIns')[event.phase] = event.optedIn;
      return;
    case 'case-started':
      startCase(plan, ctx, event);
      return;
    case 'left':
      leave(ctx, event.participant);
      return;
    case 'joined':
      join(plan, ctx, event.participant);
      return;
    case 'handed-over':
      handOver(plan, ctx, event.by, event.to);
      return;
    case 'redacted':
      redact(ctx, event.participant);
      return;
    case 'aborted':
      ctx.abortedBy = event.by;
      return;
    default:
      return;
  }
}

/** What redacted texts are replaced with. */
export const REDACTED = '[redacted]';

/**
 * Drops everything a participant wrote from a context (texts, notes, their name), as a store does in
 * the log: a live session applies this when it sees the store's `redacted` marker event (mutates the working copy).
 */
export function redact(ctx: SessionContext, participantId: string): void {
  if (!ctx.redacted.includes(participantId)) append(ctx, 'redacted', participantId);
  ctx.participants = ctx.participants.map((p) => (p.id === participantId ? { id: p.id, roles: p.roles } : p));
  const scrub = <T extends { by: string; findings: { suggestion?: string | undefined; span?: unknown }[] }>(item: T): T =>
    item.by === participantId ? { ...item, findings: item.findings.map(({ suggestion: _s, span: _p, ...rest }) => rest) } : item;
  ctx.contributions = ctx.contributions.map((c) => (c.by === participantId ? { ...scrub(c), text: REDACTED } : c));
  ctx.proposals = ctx.proposals.map((p) => (p.by === participantId ? { ...scrub(p), text: REDACTED } : p));
  // A case's topic and outputs, scrubbed into new objects (an earlier case's record may be shared with an older state).
  const scrubCase = <C extends Pick<SessionContext, 'topic' | 'outputs'>>(c: C): C => {
    const outputs = { ...c.outputs };
    for (const key of Object.keys(outputs) as (keyof SessionContext['outputs'])[]) {
      const out = outputs[key];
      if (out?.by === participantId) outputs[key] = { ...scrub(out), text: REDACTED };
    }
    return { ...c, topic: c.topic?.by === participantId ? { ...c.topic, text: REDACTED } : c.topic, outputs };
  };
  const current = scrubCase(ctx);
  ctx.topic = current.topic;
  ctx.outputs = current.outputs;
  if (ctx.cases) ctx.cases = { ...ctx.cases, earlier: ctx.cases.earlier.map(scrubCase) };
  ctx.blocked = ctx.blocked.map((b) => (b.by === participantId ? { ...scrub(b), command: { ...b.command, text: REDACTED } } : b));
  ctx.actions = ctx.actions.map((a) => (a.owner === participantId || own(ctx.actionAuthors, a.id) === participantId ? { ...a, text: REDACTED } : a));
  ctx.carriedActions = ctx.carriedActions.map((a) => (a.owner === participantId ? { ...a, text: REDACTED } : a));
  ctx.reports = ctx.reports.map((r) => (r.by === participantId && r.note !== null ? { ...r, note: REDACTED } : r));
  ctx.evaluations = ctx.evaluations.map((e) => (e.by === participantId && e.text !== null ? { ...e, text: REDACTED } : e));
  if (ctx.abortedBy === participantId && ctx.abortReason !== null) ctx.abortReason = REDACTED;
}
