import type { SessionEvent } from '../engine/schemas.js';
import type { ConcurrencyError, StoreError } from '../errors/store.js';

/** Version of the event shapes a store row was written with; older rows are upcast on load. */
export type EventSchemaVersion = number;

/**
 * What the Session tells a store about a session with every append, so stores can list sessions and
 * find due timers without re-implementing the engine.
 */
export interface SessionSummary {
  /** Method id the session runs. */
  methodId: string;
  /** Method version the session started with (pinned for its whole life). */
  methodVersion: string;
  /** `lobby`, `running`, `paused`, `ended` or `aborted`. */
  status: 'lobby' | 'running' | 'paused' | 'ended' | 'aborted';
  /** Epoch ms of the next timer deadline (the current phase's timebox), or null. */
  nextDeadline: number | null;
  /** How many cases the session holds (1 for single-case methods). */
  cases: number;
}

/** What a store knows about a session without reading its log. */
export interface StoredSessionSummary extends SessionSummary {
  /** Session id. */
  sessionId: string;
  /** Tenant id. */
  tenantId: string;
  /** Sequence number of the last event. */
  version: number;
  /** Time of the first event (epoch ms). */
  createdAt: number;
  /** Time of the last event (epoch ms). */
  updatedAt: number;
}

/** A saved snapshot, so a long session restores without folding its whole log. A cache: restore validates it. */
export interface SnapshotRecord {
  /** Sequence number of the last event the snapshot includes. */
  version: number;
  /** The persisted state (JSON-serialisable). Opaque to the store. */
  state: unknown;
}

/** Options for {@link SessionStore.append}. */
export interface AppendOptions {
  /** Tenant the session belongs to; an append to another tenant's session is refused (`wrong-tenant`). */
  tenantId: string;
  /** The version the writer last saw: the seq of the session's last event, or -1 for a new session. */
  expectedVersion: number;
  /**
   * The client-made id of the command these events record (unique per session). A store keeps it with
   * the events; an append naming a command id the session already has is refused with
   * {@link StoreError} `command-id-reused` (after the version check, so a stale retry sees
   * {@link ConcurrencyError} first).
   */
  commandId?: string;
  /** The session's summary after these events (for {@link SessionStore.list} and {@link SessionStore.dueTimers}). */
  summary: SessionSummary;
}

/** Options for {@link SessionStore.list}. */
export interface ListOptions {
  /** Most sessions to return (1–1000). Default 100. */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  /** Only sessions with one of these statuses. */
  status?: readonly SessionSummary['status'][];
}

/** One page of {@link SessionStore.list}. */
export interface SessionPage {
  /** Sessions ordered by session id. */
  items: StoredSessionSummary[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** A session whose timer deadline has passed. */
export interface DueTimer {
  /** Tenant id. */
  tenantId: string;
  /** Session id. */
  sessionId: string;
  /** The deadline (epoch ms). */
  deadline: number;
}

/** Who asked for an erasure, redaction or export, for the audit record. */
export interface AuditActor {
  /** Who (a host user id, a job name). */
  by: string;
  /** Why (free text, e.g. a ticket number). */
  reason?: string;
}

/** One line of a store's audit record. */
export interface AuditRecord {
  /** What was done. */
  action: 'erase' | 'redact' | 'export' | 'purge';
  /** Tenant id. */
  tenantId: string;
  /** The session concerned, if one. */
  sessionId?: string;
  /** The participant concerned, if one. */
  participantId?: string;
  /** Who asked. */
  by: string;
  /** Why, if given. */
  reason?: string;
  /** When (epoch ms). */
  at: number;
  /** How many sessions or events it touched. */
  count: number;
}

/** Everything a store holds about one participant of a tenant (a subject access request). */
export interface ParticipantExport {
  /** Tenant id. */
  tenantId: string;
  /** The participant. */
  participantId: string;
  /** Per session: the participant's own events (what they wrote and did). */
  sessions: { sessionId: string; methodId: string; events: SessionEvent[] }[];
}

/** A stored method definition (a designer's custom method or a built-in the session started with). */
export interface StoredMethod {
  /** Method id. */
  id: string;
  /** Method version. */
  version: string;
  /** Content hash of the definition (as the `created` event records it). */
  hash: string;
  /** The definition as JSON. */
  definition: unknown;
}

/**
 * Where session logs live. Small and async, with optimistic concurrency: `append` fails with a
 * {@link ConcurrencyError} when another writer got there first. Every operation takes the tenant,
 * and a store never reads, lists, restores, erases, redacts or writes another tenant's session.
 * One conformance suite (`@intervision/core/testing`) runs against every adapter.
 */
export interface SessionStore {
  /**
   * Appends events (seq `expectedVersion + 1` onwards) atomically, or rejects with
   * `ConcurrencyError` (stale version) or `StoreError` (`wrong-tenant`, `bad-sequence`,
   * `command-id-reused`). Nothing is written when it rejects.
   */
  append(sessionId: string, events: readonly SessionEvent[], options: AppendOptions): Promise<{ version: number }>;
  /**
   * The session's events with seq greater than `afterVersion` (default: all), in seq order, exactly as
   * appended (commandId included); `[]` for an unknown session or another tenant's.
   */
  load(tenantId: string, sessionId: string, options?: { afterVersion?: number }): Promise<SessionEvent[]>;
  /** Sessions of a tenant, ordered by id, paged by cursor. */
  list(tenantId: string, options?: ListOptions): Promise<SessionPage>;
  /** Sessions (of any tenant) whose timer deadline is at or before `now`, earliest first. */
  dueTimers(now: number, options?: { limit?: number }): Promise<DueTimer[]>;
  /**
   * Saves a snapshot (a later version replaces an earlier one). Ignored for an unknown session, for a
   * version beyond the log, and for a version before the session's last `redacted` marker (it may hold
   * redacted text, e.g. from a node that had not yet heard of the redaction).
   */
  saveSnapshot(tenantId: string, sessionId: string, snapshot: SnapshotRecord): Promise<void>;
  /** The latest snapshot, if any. */
  loadSnapshot(tenantId: string, sessionId: string): Promise<SnapshotRecord | undefined>;
  /** Stores a method definition (idempotent for the same id, version and hash). */
  saveMethod(tenantId: string, method: StoredMethod): Promise<void>;
  /** A stored method definition by id and version. */
  loadMethod(tenantId: string, id: string, version: string): Promise<StoredMethod | undefined>;
  /** Deletes a session, its log, command ids and snapshots, leaving no remnant. Returns whether it existed. */
  erase(tenantId: string, sessionId: string, actor: AuditActor): Promise<boolean>;
  /**
   * Replaces everything a participant wrote (texts, notes, their display name, findings quoting them)
   * with `REDACTED`, keeping the log replayable, drops snapshots, and appends a `redacted` marker
   * event (so live sessions on every node hear of it through `subscribe`). Returns the
   * number of events changed (the marker not counted).
   */
  redact(tenantId: string, sessionId: string, participantId: string, actor: AuditActor): Promise<number>;
  /** Everything about one participant of a tenant, as JSON. */
  exportParticipant(tenantId: string, participantId: string, actor: AuditActor): Promise<ParticipantExport>;
  /** Deletes ended or aborted sessions last updated before `before` (epoch ms). Returns how many. */
  purge(options: { before: number; statuses?: readonly ('ended' | 'aborted' | 'lobby' | 'running' | 'paused')[] }, actor: AuditActor): Promise<number>;
  /** The audit record of a tenant, oldest first. */
  audit(tenantId: string): Promise<AuditRecord[]>;
  /**
   * Calls `listener` with the new version whenever events are appended to a session (by any writer this
   * store can see: other nodes too, for a shared database), and with version -1 when the session is
   * erased. A notice carries the session id and version only, never content; a listener may miss
   * intermediate versions but never sees them go back. Listener errors are isolated. Returns an
   * unsubscribe function.
   */
  subscribe(sessionId: string, listener: (notice: { sessionId: string; version: number }) => void): () => void;
  /** Releases connections and listeners (optional). */
  close?(): Promise<void>;
}

/** Options for `createMemoryStore`. */
export interface MemoryStoreOptions {
  /** Where `redact` takes the time of its marker event and the audit record from. Default `Date.now`. */
  now?: () => number;
}
