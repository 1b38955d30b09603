import { localize } from '../i18n/localized.js';
import { asPhase, isChoice, type MethodPlan, moduleRange } from '../method/plan.js';
import type { IntroducerPresence, PhaseKind, TurnPolicy } from '../method/vocabulary.js';
import type { Finding } from '../rules/types.js';
import type { Lang } from '../shared/lang.js';
import { own } from '../shared/safe-map.js';
import { caseNumber, caseStartSeq, introducerAt } from './cases.js';
import type { ActionReport, BlockedInput, CaseRecord, Contribution, Evaluation, PhaseLogEntry, Proposal, SessionContext, SessionStatus } from './context.js';
import { controls, hasRole } from './participants.js';
import { isPseudonym, type Pseudonyms } from './pseudonyms.js';
import type { Action, SessionEvent } from './schemas.js';
import { deadlineOf } from './timer.js';
import { currentTurn } from './turns.js';

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
  /** Whether authors are hidden in this phase. */
  anonymous: boolean;
  /** Modules to choose from (choice phases). */
  modules: { id: string; name: string }[];
  /** How many modules may be chosen (choice phases), else null. */
  moduleRange: { min: number; max: number } | null;
  /** Whether only the phase's choosers choose, the controllers not (choice phases). */
  choosersOnly: boolean;
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

/**
 * Who a view is for. A participant sees what their role and the method let them see (the facilitator,
 * as a participant who controls the session, also sees others' blocked inputs and findings); an
 * `observer` or `report` audience sees what every participant may see, and no blocked inputs or findings.
 */
export type Viewer = { participantId: string } | { audience: 'observer' | 'report' } | { audience: 'server' };

/** How a view's viewer was resolved. */
export interface ViewerView {
  /** The participant, or null for an audience. */
  participantId: string | null;
  /**
   * `participant`, `facilitator` (a participant who controls the session), `observer`, `report`, or
   * `server`: trusted server code (`session.getState()`), which sees authors in anonymous phases and
   * every blocked input — never send a `server` view to a client.
   */
  audience: 'participant' | 'facilitator' | 'observer' | 'report' | 'server';
}

/**
 * A contribution as a viewer sees it. `text` is null while it is a hidden draft (a written round not yet
 * revealed) or hidden from the viewer (the introducer while absent); `by`, `seq`, `at` and `replyTo` are
 * null where they would name or order its author (hidden drafts, anonymous phases).
 */
export interface ContributionView {
  /** `c-<seq>`, or an opaque id (`hidden-<n>`, `anon-<n>`) where the seq would order authors. */
  id: string;
  /** Sequence number of the event that added it, or null where hidden. */
  seq: number | null;
  /** When it was said, or null where hidden. */
  at: number | null;
  /** Author, or null where hidden or anonymous. */
  by: string | null;
  /** Contribution kind. */
  kind: string;
  /** What was said, or null while hidden. */
  text: string | null;
  /** Phase it was said in. */
  phaseId: string;
  /** Run of that phase. */
  run: number;
  /** The question this answers, or null. */
  replyTo: string | null;
  /** Warnings the rules reported: only for the author and (outside anonymous phases) the facilitator. */
  findings: Finding[];
  /** Facilitator who accepted it after a rule blocked it. */
  overriddenBy: string | null;
  /** Whether its text is hidden from this viewer. */
  hidden: boolean;
  /** Whether it was said in an anonymous phase. */
  anonymous: boolean;
  /** Whether the viewer wrote it. */
  mine: boolean;
}

/** A read-only view of a session for one viewer: everything a UI or report may show them. Plain JSON. */
export interface SessionView {
  /** Who this view is for. */
  viewer: ViewerView;
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
  /** Participants who left the session and have not come back. */
  absent: string[];
  /** The current phase, or null before start and after the end. */
  phase: PhaseView | null;
  /** Turn information for the current phase. */
  turn: TurnView | null;
  /** The chosen topic. */
  topic: { proposalId: string; text: string; by: string } | null;
  /** Proposed topics. */
  proposals: Proposal[];
  /** Every contribution the viewer may know of, in order (anonymous phases: in text order). */
  contributions: ContributionView[];
  /** Contributions grouped by phase, in the order the phases were first entered. */
  contributionsByPhase: { phaseId: string; contributions: ContributionView[] }[];
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
  /** Findings per participant the viewer may see: their own; all (outside anonymous phases) for the facilitator. */
  findings: { participantId: string; findings: Finding[] }[];
  /** Blocked inputs not overridden the viewer may see: their own; all for the facilitator (authorless in anonymous phases). */
  blocked: (Omit<BlockedInput, 'by'> & { by: string | null })[];
  /** Opt-in phases someone opted into (`optedIn: true`) or out of, by phase. */
  optIns: { phaseId: string; optedIn: boolean }[];
  /** Chosen module per choice phase (`module` is the first; `modules` every chosen one, in the order they run). */
  modules: { phaseId: string; module: string; modules: string[] }[];
  /** Phase timeline. */
  timeline: PhaseLogEntry[];
  /** The session's cases in order, the current one last (one entry in a single-case session). */
  cases: CaseView[];
}

/** One case of a session, as a UI or report shows it (several when the method rotates the introducer). */
export interface CaseView {
  /** 1 for the first case. */
  number: number;
  /** Who brought it. */
  introducerId: string | null;
  /** Its topic. */
  topic: { proposalId: string; text: string; by: string } | null;
  /** Its problem definition, if set. */
  problemDefinition: string | null;
  /** Its key question, if set. */
  keyQuestion: string | null;
  /** Sequence numbers of its events: from `fromSeq` (exclusive; 0 for the first) to `toSeq` (exclusive), null while it runs. */
  fromSeq: number;
  /** Sequence number of the event that ended it, or null for the current case. */
  toSeq: number | null;
  /** Index in `timeline` of the case's first phase run (0 for the first case; phases before the cases come first). */
  timelineFrom: number;
}

/** What may leave the engine for a viewer, decided once per view. */
interface Lens {
  viewer: ViewerView;
  /** Whether the viewer may see others' blocked inputs and findings. */
  oversees: boolean;
  /** Whether the viewer is trusted server code (sees anonymous authors). */
  trusted: boolean;
  /** Whether an author id is the viewer: their participant id, or their pseudonym in a strict session. */
  isMe(by: string): boolean;
}

const nobody = (): boolean => false;

function lensOf(plan: MethodPlan, ctx: SessionContext, viewer: Viewer, pseudonyms?: Pseudonyms): Lens {
  if ('audience' in viewer) {
    const trusted = viewer.audience === 'server';
    return { viewer: { participantId: null, audience: viewer.audience }, oversees: trusted, trusted, isMe: nobody };
  }
  const me = viewer.participantId;
  const known = ctx.participants.some((p) => p.id === me);
  const facilitator = known && controls(plan, ctx, me);
  const pseudonym = known ? pseudonyms?.of(me) : undefined;
  return {
    viewer: { participantId: known ? me : null, audience: facilitator ? 'facilitator' : known ? 'participant' : 'observer' },
    oversees: facilitator,
    trusted: false,
    isMe: known ? (by) => by === me || (pseudonym !== undefined && by === pseudonym) : nobody,
  };
}

/** An author id as the viewer may see it: their own pseudonym shows as their participant id. */
const asSeenBy = (lens: Lens, by: string): string => (lens.isMe(by) && lens.viewer.participantId !== null ? lens.viewer.participantId : by);

function phaseOf(plan: MethodPlan, phaseId: string) {
  return asPhase(plan.steps.get(phaseId)?.phase);
}

/** Whether a written contribution is still a draft (its round not yet revealed). */
function isDraft(plan: MethodPlan, ctx: SessionContext, c: Contribution): boolean {
  if (phaseOf(plan, c.phaseId)?.turnPolicy !== 'written-then-revealed') return false;
  return ctx.phase?.id === c.phaseId && ctx.phase.run === c.run && !ctx.phase.turn.revealed;
}

/**
 * Whether a contribution is kept from the introducer: said while they were absent (out of the room).
 * With several cases, the introducer of the contribution's own case.
 */
function keptFromIntroducer(plan: MethodPlan, ctx: SessionContext, lens: Lens, c: Contribution): boolean {
  return lens.viewer.participantId !== null && lens.viewer.participantId === introducerAt(ctx, c.seq) && phaseOf(plan, c.phaseId)?.introducer === 'absent';
}

function projectContributions(plan: MethodPlan, ctx: SessionContext, lens: Lens): ContributionView[] {
  const out: ContributionView[] = [];
  // Anonymous contributions of one phase run are listed together, in text order, with opaque ids.
  const anonymousRuns = new Map<string, ContributionView[]>();
  let hiddenCount = 0;
  for (const c of ctx.contributions) {
    const mine = lens.isMe(c.by);
    const anonymous = phaseOf(plan, c.phaseId)?.anonymous === true;
    if (lens.trusted) {
      const draft = isDraft(plan, ctx, c);
      out.push({ ...c, text: draft ? null : c.text, hidden: draft, anonymous, mine: false });
      continue;
    }
    const hidden = !mine && (isDraft(plan, ctx, c) || keptFromIntroducer(plan, ctx, lens, c));
    const showFindings = mine || (lens.oversees && !anonymous);
    if (hidden) {
      out.push({
        id: `hidden-${++hiddenCount}`,
        seq: null,
        at: null,
        by: null,
        kind: c.kind,
        text: null,
        phaseId: c.phaseId,
        run: c.run,
        replyTo: null,
        findings: [],
        overriddenBy: null,
        hidden: true,
        anonymous,
        mine,
      });
      continue;
    }
    if (anonymous) {
      const key = `${c.phaseId}\u0000${c.run}`;
      let list = anonymousRuns.get(key);
      if (!list) {
        list = [];
        anonymousRuns.set(key, list);
        out.push({
          id: key,
          seq: null,
          at: null,
          by: null,
          kind: '\u0000group',
          text: null,
          phaseId: c.phaseId,
          run: c.run,
          replyTo: null,
          findings: [],
          overriddenBy: null,
          hidden: false,
          anonymous,
          mine: false,
        });
      }
      list.push({
        id: '',
        seq: null,
        at: null,
        by: mine ? asSeenBy(lens, c.by) : null,
        kind: c.kind,
        text: c.text,
        phaseId: c.phaseId,
        run: c.run,
        replyTo: null,
        findings: showFindings ? c.findings : [],
        overriddenBy: c.overriddenBy === null ? null : c.overriddenBy,
        hidden: false,
        anonymous,
        mine,
      });
      continue;
    }
    out.push({ ...c, replyTo: c.replyTo, findings: showFindings ? c.findings : [], hidden: false, anonymous, mine });
  }
  if (anonymousRuns.size === 0) return out;
  let anon = 0;
  return out.flatMap((c) => {
    if (c.kind !== '\u0000group') return [c];
    const list = (anonymousRuns.get(c.id) ?? []).sort((a, b) => ((a.text ?? '') < (b.text ?? '') ? -1 : (a.text ?? '') > (b.text ?? '') ? 1 : 0));
    return list.map((item) => ({ ...item, id: `anon-${++anon}` }));
  });
}

/**
 * Projects a session's state for one viewer: hidden drafts, what is said while the introducer is
 * absent (for the introducer), others' blocked inputs and findings (except for the facilitator) and
 * authors in anonymous phases (for everyone, the facilitator included) are removed, together with
 * what points to them (ids and sequence numbers that order authors, reply links, per-author findings,
 * the order of `submitted`). Pure: the same state and viewer always give an equal view.
 */
export function project(plan: MethodPlan, ctx: SessionContext, viewer: Viewer, pseudonyms?: Pseudonyms): SessionView {
  const lens = lensOf(plan, ctx, viewer, pseudonyms);
  const lang = ctx.lang;
  const contributions = projectContributions(plan, ctx, lens);
  const byPhase = new Map<string, ContributionView[]>();
  for (const c of contributions) {
    let list = byPhase.get(c.phaseId);
    if (!list) {
      list = [];
      byPhase.set(c.phaseId, list);
    }
    list.push(c);
  }

  const anonymousPhase = (phaseId: string) => phaseOf(plan, phaseId)?.anonymous === true;
  const findingsBy = new Map<string, Finding[]>();
  const addFindings = (by: string, list: readonly Finding[], phaseId: string | null) => {
    if (list.length === 0) return;
    const mine = lens.isMe(by);
    if (!mine && !lens.trusted && !(lens.oversees && (phaseId === null || !anonymousPhase(phaseId)))) return;
    const key = asSeenBy(lens, by);
    const bucket = findingsBy.get(key) ?? [];
    bucket.push(...list);
    findingsBy.set(key, bucket);
  };
  for (const c of ctx.contributions) addFindings(c.by, c.findings, c.phaseId);
  for (const p of ctx.proposals) addFindings(p.by, p.findings, null);
  for (const o of Object.values(ctx.outputs)) if (o) addFindings(o.by, o.findings, null);
  for (const b of ctx.blocked) if (!b.overriddenBy) addFindings(b.by, b.findings, b.phaseId);

  const blocked = ctx.blocked
    .filter((b) => !b.overriddenBy && (lens.isMe(b.by) || lens.oversees))
    .map((b) => ({ ...b, by: lens.isMe(b.by) || lens.trusted || !anonymousPhase(b.phaseId) ? asSeenBy(lens, b.by) : null }));

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
          anonymous: regular?.anonymous ?? false,
          modules: isChoice(step.phase) ? step.phase.modules.map((m) => ({ id: m.id, name: localize(m.name, lang) })) : [],
          moduleRange: isChoice(step.phase) ? moduleRange(step.phase) : null,
          choosersOnly: isChoice(step.phase) && step.phase.choosersOnly === true,
        }
      : null;
  const turn: TurnView | null =
    run && regular
      ? {
          policy: regular.turnPolicy,
          current: regular.turnPolicy === 'round-robin' ? currentTurn(run.turn) : regular.turnPolicy === 'pair-until-heard' ? run.turn.speaker : null,
          listener: regular.turnPolicy === 'pair-until-heard' ? run.turn.listener : null,
          order: [...run.turn.order],
          // Who has written, in participant order, never in the order they wrote (that would link texts to authors).
          submitted: run.turn.order.filter((id) => run.turn.submitted.includes(id)),
          revealed: run.turn.revealed,
          attempts: run.turn.attempts,
          facilitatorCalled: run.turn.facilitatorCalled,
        }
      : null;

  const reportOf = (id: string) => ctx.reports.find((r) => r.actionId === id) ?? null;
  const carriedActions = ctx.carriedActions.map((a) => ({ ...a, report: reportOf(a.id) }));
  return {
    viewer: lens.viewer,
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
    absent: [...(ctx.absent ?? [])],
    phase,
    turn,
    topic: ctx.topic,
    proposals: ctx.proposals.map((p) => ({ ...p, findings: lens.isMe(p.by) || lens.oversees ? p.findings : [] })),
    contributions,
    contributionsByPhase: [...byPhase].map(([phaseId, list]) => ({ phaseId, contributions: list })),
    outputs: {
      problemDefinition: ctx.outputs['problem-definition']?.text ?? null,
      keyQuestion: ctx.outputs['key-question']?.text ?? null,
      notes: contributions.filter((c) => c.kind === 'note' || c.kind === 'idea'),
      actions: ctx.actions,
      evaluations: ctx.evaluations,
    },
    carriedActions,
    openActions: [...carriedActions.filter((a) => a.report?.status !== 'done').map(({ report: _r, ...a }) => a), ...ctx.actions],
    findings: [...findingsBy].map(([participantId, list]) => ({ participantId, findings: list })),
    blocked,
    optIns: Object.keys(ctx.optIns).map((phaseId) => ({ phaseId, optedIn: ctx.optIns[phaseId] === true })),
    modules: Object.keys(ctx.modules).map((phaseId) => ({
      phaseId,
      module: ctx.modules[phaseId]!,
      modules: [...(own(ctx.chosenModules, phaseId) ?? [ctx.modules[phaseId]!])],
    })),
    timeline: ctx.phaseLog,
    cases: casesOf(ctx),
  };
}

/** Every case of the session, the current one last. */
function casesOf(ctx: SessionContext): CaseView[] {
  const view = (c: Pick<CaseRecord, 'number' | 'introducerId' | 'topic' | 'outputs' | 'startedSeq' | 'startedEntry'>, toSeq: number | null): CaseView => ({
    number: c.number,
    introducerId: c.introducerId,
    topic: c.topic,
    problemDefinition: c.outputs['problem-definition']?.text ?? null,
    keyQuestion: c.outputs['key-question']?.text ?? null,
    fromSeq: c.startedSeq,
    toSeq,
    timelineFrom: c.startedEntry,
  });
  const earlier = ctx.cases?.earlier ?? [];
  const now = {
    number: caseNumber(ctx),
    introducerId: ctx.introducerId,
    topic: ctx.topic,
    outputs: ctx.outputs,
    startedSeq: caseStartSeq(ctx),
    startedEntry: ctx.cases?.startedEntry ?? 0,
  };
  return [...earlier.map((c) => view(c, c.endedSeq)), view(now, null)];
}

/** An event as a viewer receives it: in full, or as `{ type: 'changed', seq, at }` when it carries what they may not see. */
export type ProjectedEvent = SessionEvent | { type: 'changed'; seq: number; at: number };

/**
 * Projects events (just applied, `ctx` being the state after them) for one viewer: events that would
 * show a hidden draft, an anonymous author, what is said while the introducer is absent, or another
 * participant's blocked input become a bare `changed` marker (the view carries what may be shown).
 * Command ids are kept only on the viewer's own events.
 */
export function projectEvents(
  plan: MethodPlan,
  ctx: SessionContext,
  events: readonly SessionEvent[],
  viewer: Viewer,
  pseudonyms?: Pseudonyms,
): ProjectedEvent[] {
  const lens = lensOf(plan, ctx, viewer, pseudonyms);
  return events.map((event): ProjectedEvent => {
    const marker = { type: 'changed' as const, seq: event.seq, at: event.at };
    const by = 'by' in event ? event.by : null;
    const mine = by !== null && lens.isMe(by);
    // Redacting a pseudonym next to its participant would link the two for anyone watching the events.
    if (event.type === 'redacted' && isPseudonym(event.participant) && !lens.trusted) return marker;
    if (!mine && event.type === 'contributed') {
      const c = ctx.contributions.find((x) => x.seq === event.seq);
      if (!c || phaseOf(plan, c.phaseId)?.anonymous || isDraft(plan, ctx, c) || keptFromIntroducer(plan, ctx, lens, c)) return marker;
    }
    if (!mine && event.type === 'overridden') {
      const b = ctx.blocked.find((x) => x.id === event.blockedId);
      if (!b || phaseOf(plan, b.phaseId)?.anonymous) return marker;
    }
    if (!mine && event.type === 'contribution-blocked' && (!lens.oversees || (ctx.phase && phaseOf(plan, ctx.phase.id)?.anonymous))) return marker;
    if (!mine && (event.type === 'passed' || event.type === 'contribution-blocked') && ctx.phase && phaseOf(plan, ctx.phase.id)?.anonymous) return marker;
    if (!mine && event.commandId !== undefined) {
      const { commandId: _c, ...rest } = event;
      return stripFindings(rest as SessionEvent, lens.oversees);
    }
    return mine ? event : stripFindings(event, lens.oversees);
  });
}

function stripFindings(event: SessionEvent, oversees: boolean): SessionEvent {
  if (oversees || !('findings' in event) || event.findings.length === 0) return event;
  return { ...event, findings: [] } as SessionEvent;
}
