import type { TextOutput } from '../method/vocabulary.js';
import type { Finding } from '../rules/types.js';
import type { Lang } from '../shared/lang.js';
import { type Dict, dict } from '../shared/safe-map.js';
import type { Action, CreatedEvent, Participant } from './schemas.js';

/** Something said in a phase. */
export interface Contribution {
  /** `c-<seq>`. */
  id: string;
  /** Sequence number of the event that added it. */
  seq: number;
  /** When it was said (epoch ms). */
  at: number;
  /** Participant id. */
  by: string;
  /** Contribution kind. */
  kind: string;
  /** What was said. */
  text: string;
  /** Phase it was said in. */
  phaseId: string;
  /** Which run of that phase (1 for the first, 2 after a repeat, …). */
  run: number;
  /** The question this answers, for answers. */
  replyTo: string | null;
  /** Warnings the rules reported (and block findings a facilitator overrode). */
  findings: Finding[];
  /** Facilitator who accepted it after a rule blocked it. */
  overriddenBy: string | null;
}

/** A proposed topic. */
export interface Proposal {
  /** `t-<seq>`. */
  id: string;
  /** Sequence number of the proposing event. */
  seq: number;
  /** Who proposed it (they become the introducer if it is chosen and no introducer was set). */
  by: string;
  /** The topic. */
  text: string;
  /** What the topic rules reported. */
  findings: Finding[];
}

/** An input a rule blocked; a facilitator may override it. */
export interface BlockedInput {
  /** `b-<seq>`. */
  id: string;
  /** Sequence number of the blocking event. */
  seq: number;
  /** Who tried. */
  by: string;
  /** Phase and run it was tried in. */
  phaseId: string;
  /** Run of that phase. */
  run: number;
  /** What was tried. */
  command:
    | { type: 'contribute'; kind: string; text: string; replyTo?: string | undefined }
    | { type: 'propose-topic'; text: string }
    | { type: 'set-output'; output: TextOutput; text: string };
  /** Why it was blocked. */
  findings: Finding[];
  /** Facilitator who overrode the block, if any. */
  overriddenBy: string | null;
}

/** How an action from an earlier session went. */
export interface ActionReport {
  /** The action. */
  actionId: string;
  /** What became of it. */
  status: 'done' | 'not-done' | 'changed';
  /** Optional comment. */
  note: string | null;
  /** Who reported. */
  by: string;
}

/** One participant's evaluation. */
export interface Evaluation {
  /** `e-<seq>`. */
  id: string;
  /** Who evaluated. */
  by: string;
  /** 1..5, if given. */
  rating: number | null;
  /** Comment, if given. */
  text: string | null;
  /** Phase it was given in. */
  phaseId: string;
}

/** Turn bookkeeping of the current phase run. */
export interface TurnState {
  /** Participants who may speak in this phase, in participant order. */
  order: string[];
  /** Index into `order` of whose turn it is (`round-robin`). */
  index: number;
  /** Who contributed last (`one-per-turn`). */
  lastBy: string | null;
  /** Who has written or passed (`written-then-revealed`). */
  submitted: string[];
  /** Whether written contributions are revealed. */
  revealed: boolean;
  /** Current speaker (`pair-until-heard`). */
  speaker: string | null;
  /** Current active listener (`pair-until-heard`). */
  listener: string | null;
  /** Whether the speaker has spoken in this exchange. */
  spoke: boolean;
  /** Whether the listener has reflected back since the speaker last spoke or was unheard. */
  reflected: boolean;
  /** Times the speaker said they were not heard in this exchange. */
  attempts: number;
  /** Whether the facilitator has been called in to help (after too many unheard attempts). */
  facilitatorCalled: boolean;
}

/** The current run of a phase. */
export interface PhaseRun {
  /** Phase id. */
  id: string;
  /** Which run (1-based). */
  run: number;
  /** Module the phase belongs to, or null. */
  module: string | null;
  /** When the run started (epoch ms). */
  startedAt: number;
  /** Sequence number of the event that started the run. */
  startedSeq: number;
  /** Timebox length, or null when the phase has none. */
  durationMs: number | null;
  /** Time added by `extend-time`. */
  extendedMs: number;
  /** Time spent paused during this run. */
  pausedMs: number;
  /** Whether the timebox ran out (in `warn` mode the phase goes on). */
  expired: boolean;
  /** Contributions per participant in this run (for quotas). Null-prototype: keys are participant ids. */
  counts: Dict<number>;
  /** Turn bookkeeping. */
  turn: TurnState;
}

/** One entry of the phase timeline: when a phase run started and ended. */
export interface PhaseLogEntry {
  /** Phase id. */
  phaseId: string;
  /** Run number. */
  run: number;
  /** Start (epoch ms). */
  startedAt: number;
  /** End (epoch ms), or null while running. */
  endedAt: number | null;
  /** Whether its timebox expired. */
  expired: boolean;
}

/** An earlier case of a session that takes several (a method's rotation): who brought it and what it produced. */
export interface CaseRecord {
  /** 1 for the first case. */
  number: number;
  /** Who brought the case. */
  introducerId: string | null;
  /** The case's chosen topic. */
  topic: { proposalId: string; text: string; by: string } | null;
  /** The case's problem definition and key question. */
  outputs: Partial<Record<TextOutput, { text: string; by: string; seq: number; findings: Finding[] }>>;
  /** Sequence number of the event that started the case (0 for the first: it began with the session). */
  startedSeq: number;
  /** Sequence number of the `case-started` event that ended it. */
  endedSeq: number;
  /** Index in the phase timeline of the case's first phase run (0 for the first case). */
  startedEntry: number;
}

/** Several cases in one session: the earlier ones, and where the current one began. */
export interface CasesState {
  /** The earlier cases, in order. */
  earlier: CaseRecord[];
  /** Sequence number of the `case-started` event that began the current case. */
  startedSeq: number;
  /** Index in the phase timeline of the current case's first phase run. */
  startedEntry: number;
  /** Runs of each phase before the current case began (repeat limits count within a case; null-prototype). */
  runsBefore: Dict<number>;
}

/** Session status. */
export type SessionStatus = 'lobby' | 'running' | 'paused' | 'ended' | 'aborted';

/** The machine context: everything a session knows, as a fold of its events. Plain, serialisable data. */
export interface SessionContext {
  /** Session id. */
  sessionId: string;
  /** Tenant the session belongs to. */
  tenantId: string;
  /** Method id, version and content hash the session runs (pinned at creation). */
  method: { id: string; version: string; hash?: string | undefined };
  /** Session language. */
  lang: Lang;
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Sequence number of the last applied event. */
  version: number;
  /** Time of the last applied event. */
  updatedAt: number;
  /** Lifecycle status. */
  status: SessionStatus;
  /** Whether the session ended after its last phase (rather than early). */
  completed: boolean;
  /** Why it was aborted. */
  abortReason: string | null;
  /** Who aborted it. */
  abortedBy: string | null;
  /** Participants. */
  participants: Participant[];
  /** The introducer, once known. */
  introducerId: string | null;
  /** The current phase run, or null outside `running`/`paused`. */
  phase: PhaseRun | null;
  /** Times each phase has been entered (null-prototype; read with `own`). */
  runs: Dict<number>;
  /** Times each phase has looped back (null-prototype; read with `own`). */
  loops: Dict<number>;
  /** Chosen module per choice phase (the first, when several were chosen; null-prototype; read with `own`). */
  modules: Dict<string>;
  /** Every module chosen per choice phase, in the order they run (null-prototype; read with `own`). */
  chosenModules: Dict<string[]>;
  /** Opt-in phases someone opted into (`true`) or out of (`false`), by phase id (null-prototype; read with `own`). */
  optIns: Dict<boolean>;
  /** When the session was paused, or null. */
  pausedAt: number | null;
  /** Proposed topics. */
  proposals: Proposal[];
  /** The chosen topic. */
  topic: { proposalId: string; text: string; by: string } | null;
  /** Everything said. */
  contributions: Contribution[];
  /** Problem definition and key question. */
  outputs: Partial<Record<TextOutput, { text: string; by: string; seq: number; findings: Finding[] }>>;
  /** Actions agreed in this session. */
  actions: Action[];
  /** Who wrote each action (by action id; null-prototype). */
  actionAuthors: Dict<string>;
  /** Open actions carried over from an earlier session. */
  carriedActions: Action[];
  /** Reports on carried actions. */
  reports: ActionReport[];
  /** Evaluations. */
  evaluations: Evaluation[];
  /** Participants whose texts were redacted (a `redacted` marker event). */
  redacted: string[];
  /** Inputs rules blocked. */
  blocked: BlockedInput[];
  /** Phase timeline. */
  phaseLog: PhaseLogEntry[];
  /** Participants who left (and have not come back), once someone has; absent before. */
  absent?: string[];
  /** Earlier cases, once a second case has started (a method's rotation); absent in a single-case session. */
  cases?: CasesState;
}

/** The context a session starts with, from its `created` event. */
export function initialContext(created: CreatedEvent): SessionContext {
  const introducer = created.participants.find((p) => p.roles.includes('introducer'));
  return {
    sessionId: created.sessionId,
    tenantId: created.tenantId,
    method: created.method,
    lang: created.lang,
    createdAt: created.at,
    version: created.seq,
    updatedAt: created.at,
    status: 'lobby',
    completed: false,
    abortReason: null,
    abortedBy: null,
    participants: created.participants,
    introducerId: introducer?.id ?? null,
    phase: null,
    runs: dict(),
    loops: dict(),
    modules: dict(),
    chosenModules: dict(),
    optIns: dict(),
    pausedAt: null,
    proposals: [],
    topic: null,
    contributions: [],
    outputs: {},
    actions: [],
    actionAuthors: dict(),
    carriedActions: created.carriedActions,
    reports: [],
    evaluations: [],
    redacted: [],
    blocked: [],
    phaseLog: [],
  };
}
