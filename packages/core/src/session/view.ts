import type { ActionReport, BlockedInput, Contribution, Evaluation, PhaseLogEntry, Proposal, SessionContext, SessionStatus } from '../engine/context.js';
import { hasRole } from '../engine/participants.js';
import type { Action } from '../engine/schemas.js';
import { deadlineOf } from '../engine/timer.js';
import { currentTurn } from '../engine/turns.js';
import { localize } from '../i18n/localized.js';
import { asPhase, isChoice, type MethodPlan } from '../method/plan.js';
import type { IntroducerPresence, PhaseKind, TurnPolicy } from '../method/vocabulary.js';
import type { Finding } from '../rules/types.js';
import type { Lang } from '../shared/lang.js';

/** The current phase, as a UI shows it. */
export interface PhaseView {
  /** Phase id. */
  id: string;
  /** Localised name. */
  name: string;
  /** Phase kind, or `choice`. */
  kind: PhaseKind | 'choice';
  /** Localised instructions. */
  instructions: string;
  /** Module it belongs to, or null. */
  module: string | null;
  /** Position in the method's flattened order. */
  index: number;
  /** Which run of the phase (2 after a repeat). */
  run: number;
  /** Start (epoch ms). */
  startedAt: number;
  /** When its timebox runs out (epoch ms), not counting a pause in progress; null without a timebox. */
  deadline: number | null;
  /** Whether the timebox ran out. */
  expired: boolean;
  /** Where the introducer is. */
  introducer: IntroducerPresence;
  /** Roles that may speak. */
  speakers: string[];
  /** Contribution kinds allowed. */
  contributionKinds: string[];
  /** Turn policy. */
  turnPolicy: TurnPolicy;
  /** Modules to choose from (choice phases). */
  modules: { id: string; name: string }[];
}

/** Whose turn it is. */
export interface TurnView {
  /** Turn policy. */
  policy: TurnPolicy;
  /** Who should speak now: the round-robin turn or the pair's speaker; null when anyone may. */
  current: string | null;
  /** The active listener (`pair-until-heard`). */
  listener: string | null;
  /** Who takes turns, in order. */
  order: string[];
  /** Who has written or passed (`written-then-revealed`). */
  submitted: string[];
  /** Whether written contributions are visible. */
  revealed: boolean;
  /** Unheard attempts in this exchange (`pair-until-heard`). */
  attempts: number;
  /** Whether the facilitator is called in to help. */
  facilitatorCalled: boolean;
}

/** A contribution as shown: text is null while it is written and not yet revealed. */
export type ContributionView = Omit<Contribution, 'text'> & { text: string | null; hidden: boolean };

/** A read-only view of a session: everything a UI or report needs. Derived from the event log alone. */
export interface SessionView {
  /** Session id. */
  id: string;
  /** Tenant id. */
  tenantId: string;
  /** Method id, version and localised name. */
  method: { id: string; version: string; name: string };
  /** Session language. */
  lang: Lang;
  /** Lifecycle status. */
  status: SessionStatus;
  /** Whether the session ran to the end of its last phase. */
  completed: boolean;
  /** Why it was aborted. */
  abortReason: string | null;
  /** Sequence number of the last event. */
  version: number;
  /** Creation time. */
  createdAt: number;
  /** Last change. */
  updatedAt: number;
  /** When the current pause started, or null. */
  pausedAt: number | null;
  /** Participants and the roles they hold now (the introducer role follows the chosen topic). */
  participants: { id: string; name: string | null; roles: string[] }[];
  /** The introducer, once known. */
  introducerId: string | null;
  /** The current phase, or null before start and after the end. */
  phase: PhaseView | null;
  /** Turn information for the current phase. */
  turn: TurnView | null;
  /** The chosen topic. */
  topic: { proposalId: string; text: string; by: string } | null;
  /** Proposed topics. */
  proposals: Proposal[];
  /** Every contribution, in order. */
  contributions: ContributionView[];
  /** Contributions grouped by phase id. */
  contributionsByPhase: Record<string, ContributionView[]>;
  /** Outputs. */
  outputs: {
    problemDefinition: string | null;
    keyQuestion: string | null;
    notes: ContributionView[];
    actions: Action[];
    evaluations: Evaluation[];
  };
  /** Actions carried in from an earlier session, and what became of them. */
  carriedActions: (Action & { report: ActionReport | null })[];
  /** Actions still open: this session's, and carried ones not reported done. For reminders. */
  openActions: Action[];
  /** Findings per participant (accepted with warnings, blocked, overridden). */
  findings: Record<string, Finding[]>;
  /** Inputs blocked by rules and not overridden (a facilitator may still override those of the current phase). */
  blocked: BlockedInput[];
  /** Chosen module per choice phase. */
  modules: Record<string, string>;
  /** Phase timeline. */
  timeline: PhaseLogEntry[];
}

function isHidden(plan: MethodPlan, ctx: SessionContext, c: Contribution): boolean {
  const phase = asPhase(plan.steps.get(c.phaseId)?.phase);
  if (phase?.turnPolicy !== 'written-then-revealed') return false;
  return ctx.phase?.id === c.phaseId && ctx.phase.run === c.run && !ctx.phase.turn.revealed;
}

/** Builds the view of a context. Pure: the same context always gives an equal view. */
export function toView(plan: MethodPlan, ctx: SessionContext): SessionView {
  const lang = ctx.lang;
  const contributions: ContributionView[] = ctx.contributions.map((c) => {
    const hidden = isHidden(plan, ctx, c);
    return { ...c, text: hidden ? null : c.text, hidden };
  });
  const contributionsByPhase: Record<string, ContributionView[]> = {};
  for (const c of contributions) {
    contributionsByPhase[c.phaseId] ??= [];
    contributionsByPhase[c.phaseId]!.push(c);
  }

  const findings: Record<string, Finding[]> = {};
  const addFindings = (by: string, list: readonly Finding[]) => {
    if (list.length === 0) return;
    findings[by] ??= [];
    findings[by]!.push(...list);
  };
  for (const c of ctx.contributions) addFindings(c.by, c.findings);
  for (const p of ctx.proposals) addFindings(p.by, p.findings);
  for (const o of Object.values(ctx.outputs)) if (o) addFindings(o.by, o.findings);
  for (const b of ctx.blocked) if (!b.overriddenBy) addFindings(b.by, b.findings);

  const run = ctx.phase;
  const step = run ? plan.steps.get(run.id) : undefined;
  const regular = asPhase(step?.phase);
  const phase: PhaseView | null =
    run && step
      ? {
          id: run.id,
          name: localize(step.phase.name, lang),
          kind: step.phase.kind,
          instructions: localize(step.phase.instructions, lang),
          module: run.module,
          index: step.index,
          run: run.run,
          startedAt: run.startedAt,
          deadline: deadlineOf(run),
          expired: run.expired,
          introducer: step.phase.introducer,
          speakers: regular?.speakers ?? [],
          contributionKinds: regular?.contributionKinds ?? [],
          turnPolicy: regular?.turnPolicy ?? 'free',
          modules: isChoice(step.phase) ? step.phase.modules.map((m) => ({ id: m.id, name: localize(m.name, lang) })) : [],
        }
      : null;
  const turn: TurnView | null =
    run && regular
      ? {
          policy: regular.turnPolicy,
          current: regular.turnPolicy === 'round-robin' ? currentTurn(run.turn) : regular.turnPolicy === 'pair-until-heard' ? run.turn.speaker : null,
          listener: regular.turnPolicy === 'pair-until-heard' ? run.turn.listener : null,
          order: run.turn.order,
          submitted: run.turn.submitted,
          revealed: run.turn.revealed,
          attempts: run.turn.attempts,
          facilitatorCalled: run.turn.facilitatorCalled,
        }
      : null;

  const reportOf = (id: string) => ctx.reports.find((r) => r.actionId === id) ?? null;
  const carriedActions = ctx.carriedActions.map((a) => ({ ...a, report: reportOf(a.id) }));
  return {
    id: ctx.sessionId,
    tenantId: ctx.tenantId,
    method: { id: plan.method.id, version: plan.method.version, name: localize(plan.method.name, lang) },
    lang,
    status: ctx.status,
    completed: ctx.completed,
    abortReason: ctx.abortReason,
    version: ctx.version,
    createdAt: ctx.createdAt,
    updatedAt: ctx.updatedAt,
    pausedAt: ctx.pausedAt,
    participants: ctx.participants.map((p) => ({
      id: p.id,
      name: p.name ?? null,
      roles: hasRole(ctx, p.id, 'introducer') ? ['introducer'] : p.roles.filter((r) => r !== 'introducer'),
    })),
    introducerId: ctx.introducerId,
    phase,
    turn,
    topic: ctx.topic,
    proposals: ctx.proposals,
    contributions,
    contributionsByPhase,
    outputs: {
      problemDefinition: ctx.outputs['problem-definition']?.text ?? null,
      keyQuestion: ctx.outputs['key-question']?.text ?? null,
      notes: contributions.filter((c) => c.kind === 'note' || c.kind === 'idea'),
      actions: ctx.actions,
      evaluations: ctx.evaluations,
    },
    carriedActions,
    openActions: [...carriedActions.filter((a) => a.report?.status !== 'done').map(({ report: _r, ...a }) => a), ...ctx.actions],
    findings,
    blocked: ctx.blocked.filter((b) => !b.overriddenBy),
    modules: ctx.modules,
    timeline: ctx.phaseLog,
  };
}
