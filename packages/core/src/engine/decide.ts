import { asPhase, type MethodPlan } from '../method/plan.js';
import type { Finding } from '../rules/types.js';
import { check, type Refusal } from './check.js';
import type { SessionContext } from './context.js';
import type { Pseudonyms } from './pseudonyms.js';
import type { Command, SessionEvent } from './schemas.js';

/** What `decide` needs besides the state and the command: the new event's sequence number and time, and rule findings. */
export interface DecideContext {
  /** Time of the new event (epoch ms, from the session's clock). */
  at: number;
  /** Findings the rules reported for the command's text (computed before `decide`; rules may be async). */
  findings?: readonly Finding[];
  /** A strict session's pseudonyms: what is said in an anonymous phase is logged under the author's pseudonym. */
  pseudonyms?: Pseudonyms;
}

/** The outcome of {@link decide}: the events to append, or why not. */
export type Decision =
  | {
      ok: true;
      /** Events to append (one today; a list so commands may grow into several). */
      events: SessionEvent[];
      /** Whether the input was recorded as blocked by the rules (a `contribution-blocked` event). */
      blocked: boolean;
    }
  | ({ ok: false } & Refusal);

/** Events whose text the rules check, and the rule target and kind they are checked as. */
export function ruleSubject(event: SessionEvent): { target: 'contribution' | 'topic'; kind: string; text: string } | undefined {
  if (event.type === 'contributed') return { target: 'contribution', kind: event.kind, text: event.text };
  if (event.type === 'topic-proposed') return { target: 'topic', kind: 'topic', text: event.text };
  if (event.type === 'output-set') return { target: 'topic', kind: event.output, text: event.text };
  return undefined;
}

/** The event a command becomes, stamped with sequence number and time, before rule findings. */
export function toEvent(command: Command, ctx: SessionContext, at: number): SessionEvent {
  const meta = { seq: ctx.version + 1, at, by: command.by, ...(command.commandId !== undefined ? { commandId: command.commandId } : {}) };
  switch (command.type) {
    case 'start':
      return { type: 'started', ...meta };
    case 'propose-topic':
      return { type: 'topic-proposed', ...meta, text: command.text, findings: [] };
    case 'choose-topic':
      return { type: 'topic-chosen', ...meta, proposalId: command.proposalId };
    case 'contribute':
      return {
        type: 'contributed',
        ...meta,
        kind: command.kind,
        text: command.text,
        ...(command.replyTo !== undefined ? { replyTo: command.replyTo } : {}),
        findings: [],
      };
    case 'answer':
      return { type: 'contributed', ...meta, kind: 'answer', text: command.text, replyTo: command.questionId, findings: [] };
    case 'pass':
      return { type: 'passed', ...meta };
    case 'confirm-heard':
      return { type: 'heard-confirmed', ...meta, heard: command.heard };
    case 'choose-listener':
      return { type: 'listener-chosen', ...meta, listener: command.listener };
    case 'reveal':
      return { type: 'revealed', ...meta };
    case 'advance':
      return { type: 'phase-advanced', ...meta };
    case 'repeat':
      // `repeat` without a phase repeats the current one.
      return { type: 'phase-repeated', ...meta, phase: command.phase ?? ctx.phase?.id ?? '' };
    case 'choose-module':
      return { type: 'module-chosen', ...meta, module: command.module, ...(command.followedBy !== undefined ? { followedBy: command.followedBy } : {}) };
    case 'opt-in':
    case 'opt-out':
      return { type: 'opted', ...meta, phase: command.phase, optedIn: command.type === 'opt-in' };
    case 'next-case':
      return { type: 'case-started', ...meta, introducer: command.introducer };
    case 'leave':
      // Without a participant, the sender leaves.
      return { type: 'left', ...meta, participant: command.participant ?? command.by };
    case 'join':
      return { type: 'joined', ...meta, participant: command.participant };
    case 'hand-over':
      return { type: 'handed-over', ...meta, to: command.to };
    case 'set-output':
      return { type: 'output-set', ...meta, output: command.output, text: command.text, findings: [] };
    case 'add-action':
      // Without an owner, the action is the introducer's (or the author's, before there is one).
      return { type: 'action-added', ...meta, text: command.text, owner: command.owner ?? ctx.introducerId ?? command.by, due: command.due ?? null };
    case 'report-action':
      return { type: 'action-reported', ...meta, actionId: command.actionId, status: command.status, note: command.note ?? null };
    case 'evaluate':
      return { type: 'evaluated', ...meta, rating: command.rating ?? null, text: command.text ?? null };
    case 'pause':
      return { type: 'paused', ...meta };
    case 'resume':
      return { type: 'resumed', ...meta };
    case 'extend-time':
      return { type: 'time-extended', ...meta, minutes: command.minutes };
    case 'end':
      return { type: 'ended', ...meta };
    case 'abort':
      return { type: 'aborted', ...meta, reason: command.reason ?? null };
    case 'override':
      return { type: 'overridden', ...meta, blockedId: command.blockedId };
  }
}

/** The blocked form of a contribution, topic or output event whose rules said `block`. */
export function toBlocked(event: SessionEvent): SessionEvent | undefined {
  const meta = { seq: event.seq, at: event.at, by: 'by' in event ? event.by : '', ...(event.commandId !== undefined ? { commandId: event.commandId } : {}) };
  switch (event.type) {
    case 'contributed':
      return {
        type: 'contribution-blocked',
        ...meta,
        command: { type: 'contribute', kind: event.kind, text: event.text, ...(event.replyTo !== undefined ? { replyTo: event.replyTo } : {}) },
        findings: event.findings,
      };
    case 'topic-proposed':
      return { type: 'contribution-blocked', ...meta, command: { type: 'propose-topic', text: event.text }, findings: event.findings };
    case 'output-set':
      return { type: 'contribution-blocked', ...meta, command: { type: 'set-output', output: event.output, text: event.text }, findings: event.findings };
    default:
      return undefined;
  }
}

/**
 * `decide(state, command, context) → events | rejection`: authorises a parsed command against the
 * state (actor, role, turn, phase, expected phase run) with the same `check` a restore runs on every
 * logged event, and records the rule findings computed before it. A text the rules block becomes a
 * `contribution-blocked` event (which a facilitator may override). Pure.
 */
export function decide(plan: MethodPlan, ctx: SessionContext, command: Command, context: DecideContext): Decision {
  if (command.expect && (ctx.phase?.id !== command.expect.phase || ctx.phase.run !== command.expect.run))
    return { ok: false, code: 'stale-phase', params: { phase: ctx.phase?.id ?? '', run: ctx.phase?.run ?? 0 } };
  if (command.type === 'add-action') {
    const rule = asPhase(ctx.phase ? plan.steps.get(ctx.phase.id)?.phase : undefined)?.actionPlan;
    if (rule?.requireOwner && command.owner === undefined) return { ok: false, code: 'action-incomplete', params: { missing: 'owner' } };
    if (rule?.requireDue && command.due === undefined) return { ok: false, code: 'action-incomplete', params: { missing: 'due' } };
  }
  const event = toEvent(command, ctx, context.at);
  if (context.pseudonyms && event.type === 'contributed' && ctx.phase && asPhase(plan.steps.get(ctx.phase.id)?.phase)?.anonymous) {
    const pseudonym = context.pseudonyms.of(event.by);
    if (pseudonym !== undefined) event.by = pseudonym;
  }
  const refusal = check(plan, ctx, event, context.pseudonyms);
  if (refusal) return { ok: false, ...refusal };
  const findings = context.findings ?? [];
  if (findings.length === 0 || !ruleSubject(event)) return { ok: true, events: [event], blocked: false };
  (event as { findings: Finding[] }).findings = [...findings];
  const blocked = findings.some((f) => f.severity === 'block') ? toBlocked(event) : undefined;
  return blocked ? { ok: true, events: [blocked], blocked: true } : { ok: true, events: [event], blocked: false };
}
