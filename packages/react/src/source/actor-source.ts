import {
  type Clock,
  type Command,
  defaultRuleRegistry,
  type Finding,
  type MethodDefinition,
  type RejectionCode,
  type RuleRegistry,
  rejectionMessage,
  runRules,
  type SessionView,
  systemClock,
} from '@intervision/core';
import { decide, type MachineEvent, planOf, project, ruleSubject, type SessionContext } from '@intervision/core/machine';
import { newCommandId } from './command-id.js';
import { checkDraft } from './draft-check.js';
import { createListeners } from './listeners.js';
import { participantOf } from './local.js';
import { sourceMessage } from './messages.js';
import { stepsOf } from './steps.js';
import type { CommandInput, Refusal, SessionSource, SourceCode, SourceResult, StepInfo, Viewer } from './types.js';

/** Options for {@link fromActor}. */
export interface ActorSourceOptions {
  /** Time of new events and of timers. Default: the system clock. */
  clock?: Clock;
  /** Rules the method's phases name. Default: the built-in rules. */
  rules?: RuleRegistry;
}

/**
 * The parts of an XState actor of the compiled session machine that {@link fromActor} uses: what
 * `createActor(createSessionMachine(method), …)` returns fits (no XState import needed here).
 */
export interface SessionMachineActor {
  /** The current snapshot; its context is the session state. */
  getSnapshot(): { context: SessionContext };
  /** Sends one logged event (the machine's guards check it). */
  send(event: MachineEvent): void;
  /** Calls `listener` after every snapshot. */
  subscribe(listener: () => void): { unsubscribe(): void };
}

/** How many command outcomes are remembered for idempotent retries (the bare machine keeps no command ids). */
const REMEMBERED_COMMANDS = 1000;

/**
 * A {@link SessionSource} over a plain XState actor of the compiled machine
 * (`createActor(createSessionMachine(method), { input: createdEvent })` from `@intervision/core/machine`),
 * for one viewer: the hooks and components then drive the bare machine with no Session around it. Views
 * are the core's per-viewer projection of the actor's context; `send` runs the phase's rules and the
 * core's pure `decide` (the same authorisation a Session runs) and sends the resulting events to the
 * actor, whose guards check them once more. There is no store or log here: persist the actor's events
 * yourself if you need them, and send `timer-expired` yourself if phases should end on time.
 *
 * @example
 * ```tsx
 * const actor = createActor(createSessionMachine(method), { input: createdEvent }).start();
 * const source = fromActor(actor, method, { participantId: 'fay' });
 * root.render(<SessionProvider source={source}><App /></SessionProvider>);
 * ```
 */
export function fromActor(actor: SessionMachineActor, method: MethodDefinition, viewer: Viewer, options: ActorSourceOptions = {}): SessionSource {
  const plan = planOf(method);
  const clock = options.clock ?? systemClock;
  const rules = options.rules ?? defaultRuleRegistry;
  const me = participantOf(viewer);
  const listeners = createListeners();
  const outcomes = new Map<string, Promise<SourceResult>>();
  let queue: Promise<unknown> = Promise.resolve();
  let projected: { ctx: SessionContext; view: SessionView } | undefined;
  let steps: { lang: string; list: StepInfo[] } | undefined;
  let subscription: { unsubscribe(): void } | undefined;

  const context = (): SessionContext => actor.getSnapshot().context;
  const view = (): SessionView => {
    const ctx = context();
    if (projected?.ctx !== ctx) projected = { ctx, view: project(plan, ctx, viewer) };
    return projected.view;
  };
  const own = (code: SourceCode): Refusal => ({ code, message: sourceMessage(code, context().lang) });
  const refusal = (code: string, params?: Record<string, string | number>): Refusal => ({
    code: code as RejectionCode,
    message: rejectionMessage(code as RejectionCode, context().lang, params ?? {}),
  });
  /** The command as this viewer's, or why it may not be sent. */
  const asMine = (command: CommandInput): { command: Command } | { refused: Refusal } => {
    if (me === null) return { refused: own('read-only') };
    if (command.by !== undefined && command.by !== me) return { refused: own('actor-mismatch') };
    return { command: { ...command, by: me } as Command };
  };

  /** Runs the phase's rules on the command's text, as a Session does before it decides. */
  const findingsFor = async (command: Command, at: number): Promise<Finding[]> => {
    const ctx = context();
    const first = decide(plan, ctx, command, { at });
    const subject = first.ok ? ruleSubject(first.events[0]!) : undefined;
    if (!subject || !ctx.phase) return [];
    return runRules(plan, rules, { phaseId: ctx.phase.id, target: subject.target, kind: subject.kind, text: subject.text, lang: ctx.lang }, () => {});
  };

  const run = async (input: CommandInput, commandId: string): Promise<SourceResult> => {
    const mine = asMine(input);
    if ('refused' in mine) return { ok: false, commandId, findings: [], ...mine.refused };
    const command = { ...mine.command, commandId };
    const at = clock.now();
    const findings = await findingsFor(command, at);
    // Rules may be async: decide on the state as it is now.
    const decision = decide(plan, context(), command, { at, findings });
    if (!decision.ok) return { ok: false, commandId, findings: [], ...refusal(decision.code, decision.params) };
    for (const event of decision.events) actor.send(event as MachineEvent);
    const applied = context().version === decision.events.at(-1)!.seq;
    if (!applied) return { ok: false, commandId, findings: [], ...refusal('internal-error') };
    if (decision.blocked) return { ok: false, commandId, findings, blockedId: `b-${decision.events[0]!.seq}`, ...refusal('rule-violation') };
    return { ok: true, commandId, findings };
  };

  return {
    viewer,
    getView: view,
    getSteps() {
      const lang = context().lang;
      if (steps?.lang !== lang) steps = { lang, list: stepsOf(method, lang) };
      return steps.list;
    },
    getStatus: () => 'open',
    subscribe(listener) {
      const remove = listeners.add(listener);
      // One subscription to the actor for all listeners; a snapshot with the same context changes nothing.
      subscription ??= actor.subscribe(() => {
        const before = projected?.view;
        if (view() !== before) listeners.notify();
      });
      return () => {
        remove();
        if (listeners.size > 0) return;
        subscription?.unsubscribe();
        subscription = undefined;
      };
    },
    send(command) {
      const commandId = command.commandId ?? newCommandId();
      const known = outcomes.get(commandId);
      if (known) return known;
      const outcome = queue.then(() => run(command, commandId)).catch(() => ({ ok: false as const, commandId, findings: [], ...refusal('internal-error') }));
      queue = outcome;
      outcomes.set(commandId, outcome);
      if (outcomes.size > REMEMBERED_COMMANDS) outcomes.delete(outcomes.keys().next().value!);
      return outcome;
    },
    can(command) {
      const mine = asMine(command);
      if ('refused' in mine) return mine.refused;
      const decision = decide(plan, context(), mine.command, { at: clock.now() });
      return decision.ok ? null : refusal(decision.code, decision.params);
    },
    check(input) {
      const ctx = context();
      const phase = ctx.phase ? { id: ctx.phase.id, contributionKinds: view().phase?.contributionKinds ?? [] } : null;
      return checkDraft(plan, rules, { phase, lang: ctx.lang }, input);
    },
    now: () => clock.now(),
    close() {
      subscription?.unsubscribe();
      subscription = undefined;
    },
  };
}
