import type { InspectionEvent } from 'xstate';
import { authorise } from '../engine/authorise.js';
import type { SessionContext } from '../engine/context.js';
import { type Action, type Command, CommandSchema, type CreatedEvent, type SessionEvent, SessionEventSchema } from '../engine/schemas.js';
import { deadlineOf } from '../engine/timer.js';
import { RestoreError, SessionConfigError } from '../errors/session.js';
import { isConcurrencyError } from '../errors/store.js';
import { createSessionMachine, type MachineEvent, type SessionMachine } from '../machine/compile.js';
import type { MethodDefinition } from '../method/define.js';
import { asPhase, type MethodPlan, planOf } from '../method/plan.js';
import { defaultRuleRegistry } from '../rules/default-registry.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Finding } from '../rules/types.js';
import type { Lang } from '../shared/lang.js';
import type { SessionStore } from '../store/types.js';
import { type Clock, systemClock, type TimerHandle } from './clock.js';
import { type ActorStart, feed, type SessionActor, type SessionSnapshot, startActor } from './fold.js';
import { type RejectionCode, rejectionMessage } from './messages.js';
import { type RuleErrorHandler, rulesFor, runRules } from './run-rules.js';
import { toBlocked, toEvent } from './to-event.js';
import { type SessionView, toView } from './view.js';

/** A participant as passed to {@link createSession}. */
export interface ParticipantInput {
  /** Stable id (your user id). */
  id: string;
  /** Display name. */
  name?: string;
  /** One role or several (`['facilitator', 'peer']`). */
  role: string | string[];
}

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
  /** Save a snapshot to the store every N events (default 0: never). */
  snapshotEvery?: number;
  /** Told when a rule throws or times out (the session carries on with the fallback). */
  onRuleError?: RuleErrorHandler;
  /** Follow events other nodes append to the store (default true when a store is given). */
  follow?: boolean;
  /** XState inspection callback (e.g. the Stately inspector's `inspect`), passed to the session's actor. */
  inspect?: (event: InspectionEvent) => void;
}

/** Options for {@link createSession}. */
export interface CreateSessionOptions extends SessionRuntimeOptions {
  /** Who takes part, with their roles. */
  participants: ParticipantInput[];
  /** Session id. Default: a random UUID. */
  sessionId?: string;
  /** Tenant (organisation) the session belongs to. Default `default`. */
  tenantId?: string;
  /** Language of messages and texts. Default `en`. */
  lang?: Lang;
  /** Open actions from an earlier session, to report back on. */
  carriedActions?: Action[];
}

/** Where {@link restoreSession} reads the log from. */
export type RestoreSource = { events: readonly unknown[] } | { store: SessionStore; sessionId: string };

/** The result of {@link Session.send}: the accepted events, or why the command was refused. */
export type SendResult =
  | {
      ok: true;
      /** Events appended (a timer expiry that fell due first is included). */
      events: SessionEvent[];
      /** Warnings the rules reported. */
      findings: Finding[];
    }
  | {
      ok: false;
      /** Stable code. */
      code: RejectionCode;
      /** Human message in the session language. */
      message: string;
      /** What the rules reported (for `rule-violation`). */
      findings: Finding[];
      /** Id of the blocked input, which a facilitator may `override`. */
      blockedId?: string;
      /** Events appended anyway: a timer expiry that fell due, or the record of a blocked input. */
      events: SessionEvent[];
    };

/** A listener for session changes. */
export type SessionListener = (view: SessionView, events: readonly SessionEvent[]) => void;

type Snapshot = SessionSnapshot;

const MAX_CONFLICT_RETRIES = 3;

/**
 * A running intervision session: authorises every command by role, turn and phase, runs the
 * method's rules, appends accepted events to its log (and store), and derives its state by folding
 * that log through the compiled XState machine. `send` never throws for bad input.
 */
export class Session {
  /** The method the session runs. */
  readonly method: MethodDefinition;
  /** The compiled machine (plain XState v5). */
  readonly machine: SessionMachine;
  private readonly plan: MethodPlan;
  private actor: SessionActor;
  private readonly log: SessionEvent[];
  private readonly clock: Clock;
  private readonly store: SessionStore | undefined;
  private readonly rules: RuleRegistry;
  private readonly useTimers: boolean;
  private readonly snapshotEvery: number;
  private readonly onRuleError: RuleErrorHandler;
  private readonly listeners = new Set<SessionListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: { handle: TimerHandle; deadline: number } | undefined;
  private unfollow: (() => void) | undefined;
  private viewCache: { ctx: SessionContext; view: SessionView } | undefined;
  private stopped = false;

  /** @internal Use {@link createSession} or {@link restoreSession}. */
  constructor(method: MethodDefinition, actor: SessionActor, log: SessionEvent[], options: SessionRuntimeOptions) {
    this.method = method;
    this.machine = createSessionMachine(method);
    this.plan = planOf(method);
    this.actor = actor;
    this.log = log;
    this.clock = options.clock ?? systemClock;
    this.store = options.store;
    this.rules = options.rules ?? defaultRuleRegistry;
    this.useTimers = options.timers ?? true;
    this.snapshotEvery = options.snapshotEvery ?? 0;
    this.onRuleError = options.onRuleError ?? (() => {});
    if (this.store && (options.follow ?? true))
      this.unfollow = this.store.subscribe(this.id, (events) => {
        // Our own appends come back too; only pull when the store is ahead once queued work is done.
        const last = events[events.length - 1]?.seq ?? -1;
        void this.enqueue(async () => (last > this.version ? this.pull() : 0));
      });
    this.schedule();
  }

  private get snapshot(): Snapshot {
    return this.actor.getSnapshot();
  }

  /** Session id. */
  get id(): string {
    return this.snapshot.context.sessionId;
  }

  /** Sequence number of the last event. */
  get version(): number {
    return this.snapshot.context.version;
  }

  /** The machine snapshot (for `@xstate/react`'s selectors, the inspector, or persistence). */
  getSnapshot(): Snapshot {
    return this.snapshot;
  }

  /** The event log, oldest first. */
  getEvents(): readonly SessionEvent[] {
    return this.log;
  }

  /** The current view of the session. Cached until the next change. */
  getState(): SessionView {
    const ctx = this.snapshot.context;
    if (this.viewCache?.ctx !== ctx) this.viewCache = { ctx, view: toView(this.plan, ctx) };
    return this.viewCache.view;
  }

  /** Milliseconds left in the current phase's timebox (negative when over time), or null. */
  remainingMs(): number | null {
    const ctx = this.snapshot.context;
    const deadline = deadlineOf(ctx.phase, ctx.pausedAt, this.clock.now());
    return deadline === null ? null : deadline - this.clock.now();
  }

  /** Calls `listener` after every change. Returns an unsubscribe function. */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Whether a command would be accepted now, by role, turn and phase (rules are not run). Synchronous,
   * for enabling buttons. Returns null when allowed.
   */
  can(command: unknown): { code: RejectionCode; message: string } | null {
    const parsed = CommandSchema.safeParse(command);
    if (!parsed.success) return this.refusal('invalid-command', { detail: parsed.error.issues[0]?.message ?? '' });
    const refusal = authorise(this.plan, this.snapshot.context, this.eventFor(parsed.data, this.version + 1, this.clock.now()));
    return refusal ? this.refusal(refusal.code as RejectionCode, refusal.params) : null;
  }

  /**
   * Sends a command. Never throws for bad input: resolves to the accepted events with any rule
   * findings, or a rejection with a stable code and a message in the session language. Commands are
   * processed one at a time, in the order sent.
   */
  send(command: Command | unknown): Promise<SendResult> {
    return this.enqueue(() => this.process(command));
  }

  /** Records a timer expiry if the current phase's timebox has run out. Resolves to the event, if any. */
  tick(): Promise<SessionEvent | undefined> {
    return this.enqueue(async () => (await this.expireIfDue())?.[0]);
  }

  /** Applies events other writers appended to the store. Resolves to how many were applied. */
  refresh(): Promise<number> {
    return this.enqueue(() => this.pull());
  }

  /** Stops timers and store subscriptions. The session can still be read. */
  stop(): void {
    this.stopped = true;
    this.unfollow?.();
    this.actor.stop();
    if (this.timer) this.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private refusal(code: RejectionCode, params?: Record<string, string | number>) {
    return { code, message: rejectionMessage(code, this.snapshot.context.lang, params) };
  }

  private reject(
    code: RejectionCode,
    params: Record<string, string | number> | undefined,
    events: SessionEvent[],
    findings: Finding[] = [],
    blockedId?: string,
  ): SendResult {
    return { ok: false, ...this.refusal(code, params), findings, events, ...(blockedId ? { blockedId } : {}) };
  }

  private eventFor(command: Command, seq: number, at: number): MachineEvent {
    const event = toEvent(command, seq, at);
    if (event.type === 'action-added' && !event.owner) event.owner = this.snapshot.context.introducerId ?? command.by;
    // `repeat` without a phase repeats the current one (as documented).
    if (event.type === 'phase-repeated' && !event.phase) event.phase = this.snapshot.context.phase?.id ?? '';
    return event;
  }

  private async process(command: unknown, attempt = 0): Promise<SendResult> {
    const parsed = CommandSchema.safeParse(command);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'command'}: ${i.message}`).join('; ');
      return this.reject('invalid-command', { detail }, []);
    }
    const expired = this.isDue() ? ((await this.expireIfDue()) ?? []) : [];
    const ctx = this.snapshot.context;
    const event = this.eventFor(parsed.data, this.version + 1, this.clock.now());
    const refusal = authorise(this.plan, ctx, event);
    if (refusal) return this.reject(refusal.code as RejectionCode, refusal.params, expired);

    let toAppend: SessionEvent = event;
    let findings: Finding[] = [];
    const target = event.type === 'contributed' ? 'contribution' : event.type === 'topic-proposed' || event.type === 'output-set' ? 'topic' : undefined;
    if (target && ctx.phase) {
      const kind = event.type === 'contributed' ? event.kind : event.type === 'output-set' ? event.output : 'topic';
      const request = { phaseId: ctx.phase.id, target, kind } as const;
      if (rulesFor(this.plan, this.rules, request).length > 0) {
        const pending = runRules(this.plan, this.rules, { ...request, text: (event as { text: string }).text, lang: ctx.lang }, this.onRuleError);
        findings = pending instanceof Promise ? await pending : pending;
        (event as { findings: Finding[] }).findings = findings;
        if (findings.some((f) => f.severity === 'block')) toAppend = toBlocked(event) ?? event;
      }
    }

    const pending = this.commit([toAppend]);
    const committed = pending === 'ok' ? pending : await pending;
    if (committed === 'conflict') {
      if (attempt >= MAX_CONFLICT_RETRIES) return this.reject('concurrency-conflict', undefined, expired);
      await this.pull();
      return this.process(command, attempt + 1);
    }
    if (committed === 'store-error') return this.reject('store-error', undefined, expired);
    if (toAppend.type === 'contribution-blocked') return this.reject('rule-violation', undefined, [...expired, toAppend], findings, `b-${toAppend.seq}`);
    return { ok: true, events: [...expired, toAppend], findings };
  }

  /** Whether the current phase's timebox has run out and is not yet recorded. */
  private isDue(): boolean {
    const ctx = this.snapshot.context;
    if (ctx.status !== 'running' || !ctx.phase || ctx.phase.expired) return false;
    const deadline = deadlineOf(ctx.phase);
    return deadline !== null && this.clock.now() >= deadline;
  }

  /** Records the timer expiry if it is due. Returns the appended events. */
  private async expireIfDue(): Promise<SessionEvent[] | undefined> {
    const phase = this.snapshot.context.phase;
    if (!this.isDue() || !phase) return undefined;
    const event: SessionEvent = { type: 'timer-expired', seq: this.version + 1, at: this.clock.now(), phase: phase.id, run: phase.run };
    const committed = await this.commit([event]);
    if (committed === 'conflict') {
      await this.pull();
      return undefined;
    }
    return committed === 'ok' ? [event] : undefined;
  }

  /**
   * Appends to the store (if any), then applies to the machine. Nothing changes unless the store
   * accepted; the machine accepts whatever was authorised (same check), which `feed` verifies.
   */
  private commit(events: SessionEvent[]): 'ok' | Promise<'ok' | 'conflict' | 'store-error'> {
    if (!this.store) {
      // In memory only: apply synchronously, no promise.
      this.apply(events);
      return 'ok';
    }
    return this.commitToStore(events, this.store);
  }

  private async commitToStore(events: SessionEvent[], store: SessionStore): Promise<'ok' | 'conflict' | 'store-error'> {
    try {
      await store.append(this.id, events, { expectedVersion: this.version, tenantId: this.snapshot.context.tenantId });
    } catch (error) {
      return isConcurrencyError(error) ? 'conflict' : 'store-error';
    }
    this.apply(events);
    const version = this.version;
    if (this.snapshotEvery > 0 && Math.floor(version / this.snapshotEvery) > Math.floor((version - events.length) / this.snapshotEvery))
      await store.saveSnapshot(this.id, { version, state: this.actor.getPersistedSnapshot() }).catch(() => undefined);
    return 'ok';
  }

  private apply(events: SessionEvent[]): void {
    feed(this.actor, events);
    for (const event of events) this.log.push(event);
    this.schedule();
    if (this.listeners.size === 0) return;
    const view = this.getState();
    for (const listener of this.listeners) {
      try {
        listener(view, events);
      } catch {
        // A listener's failure must not break the session or other listeners.
      }
    }
  }

  /** Loads and applies events that other writers appended. */
  private async pull(): Promise<number> {
    if (!this.store) return 0;
    const raw = await this.store.load(this.id, { afterVersion: this.version });
    if (raw.length === 0) return 0;
    const events = parseEvents(raw);
    this.apply(events);
    return events.length;
  }

  private schedule(): void {
    if (!this.useTimers || this.stopped) return;
    const ctx = this.snapshot.context;
    const deadline = ctx.status === 'running' && ctx.phase && !ctx.phase.expired ? deadlineOf(ctx.phase) : null;
    if (this.timer && this.timer.deadline === deadline) return;
    if (this.timer) this.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
    if (deadline === null) return;
    const handle = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, deadline - this.clock.now());
    this.timer = { handle, deadline };
  }
}

function parseEvents(raw: readonly unknown[]): SessionEvent[] {
  return raw.map((event, i) => {
    const parsed = SessionEventSchema.safeParse(event);
    if (!parsed.success) throw new RestoreError('corrupt-log', `Event ${i} is not a valid session event: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  });
}

function checkParticipants(plan: MethodPlan, participants: ParticipantInput[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of participants) {
    if (ids.has(p.id)) problems.push(`participant "${p.id}" is listed twice`);
    ids.add(p.id);
    for (const role of Array.isArray(p.role) ? p.role : [p.role])
      if (!plan.roles.has(role)) problems.push(`participant "${p.id}" has role "${role}", which method "${plan.method.id}" does not define`);
  }
  const hasTopicPhase = plan.order.some((id) => asPhase(plan.steps.get(id)?.phase)?.outputs.includes('topic'));
  for (const role of plan.roles.values()) {
    const count = participants.filter((p) => (Array.isArray(p.role) ? p.role : [p.role]).includes(role.id)).length;
    const min = role.id === 'introducer' && hasTopicPhase ? 0 : role.min;
    if (count < min) problems.push(`method "${plan.method.id}" needs at least ${min} ${role.id}(s), got ${count}`);
    if (role.max !== undefined && count > role.max) problems.push(`method "${plan.method.id}" allows at most ${role.max} ${role.id}(s), got ${count}`);
  }
  return problems;
}

/**
 * Creates a session of a method and records its `created` event (in the store, when given).
 * Throws {@link SessionConfigError} for participants that do not fit the method's roles.
 *
 * @example
 * ```ts
 * const session = await createSession(methods['incident-method'], {
 *   participants: [{ id: 'ann', role: 'facilitator' }, { id: 'bob', role: 'introducer' }, { id: 'cy', role: 'peer' }, { id: 'di', role: 'peer' }],
 * });
 * await session.send({ type: 'start', by: 'ann' });
 * ```
 */
export async function createSession(method: MethodDefinition, options: CreateSessionOptions): Promise<Session> {
  const plan = planOf(method);
  const problems = checkParticipants(plan, options.participants ?? []);
  const clock = options.clock ?? systemClock;
  const created = CreatedEventSchema_parse(
    {
      type: 'created',
      seq: 0,
      at: clock.now(),
      sessionId: options.sessionId ?? globalThis.crypto.randomUUID(),
      tenantId: options.tenantId ?? 'default',
      method: { id: method.id, version: method.version },
      participants: (options.participants ?? []).map((p) => ({
        id: p.id,
        ...(p.name !== undefined ? { name: p.name } : {}),
        roles: Array.isArray(p.role) ? p.role : [p.role],
      })),
      lang: options.lang ?? 'en',
      carriedActions: options.carriedActions ?? [],
    },
    problems,
  );
  if (problems.length > 0) throw new SessionConfigError(problems);
  if (options.store) await options.store.append(created.sessionId, [created], { expectedVersion: -1, tenantId: created.tenantId });
  const actor = startActor(createSessionMachine(method), { input: created }, options.inspect);
  return new Session(method, actor, [created], { ...options, clock });
}

function CreatedEventSchema_parse(value: unknown, problems: string[]): CreatedEvent {
  const parsed = SessionEventSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
    return value as CreatedEvent;
  }
  return parsed.data as CreatedEvent;
}

/**
 * Rebuilds a session from its log (an array of events, or a store), replaying every event through
 * the machine: the result equals the live session. Throws {@link RestoreError} for a corrupt log or a
 * log of another method.
 */
export async function restoreSession(method: MethodDefinition, source: RestoreSource, options: SessionRuntimeOptions = {}): Promise<Session> {
  const machine = createSessionMachine(method);
  let raw: readonly unknown[];
  let snapshotRecord: { version: number; state: unknown } | undefined;
  const store = 'store' in source ? source.store : options.store;
  if ('store' in source) {
    snapshotRecord = await source.store.loadSnapshot(source.sessionId);
    raw = await source.store.load(source.sessionId);
    if (raw.length === 0) throw new RestoreError('unknown-session', `No session ${source.sessionId} in the store`);
  } else raw = source.events;
  const events = parseEvents(raw);
  const created = events[0];
  if (created?.type !== 'created') throw new RestoreError('corrupt-log', 'The log does not start with a created event');
  if (created.method.id !== method.id) throw new RestoreError('method-mismatch', `The log is of method "${created.method.id}", not "${method.id}"`);
  events.forEach((e, i) => {
    if (e.seq !== i) throw new RestoreError('corrupt-log', `Event at position ${i} has seq ${e.seq}`);
  });
  let start: ActorStart = { input: created };
  let from = 1;
  if (snapshotRecord && snapshotRecord.version < events.length) {
    start = { snapshot: snapshotRecord.state as ActorStart extends infer S ? (S extends { snapshot: infer T } ? T : never) : never };
    from = snapshotRecord.version + 1;
  }
  const actor = startActor(machine, start, options.inspect);
  feed(actor, events.slice(from));
  return new Session(method, actor, events, { ...options, ...(store ? { store } : {}) });
}
