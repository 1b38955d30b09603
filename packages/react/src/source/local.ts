// The one file that calls the Session's per-viewer API: `session.viewFor(viewer)` for views,
// `session.as(participantId)` for commands (the core fills in `by`, refuses another `by`, checks `expect`,
// and answers a repeated command id with its first outcome).
import { type Clock, defaultRuleRegistry, type Finding, type RuleRegistry, type Session, type SessionView, systemClock } from '@intervision/core';
import { planOf } from '@intervision/core/machine';
import { newCommandId } from './command-id.js';
import { checkDraft } from './draft-check.js';
import { sourceMessage } from './messages.js';
import { stepsOf } from './steps.js';
import type { CheckInput, CommandInput, Refusal, SourceCode, SourceResult, StepInfo, Viewer } from './types.js';

/** Options for {@link bindViewer} and {@link createLocalSource}. */
export interface BindOptions {
  /** The clock the session was created with (for timers). Default: the system clock. */
  clock?: Clock;
  /** The rule registry the session was created with (for draft checks). Default: the built-in rules. */
  rules?: RuleRegistry;
}

/** One viewer's handle on a Session: projected view, commands as that viewer, draft checks. */
export interface ViewerHandle {
  /** The viewer. */
  readonly viewer: Viewer;
  /** The view this viewer may see. */
  view(): SessionView;
  /** The method's steps, named in the session language. */
  steps(): StepInfo[];
  /** Sends a command as the viewer (idempotent per `commandId`). Never rejects. */
  send(command: CommandInput): Promise<SourceResult>;
  /** Whether the command would be accepted now (rules not run); null when allowed. */
  can(command: CommandInput): Refusal | null;
  /** The current phase's rule findings for a draft. */
  check(input: CheckInput): Promise<Finding[]>;
  /** Calls `listener` with the viewer's view after every change. */
  subscribe(listener: (view: SessionView) => void): () => void;
  /** The session clock's time. */
  now(): number;
}

/** The participant a viewer acts as, or null for an audience. */
export function participantOf(viewer: Viewer): string | null {
  return 'participantId' in viewer ? viewer.participantId : null;
}

/**
 * Binds a Session to one viewer. The Session stays the single authority: this only fills in `by` (through
 * `session.as`, which refuses acting for someone else). Retries are the Session's business: it records
 * command ids with the events it appends (in the store too) and answers a repeated id with the first
 * outcome, across handles, tabs and server restarts, and it runs commands one at a time in the order
 * sent, so a double click's second `expect` sees the first's effect.
 */
export function bindViewer(session: Session, viewer: Viewer, options: BindOptions = {}): ViewerHandle {
  const clock = options.clock ?? systemClock;
  const rules = options.rules ?? defaultRuleRegistry;
  const actor = participantOf(viewer);
  const view = (): SessionView => session.viewFor(viewer);
  const own = (code: SourceCode): Refusal => ({ code, message: sourceMessage(code, session.getState().lang) });

  return {
    viewer,
    view,
    steps: () => stepsOf(session.method, session.getState().lang),
    async send(command) {
      const commandId = command.commandId ?? newCommandId();
      // An audience cannot act.
      if (actor === null) return { ok: false, commandId, findings: [], ...own('read-only') };
      const result = await session.as(actor).sendUnknown({ ...command, commandId });
      if (result.ok) return { ok: true, commandId, findings: result.findings };
      return {
        ok: false,
        commandId,
        code: result.code,
        message: result.message,
        findings: result.findings,
        ...(result.blockedId ? { blockedId: result.blockedId } : {}),
      };
    },
    can(command) {
      if (actor === null) return own('read-only');
      const refusal = session.as(actor).canUnknown(command);
      return refusal ? { code: refusal.code, message: refusal.message } : null;
    },
    check(input) {
      const { phase, lang } = session.getState();
      return checkDraft(planOf(session.method), rules, { phase, lang }, input);
    },
    subscribe(listener) {
      return session.subscribeAs(viewer, (projected) => listener(projected));
    },
    now: () => clock.now(),
  };
}
