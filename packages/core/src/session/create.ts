import { initialContext } from '../engine/context.js';
import { fold } from '../engine/fold.js';
import { type Action, type CreatedEvent, type SessionEvent, SessionEventSchema } from '../engine/schemas.js';
import { RestoreError, SessionConfigError } from '../errors/session.js';
import type { MethodDefinition } from '../method/define.js';
import { asPhase, type MethodPlan, planOf } from '../method/plan.js';
import { defaultRuleRegistry } from '../rules/default-registry.js';
import { contentHash } from '../shared/hash.js';
import type { Lang } from '../shared/lang.js';
import { safeParse } from '../shared/parse.js';
import type { SessionStore } from '../store/types.js';
import { systemClock } from './clock.js';
import { assertLanguagePack } from './language-check.js';
import { parseLog } from './parse-log.js';
import { derivePseudonyms, type PseudonymKey, pseudonymsForRestore } from './pseudonym-key.js';
import { Session, type SessionRuntimeOptions } from './session.js';
import { EVENT_SCHEMA_VERSION } from './upcast.js';

/** A participant as passed to {@link createSession}. */
export interface ParticipantInput {
  /** Stable id (your user id). */
  id: string;
  /** Display name. */
  name?: string;
  /** One role or several (`['facilitator', 'peer']`). */
  role: string | string[];
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
  /**
   * Strict anonymity: what participants say in the method's anonymous phases is logged under a
   * per-session pseudonym (an HMAC under this key), so no reader of the log or the database can link
   * it to them; quotas, roles and turns still hold. The same key is needed to restore the session.
   */
  pseudonymKey?: PseudonymKey;
}

/** Where {@link restoreSession} reads the log from. */
export type RestoreSource = { events: readonly unknown[] } | { store: SessionStore; sessionId: string; tenantId?: string };

/** Options for {@link restoreSession}. */
export interface RestoreOptions extends SessionRuntimeOptions {
  /**
   * Finds the definition a log was written with, by id and version (e.g. from your own method
   * registry). Tried after the method passed to `restoreSession` and before the store's stored methods.
   */
  resolveMethod?: (id: string, version: string) => MethodDefinition | undefined;
  /**
   * What to do when no definition with the log's method version and content is found: `refuse` (the
   * default) throws {@link RestoreError} `method-version-mismatch`; `use-given` replays the log under the
   * method passed in (an explicit upgrade: the log must still pass every check of the new version).
   */
  upgrade?: 'refuse' | 'use-given';
  /** The key a strict session was created with ({@link CreateSessionOptions.pseudonymKey}); required to restore one. */
  pseudonymKey?: PseudonymKey;
}

/** The content hash of a method definition, as a session's `created` event pins it. */
export function methodHash(method: MethodDefinition): string {
  return contentHash(method);
}

const hashes = new WeakMap<MethodDefinition, string>();
function hashOf(method: MethodDefinition): string {
  let hash = hashes.get(method);
  if (hash === undefined) {
    hash = methodHash(method);
    hashes.set(method, hash);
  }
  return hash;
}

/** Every problem with a session's participants under a method (the same checks for create and restore). */
export function participantProblems(plan: MethodPlan, participants: readonly { id: string; roles: readonly string[] }[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of participants) {
    if (ids.has(p.id)) problems.push(`participant "${p.id.slice(0, 200)}" is listed twice`);
    ids.add(p.id);
    for (const role of p.roles)
      if (!plan.roles.has(role))
        problems.push(`participant "${p.id.slice(0, 200)}" has role "${role.slice(0, 200)}", which method "${plan.method.id}" does not define`);
    if (p.id.startsWith('~')) problems.push(`participant "${p.id.slice(0, 200)}": ids starting with "~" are reserved for pseudonyms`);
    if (problems.length >= 100) return problems;
  }
  const hasTopicPhase = plan.order.some((id) => asPhase(plan.steps.get(id)?.phase)?.outputs.includes('topic'));
  for (const role of plan.roles.values()) {
    const count = participants.filter((p) => p.roles.includes(role.id)).length;
    const min = role.id === 'introducer' && hasTopicPhase ? 0 : role.min;
    if (count < min) problems.push(`method "${plan.method.id}" needs at least ${min} ${role.id}(s), got ${count}`);
    if (role.max !== undefined && count > role.max) problems.push(`method "${plan.method.id}" allows at most ${role.max} ${role.id}(s), got ${count}`);
  }
  return problems;
}

/**
 * Creates a session of a method and records its `created` event (in the store, when given), pinning
 * the method's id, version and content hash. Throws {@link SessionConfigError} for participants that do
 * not fit the method's roles (a programmer error), and `LanguagePackMissingError` when `lang` has no
 * registered language pack while the method uses a built-in text rule (English is always registered; for
 * another language call `registerLanguagePack` with its pack from `@intervision/core/lang/<code>` first).
 *
 * @example
 * ```ts
 * const session = await createSession(methods['incident-method'], {
 *   participants: [{ id: 'ann', role: 'facilitator' }, { id: 'bob', role: 'introducer' }, { id: 'cy', role: 'peer' }, { id: 'di', role: 'peer' }],
 * });
 * await session.as('ann').send({ type: 'start' });
 * ```
 */
export async function createSession(method: MethodDefinition, options: CreateSessionOptions): Promise<Session> {
  const plan = planOf(method);
  const clock = options.clock ?? systemClock;
  const at = clock.now();
  const problems: string[] = [];
  if (typeof at !== 'number' || !Number.isFinite(at)) problems.push('the clock gave an invalid time');
  const input = options.participants ?? [];
  const participants = input.map((p) => ({ id: p.id, ...(p.name !== undefined ? { name: p.name } : {}), roles: Array.isArray(p.role) ? p.role : [p.role] }));
  const sessionId = options.sessionId ?? globalThis.crypto.randomUUID();
  const strict = options.pseudonymKey
    ? await derivePseudonyms(
        options.pseudonymKey,
        sessionId,
        participants.map((p) => p.id),
      )
    : undefined;
  const parsed = safeParse(SessionEventSchema, {
    type: 'created',
    seq: 0,
    at,
    sessionId,
    ...(strict ? { anonymity: strict.record } : {}),
    tenantId: options.tenantId ?? 'default',
    method: { id: method.id, version: method.version, hash: hashOf(method) },
    schema: EVENT_SCHEMA_VERSION,
    participants,
    lang: options.lang ?? 'en',
    carriedActions: options.carriedActions ?? [],
  });
  if (!parsed.success) for (const issue of parsed.error.issues.slice(0, 100)) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  problems.push(...participantProblems(plan, participants));
  if (problems.length > 0 || !parsed.success) throw new SessionConfigError(problems);
  const created = parsed.data as CreatedEvent;
  assertLanguagePack(plan, options.rules ?? defaultRuleRegistry, created.lang);
  const store = options.store;
  if (store) {
    await store.saveMethod(created.tenantId, { id: method.id, version: method.version, hash: hashOf(method), definition: method });
    await store.append(created.sessionId, [created], {
      tenantId: created.tenantId,
      expectedVersion: -1,
      summary: { methodId: method.id, methodVersion: method.version, status: 'lobby', nextDeadline: null, cases: 1 },
    });
  }
  return new Session(
    { method, state: initialContext(created), log: [created], options: { ...options, clock }, ...(strict ? { pseudonyms: strict.pseudonyms } : {}) },
    defaultRuleRegistry,
  );
}

/** Picks the definition to replay a log with: the one it was written with, or an explicit upgrade. */
async function methodFor(given: MethodDefinition | undefined, created: CreatedEvent, options: RestoreOptions, store?: SessionStore): Promise<MethodDefinition> {
  const pinned = created.method;
  const matches = (m: MethodDefinition | undefined): boolean =>
    m !== undefined && m.id === pinned.id && m.version === pinned.version && (pinned.hash === undefined || hashOf(m) === pinned.hash);
  if (given && given.id !== pinned.id && options.upgrade !== 'use-given')
    throw new RestoreError('method-mismatch', `The log is of method "${pinned.id}", not "${given.id}"`);
  if (given && matches(given)) return given;
  const resolved = options.resolveMethod?.(pinned.id, pinned.version);
  if (resolved && matches(resolved)) return resolved;
  const stored = store ? await store.loadMethod(created.tenantId, pinned.id, pinned.version) : undefined;
  if (stored && (pinned.hash === undefined || stored.hash === pinned.hash)) return stored.definition as MethodDefinition;
  if (given && options.upgrade === 'use-given') return given;
  throw new RestoreError(
    'method-version-mismatch',
    `The log was written with method "${pinned.id}" version ${pinned.version}${pinned.hash ? ` (content ${pinned.hash})` : ''}, and no such definition was given, resolved or stored. For a built-in method pass resolveMethod: resolveBuiltinMethod (from '@intervision/core/methods/history'); to replay it under ${given ? `version ${given.version}` : 'another version'} pass upgrade: 'use-given'`,
  );
}

/**
 * Rebuilds a session from its log (an array of events, or a store and tenant): parses and upcasts
 * every event, picks the method version the log pins, then folds `check` + `evolve` over the log at
 * reducer speed — a forged log is refused as a live session would refuse its events. Stored snapshots
 * are a cache and are not trusted over the log. Throws {@link RestoreError} (`corrupt-log`,
 * `method-mismatch`, `method-version-mismatch`, `unknown-session`, `wrong-tenant`, and for a strict session
 * `pseudonym-key-required` or `pseudonym-key-mismatch`).
 */
export async function restoreSession(method: MethodDefinition | undefined, source: RestoreSource, options: RestoreOptions = {}): Promise<Session> {
  if (typeof source !== 'object' || source === null) throw new RestoreError('corrupt-log', 'No log to restore from');
  let raw: unknown;
  let store: SessionStore | undefined = options.store;
  if ('store' in source) {
    store = source.store;
    const tenantId = source.tenantId ?? 'default';
    raw = await source.store.load(tenantId, source.sessionId);
    if (Array.isArray(raw) && raw.length === 0)
      throw new RestoreError('unknown-session', `No session ${String(source.sessionId).slice(0, 200)} for tenant ${tenantId.slice(0, 200)}`);
  } else raw = (source as { events?: unknown }).events;
  const events: SessionEvent[] = parseLog(raw);
  const created = events[0];
  if (created?.type !== 'created') throw new RestoreError('corrupt-log', 'The log does not start with a created event');
  if ('store' in source && created.tenantId !== (source.tenantId ?? 'default')) throw new RestoreError('wrong-tenant', 'The log belongs to another tenant');
  const definition = await methodFor(method, created, options, store);
  const plan = planOf(definition);
  const problems = participantProblems(plan, created.participants);
  if (problems.length > 0) throw new RestoreError('corrupt-log', `The created event is not valid for this method: ${problems.slice(0, 5).join('; ')}`);
  assertLanguagePack(plan, options.rules ?? defaultRuleRegistry, created.lang);
  const pseudonyms = await pseudonymsForRestore(
    created.anonymity,
    options.pseudonymKey,
    created.sessionId,
    created.participants.map((p) => p.id),
  );
  const folded = fold(plan, created, events.slice(1), pseudonyms);
  if (!folded.ok) throw new RestoreError('corrupt-log', `Event ${folded.index} (${folded.event.type}) is not accepted in this state: ${folded.refusal.code}`);
  return new Session(
    { method: definition, state: folded.state, log: events, options: { ...options, ...(store ? { store } : {}) }, ...(pseudonyms ? { pseudonyms } : {}) },
    defaultRuleRegistry,
  );
}
