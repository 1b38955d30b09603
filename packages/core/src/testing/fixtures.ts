import type { SessionEvent } from '../engine/schemas.js';
import type { AppendOptions, SessionStore, SessionSummary } from '../store/types.js';

/**
 * A store under test, as the conformance suite gets it from the adapter's factory. The factory should
 * return a fresh, empty store (a new file, a new schema) for every check: the purge, due-timer and
 * audit checks count what they find.
 */
export interface StoreFixture {
  /** The store. */
  store: SessionStore;
  /** A second handle on the same data (another node: a second connection or file handle), if the adapter has one. */
  other?: SessionStore;
  /**
   * Everything the store holds, read raw: the whole database file with its WAL, or every row of every
   * table, as text. The erase and redaction checks search it for remnants. Without it those checks are
   * reported as skipped.
   */
  rawDump?: () => Promise<string>;
  /** Whether the store encrypts user-written text at rest (then a raw read must never show it). */
  encrypted?: boolean;
  /** Releases resources (close handles, drop the schema, delete the file). */
  close?: () => Promise<void> | void;
}

let counter = 0;

/** A unique id with a readable prefix, so checks sharing a database never collide. */
export function uniqueId(prefix: string): string {
  counter++;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A `created` event for a test session (participants `fac`, `intro` named Ian, and `p1` named Pia). */
export function createdEvent(sessionId: string, tenantId = 'tenant-a', at = 1_000): SessionEvent {
  return {
    type: 'created',
    seq: 0,
    at,
    sessionId,
    tenantId,
    method: { id: 'generic-four-phase', version: '1.0.0' },
    participants: [
      { id: 'fac', name: 'Fay', roles: ['facilitator'] },
      { id: 'intro', name: 'Ian', roles: ['introducer'] },
      { id: 'p1', name: 'Pia', roles: ['peer'] },
    ],
    lang: 'en',
    carriedActions: [],
  };
}

/** A `contributed` event for a test session. */
export function contributedEvent(seq: number, by = 'p1', text = `text ${seq}`): SessionEvent {
  return { type: 'contributed', seq, at: 1_000 + seq, by, kind: 'question', text, findings: [] };
}

/** A session summary as the Session would hand it to `append` (running, no deadline, unless overridden). */
export function sessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return { methodId: 'generic-four-phase', methodVersion: '1.0.0', status: 'running', nextDeadline: null, cases: 1, ...overrides };
}

/** Append options for a test: the tenant, the expected version and a default summary. */
export function appendOptions(tenantId: string, expectedVersion: number, extra: Partial<AppendOptions> = {}): AppendOptions {
  return { tenantId, expectedVersion, summary: sessionSummary(), ...extra };
}
