import type { InspectionEvent } from 'xstate';
import { caseNumber } from '../engine/cases.js';
import { check } from '../engine/check.js';
import type { SessionContext } from '../engine/context.js';
import { decide, ruleSubject } from '../engine/decide.js';
import { evolve } from '../engine/evolve.js';
import { type ProjectedEvent, project, projectEvents, type SessionView, type Viewer } from '../engine/project.js';
import type { Pseudonyms } from '../engine/pseudonyms.js';
import { type Command, type CommandInput, CommandSchema, type SessionEvent } from '../engine/schemas.js';
import { deadlineOf } from '../engine/timer.js';
import { isConcurrencyError } from '../errors/store.js';
import { createSessionMachine, type SessionMachine } from '../machine/compile.js';
import type { MethodDefinition } from '../method/define.js';
import { type MethodPlan, planOf } from '../method/plan.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Finding } from '../rules/types.js';
import { safeParse } from '../shared/parse.js';
import { isolate } from '../store/listeners.js';
import { redactEvent } from '../store/redact.js';
import type { SessionStore, SessionSummary } from '../store/types.js';
import { type Clock, systemClock, type TimerHandle } from './clock.js';
import { CommandIndex, isSameCommand } from './commands.js';
import { fastCommand } from './fast-command.js';
import { type RejectionCode, rejectionMessage } from './messages.js';
import { parseLog } from './parse-log.js';
import { type RuleErrorHandler, rulesFor, runRules } from './run-rules.js';
import { type SessionActor, type SessionSnapshot, snapshotOf, startActor } from './snapshot.js';

/** Options shared by {@link createSession} and {@link restoreSession}. */
export interface SessionRuntimeOptions {
  /** Where time comes from. Default: {@link systemClock}. */
  clock?: Clock;
  /** Where the log is kept. Without one the session lives in memory only. */
  store?: SessionStore;
  /** Rules the method's phases name. Default: the built-in rules. */
  rules?: RuleRegistry;
  /** Schedule timer expiry with the clock (default true). Without it, call `tick()` yourself. */
  timers?: boolean;
  /** Save a snapshot (a cache for external readers; restore always folds the log) every N events (default 0: never). */
  snapshotEvery?: number;
  /** Told when a rule throws or times out (the session carries on with the fallback). */
  onRuleError?: RuleErrorHandler;
  /** Told when something goes wrong in the background (a follower pull, a snapshot write, a listener). */
  onError?: (error: unknown) => void;
  /** Follow events other nodes append to the store (default true when a store is given). */
  follow?: boolean;
  /** XState inspection callback (e.g. the Stately inspector's `inspect`): runs an actor of the compiled machine beside the session. */
  inspect?: (event: InspectionEvent) => void;
}

/** The result of a command: the accepted events, or why the command was refused. */
export type SendResult =
  | {
      ok: true;
      /** Events appended for this command (a timer expiry that fell due first is included). For a replay, the events first recorded. */
      events: SessionEvent[];
      /** Warnings the rules reported. */
      findings: Finding[];
      /** True when the command id was already recorded: this is the first outcome, and nothing was appended now. */
      replayed?: boolean;
    }
  | {
      ok: false;
      /** Stable code. */
      code: RejectionCode;
      /** Human message in the session language. */
      message: string;
      /** Values for the message template, so a host can show it in the viewer's language with `rejectionMessage`. */
      params: Record<string, string | number>;
      /** What the rules reported (for `rule-violation`). */
      findings: Finding[];
      /** Id of the blocked input, which a facilitator may `override`. */
      blockedId?: string;
      /** Events appended anyway: a timer expiry that fell due, or the record of a blocked input. */
      events: SessionEvent[];
      /** True when the command id was already recorded (a blocked input): this is the first outcome. */
      replayed?: boolean;
    };

/** Why a command would be refused, from {@link Session.can}. */
export interface Refusal {
  /** Stable code. */
  code: RejectionCode;
  /** Human message in the session language. */
  message: string;
  /** Values for the message template. */
  params: Record<string, string | number>;
}

/** A listener for session changes: the view after the change, and the events that made it. */
export type SessionListener = (view: SessionView, events: readonly SessionEvent[]) => void;

/** A listener for one viewer: the projected view and the projected events. */
export type ViewerListener = (view: SessionView, events: readonly ProjectedEvent[]) => void;

/** A command as an authenticated participant sends it: `by` may be left out (it is the participant). */
export type ActorCommandInput = CommandInput extends infer C ? (C extends { by: string } ? Omit<C, 'by'> & { by?: string } : never) : never;

/** What a Session was built from (internal). */
export interface SessionParts {
  method: MethodDefinition;
  state: SessionContext;
  log: SessionEvent[];
  options: SessionRuntimeOptions;
  /** A strict session's pseudonyms (derived from the host's key; in memory only). */
  pseudonyms?: Pseudonyms;
}

type Commit = 'ok' | 'conflict' | 'store-error' | 'ambiguous';

const MAX_CONFLICT_RETRIES = 3;
/** Longest delay a platform timer takes (about 24.8 days); longer timeboxes are re-armed. */
const MAX_TIMER_MS = 2_147_483_647;

const refusalOf = (code: RejectionCode, lang: SessionContext['lang'], params: Record<string, string | number> = {}, method?: MethodDefinition): Refusal => ({
  code,
  message: rejectionMessage(code, lang, params, method),
  params,
});

/**
 * A running intervision session. `decide` authorises every command by actor, role, turn and phase and
 * records rule findings; accepted events go to the store first and then through `evolve`, the only
 * way state changes. `send` never throws or rejects: it resolves to a result with a stable code.
 * Per-viewer views ({@link Session.as}, {@link Session.viewFor}) are what may leave the server;
 * `getState()`, `getEvents()` and `getSnapshot()` are raw surfaces for trusted server code.
 */
export class Session {
  /** The method the session runs (the version pinned in its log). */
  readonly method: MethodDefinition;
  private readonly plan: MethodPlan;
  private readonly pseudonyms: Pseudonyms | undefined;
  private state: SessionContext;
  private readonly log: SessionEvent[];
  private readonly commands = new CommandIndex();
  private readonly clock: Clock;
  private readonly store: SessionStore | undefined;
  private readonly rules: RuleRegistry | undefined;
  private readonly useTimers: boolean;
  private readonly snapshotEvery: number;
  private readonly onRuleError: RuleErrorHandler;
  private readonly onError: (error: unknown) => void;
  private readonly listeners = new Set<SessionListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: { handle: TimerHandle; deadline: number } | undefined;
  private unfollow: (() => void) | undefined;
  private viewCache: { ctx: SessionContext; view: SessionView } | undefined;
  private snapshotCache: { ctx: SessionContext; snapshot: SessionSnapshot } | undefined;
  private actor: SessionActor | undefined;
  private stopped = false;

  /** @internal Use {@link createSession} or {@link restoreSession}. */
  constructor(parts: SessionParts, rules: RuleRegistry | undefined) {
    const { method, state, log, options } = parts;
    this.method = method;
    this.plan = planOf(method);
    this.pseudonyms = parts.pseudonyms;
    this.state = state;
    this.log = log;
    this.commands.add(log, 0);
    this.clock = options.clock ?? systemClock;
    this.store = options.store;
    this.rules = options.rules ?? rules;
    this.useTimers = options.timers ?? true;
    this.snapshotEvery = options.snapshotEvery ?? 0;
    this.onRuleError = options.onRuleError ?? (() => {});
    this.onError = options.onError ?? (() => {});
    if (options.inspect) this.actor = startActor(this.machine, this.getSnapshot(), options.inspect);
    if (this.store && (options.follow ?? true))
      this.unfollow = this.store.subscribe(this.id, ({ version }) => {
        // Our own appends come back too; only pull when the store is ahead once queued work is done.
        void this.enqueue(async () => (version > this.version ? this.pull() : 0)).catch(this.onError);
      });
    this.schedule();
  }

  /** The compiled machine (plain XState v5), for `createActor`, `@xstate/react`, `xstate/graph` or the inspector. */
  get machine(): SessionMachine {
    return createSessionMachine(this.method);
  }

  /** Session id. */
  get id(): string {
    return this.state.sessionId;
  }

  /** Tenant id. */
  get tenantId(): string {
    return this.state.tenantId;
  }

  /** Sequence number of the last event. */
  get version(): number {
    return this.state.version;
  }

  /** The raw state (the fold of the log). Trusted server code only: it holds every hidden and anonymous detail. */
  getContext(): SessionContext {
    return this.state;
  }

  /** A machine snapshot of the current state (for `@xstate/react`, the inspector, or `createActor(machine, { snapshot })`). Raw. */
  getSnapshot(): SessionSnapshot {
    if (this.snapshotCache?.ctx !== this.state) this.snapshotCache = { ctx: this.state, snapshot: snapshotOf(this.machine, this.state) };
    return this.snapshotCache.snapshot;
  }

  /** The event log, oldest first. Raw: never send it to a client. */
  getEvents(): readonly SessionEvent[] {
    return this.log;
  }

  /**
   * The session as trusted server code sees it (audience `server`: every blocked input and finding,
   * authors in anonymous phases; drafts still hidden). Never send it to a client: use
   * {@link Session.viewFor} or {@link Session.as}. Cached until the next change.
   */
  getState(): SessionView {
    const ctx = this.state;
    if (this.viewCache?.ctx !== ctx) this.viewCache = { ctx, view: project(this.plan, ctx, { audience: 'server' }, this.pseudonyms) };
    return this.viewCache.view;
  }

  /** What `decide` needs for a strict session (its pseudonyms), or nothing. */
  private get strict(): { pseudonyms?: Pseudonyms } {
    return this.pseudonyms ? { pseudonyms: this.pseudonyms } : {};
  }

  /**
   * The pseudonym a participant writes under in this strict session's anonymous phases (undefined
   * for a session without a pseudonym key). Trusted server code only — e.g. to redact a participant's
   * pseudonymous contributions too; never send it to a client.
   */
  pseudonymOf(participantId: string): string | undefined {
    return this.pseudonyms?.of(participantId);
  }

  /** The view one participant (or an observer / report audience) may see. */
  viewFor(viewer: Viewer): SessionView {
    return project(this.plan, this.state, viewer, this.pseudonyms);
  }

  /** Milliseconds left in the current phase's timebox (negative when over time), or null. */
  remainingMs(): number | null {
    const now = this.now();
    if (now === undefined) return null;
    const deadline = deadlineOf(this.state.phase, this.state.pausedAt, now);
    return deadline === null ? null : deadline - now;
  }

  /** Calls `listener` after every change with the raw (`server`) view and events. Returns an unsubscribe function. */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Calls `listener` after every change with the view and events projected for `viewer`. */
  subscribeAs(viewer: Viewer, listener: ViewerListener): () => void {
    return this.subscribe((_view, events) => listener(this.viewFor(viewer), projectEvents(this.plan, this.state, events, viewer, this.pseudonyms)));
  }

  /**
   * A handle for one authenticated participant: commands are sent as them (`by` is filled in, and a
   * different `by` is refused with `actor-mismatch`), views and events are projected for them.
   */
  as(participantId: string): ParticipantSession {
    return new ParticipantSession(this, participantId);
  }

  /**
   * Whether a command would be accepted now, by actor, role, turn and phase (rules are not run).
   * Synchronous, for enabling buttons. Returns null when allowed. Never throws.
   */
  can(command: CommandInput): Refusal | null {
    return this.canUnknown(command);
  }

  /** {@link Session.can} for input that is not typed (from the wire). */
  canUnknown(input: unknown, actor?: string): Refusal | null {
    try {
      const parsed = this.parse(input, actor);
      if (!parsed.ok) return parsed.refusal;
      const decision = decide(this.plan, this.state, parsed.command, { at: this.now() ?? this.state.updatedAt, ...this.strict });
      return decision.ok ? null : refusalOf(decision.code as RejectionCode, this.state.lang, decision.params, this.method);
    } catch (error) {
      this.onError(error);
      return refusalOf('internal-error', this.state.lang);
    }
  }

  /**
   * Sends a command as trusted server code (the command's `by` is believed; for a participant's
   * command use {@link Session.as}). Never throws or rejects: resolves to the accepted events with any
   * rule findings, or a rejection with a stable code and a message in the session language. Commands
   * are processed one at a time, in the order sent. A command with a `commandId` that was already
   * recorded resolves to its first outcome and appends nothing.
   */
  send(command: CommandInput): Promise<SendResult> {
    return this.sendUnknown(command);
  }

  /** {@link Session.send} for input that is not typed (parsed from the wire): validated like any command. */
  sendUnknown(input: unknown, actor?: string): Promise<SendResult> {
    return this.enqueue(() => this.process(input, actor)).catch((error: unknown) => {
      this.onError(error);
      return this.reject('internal-error', {}, []);
    });
  }

  /** Records a timer expiry if the current phase's timebox has run out. Resolves to the event, if any. Never rejects. */
  tick(): Promise<SessionEvent | undefined> {
    return this.enqueue(async () => (await this.expireIfDue())?.[0]).catch((error: unknown) => {
      this.onError(error);
      return undefined;
    });
  }

  /** Applies events other writers appended to the store. Resolves to how many were applied. Never rejects. */
  refresh(): Promise<number> {
    return this.enqueue(() => this.pull()).catch((error: unknown) => {
      this.onError(error);
      return 0;
    });
  }

  /** Stops timers and store subscriptions. The session can still be read; commands are refused with `session-stopped`. */
  stop(): void {
    this.stopped = true;
    this.unfollow?.();
    this.actor?.stop();
    if (this.timer) this.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  /** The clock's time, or undefined when the clock gives something that is not a finite number. */
  private now(): number | undefined {
    try {
      const t: unknown = this.clock.now();
      return typeof t === 'number' && Number.isFinite(t) ? t : undefined;
    } catch {
      return undefined;
    }
  }

  private enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private reject(
    code: RejectionCode,
    params: Record<string, string | number>,
    events: SessionEvent[],
    findings: Finding[] = [],
    extra: { blockedId?: string; replayed?: boolean } = {},
  ): SendResult {
    return { ok: false, ...refusalOf(code, this.state.lang, params, this.method), findings, events, ...extra };
  }

  /** Parses a command; a getter or Proxy that throws is an invalid command, not an exception. */
  private parse(input: unknown, actor?: string): { ok: true; command: Command } | { ok: false; refusal: Refusal } {
    let candidate = input;
    if (actor !== undefined && typeof input === 'object' && input !== null && !Array.isArray(input)) {
      const claimed = (input as { by?: unknown }).by;
      if (claimed !== undefined && claimed !== actor)
        return { ok: false, refusal: refusalOf('actor-mismatch', this.state.lang, { by: String(claimed).slice(0, 200), actor }) };
      candidate = { ...input, by: actor };
    }
    const fast = fastCommand(candidate);
    if (fast) return { ok: true, command: fast };
    const parsed = safeParse(CommandSchema, candidate);
    if (parsed.success) return { ok: true, command: parsed.data };
    const detail = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || 'command'}: ${i.message}`)
      .join('; ');
    return { ok: false, refusal: refusalOf('invalid-command', this.state.lang, { detail }) };
  }

  private async process(input: unknown, actor: string | undefined, attempt = 0): Promise<SendResult> {
    if (this.stopped) return this.reject('session-stopped', {}, []);
    let parsed: ReturnType<Session['parse']>;
    try {
      parsed = this.parse(input, actor);
    } catch {
      return this.reject('invalid-command', { detail: 'the command could not be read' }, []);
    }
    if (!parsed.ok) return { ok: false, ...parsed.refusal, findings: [], events: [] };
    const command = parsed.command;
    const replay = this.replay(command);
    if (replay) return replay;

    const expired = this.isDue() ? ((await this.expireIfDue()) ?? []) : [];
    const at = this.now();
    if (at === undefined) return this.reject('clock-error', {}, expired);
    const first = decide(this.plan, this.state, command, { at, ...this.strict });
    if (!first.ok) return this.reject(first.code as RejectionCode, first.params ?? {}, expired);

    let decision = first;
    const subject = ruleSubject(first.events[0]!);
    let findings: Finding[] = [];
    if (subject && this.state.phase && this.rules) {
      const request = { phaseId: this.state.phase.id, target: subject.target, kind: subject.kind } as const;
      if (rulesFor(this.plan, this.rules, request).length > 0) {
        const pending = runRules(this.plan, this.rules, { ...request, text: subject.text, lang: this.state.lang }, this.onRuleError);
        findings = pending instanceof Promise ? await pending : pending;
        // Rules may be async: the state may have moved on meanwhile, so decide again on the current state.
        const again = decide(this.plan, this.state, command, { at, findings, ...this.strict });
        if (!again.ok) return this.reject(again.code as RejectionCode, again.params ?? {}, expired);
        decision = again;
      }
    }

    const events = decision.events;
    const pending = this.commit(events, command.commandId);
    const committed = pending === 'ok' ? pending : await pending;
    if (committed === 'conflict') {
      if (attempt >= MAX_CONFLICT_RETRIES) return this.reject('concurrency-conflict', {}, expired);
      const pulled = await this.pull().then(
        () => true,
        (error: unknown) => {
          this.onError(error);
          return false;
        },
      );
      if (!pulled) return this.reject('store-error', {}, expired);
      return this.process(input, actor, attempt + 1);
    }
    if (committed === 'store-error') return this.reject('store-error', {}, expired);
    if (committed === 'ambiguous') return this.reject('store-ambiguous', {}, expired);
    const event = events[0]!;
    if (decision.blocked) return this.reject('rule-violation', {}, [...expired, ...events], findings, { blockedId: `b-${event.seq}` });
    return { ok: true, events: [...expired, ...events], findings };
  }

  /** The first outcome of a command whose id the log already has, or a refusal when the id was used for another command. */
  private replay(command: Command): SendResult | undefined {
    if (command.commandId === undefined) return undefined;
    const record = this.commands.get(command.commandId);
    if (!record) return undefined;
    const events = this.log.slice(record.first, record.last + 1);
    const first = events[0]!;
    if (!isSameCommand(first, command)) return this.reject('command-id-reused', { commandId: command.commandId }, []);
    const findings = 'findings' in first ? first.findings : [];
    if (first.type === 'contribution-blocked') return this.reject('rule-violation', {}, events, findings, { blockedId: `b-${first.seq}`, replayed: true });
    return { ok: true, events, findings, replayed: true };
  }

  /** Whether the current phase's timebox has run out and is not yet recorded. */
  private isDue(): boolean {
    const ctx = this.state;
    if (ctx.status !== 'running' || !ctx.phase || ctx.phase.expired) return false;
    const deadline = deadlineOf(ctx.phase);
    const now = this.now();
    return deadline !== null && now !== undefined && now >= deadline;
  }

  /** Records the timer expiry if it is due. Returns the appended events. */
  private async expireIfDue(): Promise<SessionEvent[] | undefined> {
    const phase = this.state.phase;
    const at = this.now();
    if (!this.isDue() || !phase || at === undefined) return undefined;
    const event: SessionEvent = { type: 'timer-expired', seq: this.version + 1, at, phase: phase.id, run: phase.run };
    const committed = await this.commit([event]);
    if (committed === 'conflict') {
      await this.pull();
      return undefined;
    }
    return committed === 'ok' ? [event] : undefined;
  }

  /** The summary a store keeps beside the log, as the session is after `state`. */
  private summaryOf(state: SessionContext): SessionSummary {
    const deadline = state.status === 'running' && state.phase && !state.phase.expired ? deadlineOf(state.phase) : null;
    return { methodId: state.method.id, methodVersion: state.method.version, status: state.status, nextDeadline: deadline, cases: caseNumber(state) };
  }

  /**
   * Appends to the store (if any), then applies. Nothing changes unless the store accepted. When the
   * store fails without saying whether it wrote, the log is read back to find out.
   */
  private commit(events: SessionEvent[], commandId?: string): 'ok' | Promise<Commit> {
    if (!this.store) {
      // In memory only: apply synchronously, no promise.
      this.apply(events);
      return 'ok';
    }
    return this.commitToStore(events, this.store, commandId);
  }

  private async commitToStore(events: SessionEvent[], store: SessionStore, commandId?: string): Promise<Commit> {
    let after = this.state;
    for (const event of events) after = evolve(this.plan, after, event);
    try {
      await store.append(this.id, events, {
        tenantId: this.tenantId,
        expectedVersion: this.version,
        ...(commandId !== undefined ? { commandId } : {}),
        summary: this.summaryOf(after),
      });
    } catch (error) {
      if (isConcurrencyError(error)) return 'conflict';
      return this.reconcile(events, store);
    }
    this.apply(events, after);
    this.saveSnapshot(store);
    return 'ok';
  }

  /** After a failed append: reads the log back. Our events there → committed; absent → nothing was; unreadable → ambiguous. */
  private async reconcile(events: SessionEvent[], store: SessionStore): Promise<Commit> {
    let stored: unknown[];
    try {
      stored = await store.load(this.tenantId, this.id, { afterVersion: this.version });
    } catch (error) {
      this.onError(error);
      return 'ambiguous';
    }
    if (stored.length === 0) return 'store-error';
    const ours = JSON.stringify(events);
    const theirs = JSON.stringify(stored.slice(0, events.length));
    if (ours === theirs) {
      this.apply(events);
      return 'ok';
    }
    // Someone else wrote first: apply their events, and let the caller retry on the new state.
    await this.pull();
    return 'conflict';
  }

  private saveSnapshot(store: SessionStore): void {
    const version = this.version;
    if (this.snapshotEvery <= 0 || version % this.snapshotEvery !== 0) return;
    try {
      void store.saveSnapshot(this.tenantId, this.id, { version, state: this.state }).catch(this.onError);
    } catch (error) {
      this.onError(error);
    }
  }

  private apply(events: SessionEvent[], after?: SessionContext): void {
    let state = this.state;
    if (after) state = after;
    else for (const event of events) state = evolve(this.plan, state, event);
    const offset = this.log.length;
    for (const event of events) {
      if (event.type === 'redacted') this.redactLog(event.participant);
      this.log.push(event);
      this.actor?.send(event as never);
    }
    this.commands.add(events, offset);
    this.state = state;
    this.schedule();
    if (this.listeners.size === 0) return;
    const view = this.getState();
    isolate(
      [...this.listeners].map((listener) => (v: SessionView) => listener(v, events)),
      view,
    );
  }

  /** Drops a redacted participant's texts from the in-memory log (the store has done the same). */
  private redactLog(participantId: string): void {
    for (let i = 0; i < this.log.length; i++) {
      const redacted = redactEvent(this.log[i]!, participantId);
      if (redacted) this.log[i] = redacted;
    }
  }

  /**
   * Loads and applies events other writers appended. Re-delivered events (seq at or below the
   * version) are skipped; a gap stops the pull (the next one retries); an event `check` refuses
   * stops it and is reported through `onError`.
   */
  private async pull(): Promise<number> {
    if (!this.store) return 0;
    const raw = await this.store.load(this.tenantId, this.id, { afterVersion: this.version });
    const events = parseLog(raw).filter((e) => e.seq > this.version);
    let applied = 0;
    for (const event of events) {
      if (event.seq !== this.version + 1) break;
      const refusal = check(this.plan, this.state, event, this.pseudonyms);
      if (refusal) {
        this.onError(new Error(`Session ${this.id}: stored event ${event.seq} (${event.type}) is refused: ${refusal.code}`));
        break;
      }
      this.apply([event]);
      applied++;
    }
    return applied;
  }

  private schedule(): void {
    if (!this.useTimers || this.stopped) return;
    const ctx = this.state;
    const deadline = ctx.status === 'running' && ctx.phase && !ctx.phase.expired ? deadlineOf(ctx.phase) : null;
    if (this.timer && this.timer.deadline === deadline) return;
    if (this.timer) this.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
    const now = this.now();
    if (deadline === null || now === undefined) return;
    // Platform timers overflow past ~24.8 days: wait in steps and look again.
    const handle = this.clock.setTimeout(
      () => {
        this.timer = undefined;
        void this.tick().then(() => this.schedule());
      },
      Math.min(Math.max(0, deadline - now), MAX_TIMER_MS),
    );
    this.timer = { handle, deadline };
  }
}

/**
 * One authenticated participant's handle on a {@link Session} (from `session.as(id)`): commands are
 * sent as them, and views and events are projected for them. This is what a host connects to a
 * participant's socket or HTTP requests.
 */
export class ParticipantSession {
  /** @internal Use `session.as(participantId)`. */
  constructor(
    private readonly session: Session,
    /** The participant this handle acts and sees as. */
    readonly participantId: string,
  ) {}

  /** Sends a command as this participant (`by` may be omitted; a different `by` is refused with `actor-mismatch`). */
  send(command: ActorCommandInput): Promise<SendResult> {
    return this.session.sendUnknown(command, this.participantId);
  }

  /** {@link ParticipantSession.send} for untyped input from the wire. */
  sendUnknown(input: unknown): Promise<SendResult> {
    return this.session.sendUnknown(input, this.participantId);
  }

  /** Whether a command would be accepted now from this participant (rules not run). Null when allowed. */
  can(command: ActorCommandInput): Refusal | null {
    return this.session.canUnknown(command, this.participantId);
  }

  /** {@link ParticipantSession.can} for untyped input from the wire. */
  canUnknown(input: unknown): Refusal | null {
    return this.session.canUnknown(input, this.participantId);
  }

  /** The view this participant may see. */
  getState(): SessionView {
    return this.session.viewFor({ participantId: this.participantId });
  }

  /** Calls `listener` after every change with this participant's view and projected events. */
  subscribe(listener: ViewerListener): () => void {
    return this.session.subscribeAs({ participantId: this.participantId }, listener);
  }
}
