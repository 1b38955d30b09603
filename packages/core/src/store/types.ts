import type { SessionEvent } from '../engine/schemas.js';
import type { ConcurrencyError } from '../errors/store.js';

/** What a store knows about a session without reading its log. */
export interface StoredSessionSummary {
  /** Session id. */
  sessionId: string;
  /** Tenant id. */
  tenantId: string;
  /** Method id the session runs. */
  methodId: string;
  /** Method version. */
  methodVersion: string;
  /** Sequence number of the last event. */
  version: number;
  /** Time of the first event (epoch ms). */
  createdAt: number;
  /** Time of the last event (epoch ms). */
  updatedAt: number;
}

/** A saved machine snapshot, so a long session restores without replaying its whole log. */
export interface SnapshotRecord {
  /** Sequence number of the last event the snapshot includes. */
  version: number;
  /** The persisted snapshot (JSON-serialisable). */
  state: unknown;
}

/** Options for {@link SessionStore.append}. */
export interface AppendOptions {
  /** The version the writer last saw: the seq of the session's last event, or -1 for a new session. */
  expectedVersion: number;
  /** Tenant the session belongs to; an append to another tenant's session is refused. */
  tenantId: string;
}

/** Options for {@link SessionStore.list}. */
export interface ListOptions {
  /** Most sessions to return. Default 100. */
  limit?: number;
  /** Return sessions whose id sorts after this one (cursor paging). */
  after?: string;
}

/**
 * Where session logs live. Small and async, with optimistic concurrency: `append` fails with a
 * {@link ConcurrencyError} when another writer got there first. One conformance suite
 * (`@intervision/core/testing`) runs against every adapter.
 */
export interface SessionStore {
  /** Appends events (seq `expectedVersion + 1` onwards) atomically, or rejects with {@link ConcurrencyError}. */
  append(sessionId: string, events: readonly SessionEvent[], options: AppendOptions): Promise<{ version: number }>;
  /** The session's events with seq greater than `afterVersion` (default: all), in order; `[]` for an unknown session. */
  load(sessionId: string, options?: { afterVersion?: number }): Promise<SessionEvent[]>;
  /** Sessions of a tenant, ordered by id. */
  list(tenantId: string, options?: ListOptions): Promise<StoredSessionSummary[]>;
  /** Saves a snapshot (a later version replaces an earlier one). */
  saveSnapshot(sessionId: string, snapshot: SnapshotRecord): Promise<void>;
  /** The latest snapshot, if any. */
  loadSnapshot(sessionId: string): Promise<SnapshotRecord | undefined>;
  /** Deletes a session, its log and its snapshots. Returns whether it existed. */
  erase(sessionId: string): Promise<boolean>;
  /**
   * Replaces everything a participant wrote (texts, notes, their display name) with a redaction
   * marker, keeping the log replayable, and drops snapshots. Returns the number of events changed.
   */
  redact(sessionId: string, participantId: string): Promise<number>;
  /** Calls `listener` with events appended to a session (by any writer this store can see). */
  subscribe(sessionId: string, listener: (events: SessionEvent[]) => void): () => void;
}
