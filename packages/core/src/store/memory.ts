import type { SessionEvent } from '../engine/schemas.js';
import { ConcurrencyError, StoreError } from '../errors/store.js';
import { isolate } from './listeners.js';
import { participantEvents, redactEvent, redactionMarker } from './redact.js';
import type { AuditRecord, DueTimer, SessionStore, SessionSummary, SnapshotRecord, StoredMethod, StoredSessionSummary } from './types.js';
import { checkAppend, pageOf } from './validate.js';

interface Entry {
  tenantId: string;
  events: SessionEvent[];
  commands: Set<string>;
  summary: SessionSummary;
  snapshot?: SnapshotRecord;
}

/** Copies through JSON, as a real store would: callers never share objects with the store. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Options for {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Where `redact` takes the time of its marker event and the audit record from. Default `Date.now`. */
  now?: () => number;
}

/**
 * An in-memory {@link SessionStore}: for tests, demos and single-process hosts that persist elsewhere.
 * Stores deep copies, so it behaves like a real store (no shared objects). Passes the conformance suite.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): SessionStore {
  const now = options.now ?? Date.now;
  const sessions = new Map<string, Entry>();
  const methods = new Map<string, StoredMethod>();
  const audits: AuditRecord[] = [];
  const listeners = new Map<string, Set<(notice: { sessionId: string; version: number }) => void>>();
  const mine = (tenantId: string, sessionId: string) => {
    const entry = sessions.get(sessionId);
    return entry && entry.tenantId === tenantId ? entry : undefined;
  };
  const notify = (sessionId: string, version: number) => {
    const set = listeners.get(sessionId);
    if (set) isolate([...set], { sessionId, version });
  };
  const record = (line: Omit<AuditRecord, 'at'>) => audits.push({ ...line, at: now() });

  const store: SessionStore = {
    async append(sessionId, events, { expectedVersion, tenantId, commandId, summary }) {
      const entry = sessions.get(sessionId);
      const actual = entry ? entry.events.length - 1 : -1;
      if (entry && entry.tenantId !== tenantId) throw new StoreError('wrong-tenant', `Session ${sessionId} belongs to another tenant`);
      if (actual !== expectedVersion) throw new ConcurrencyError(sessionId, expectedVersion, actual);
      checkAppend(sessionId, events, expectedVersion);
      if (commandId !== undefined && entry?.commands.has(commandId))
        throw new StoreError('command-id-reused', `Session ${sessionId} already has command ${commandId}`);
      const stored = copy([...events]);
      if (entry) {
        entry.events.push(...stored);
        entry.summary = copy(summary);
      } else sessions.set(sessionId, { tenantId, events: stored, commands: new Set(), summary: copy(summary) });
      if (commandId !== undefined) sessions.get(sessionId)?.commands.add(commandId);
      const version = expectedVersion + events.length;
      // Listeners run after the append has settled, so a throwing listener cannot undo a commit.
      queueMicrotask(() => notify(sessionId, version));
      return { version };
    },
    async load(tenantId, sessionId, options = {}) {
      const after = options.afterVersion ?? -1;
      return copy((mine(tenantId, sessionId)?.events ?? []).filter((e) => e.seq > after));
    },
    async list(tenantId, options = {}) {
      const rows: StoredSessionSummary[] = [];
      for (const [sessionId, entry] of sessions) {
        if (entry.tenantId !== tenantId) continue;
        if (options.status && !options.status.includes(entry.summary.status)) continue;
        rows.push(summaryOf(sessionId, entry));
      }
      return pageOf(rows, options);
    },
    async dueTimers(at, { limit = 100 } = {}) {
      const due: DueTimer[] = [];
      for (const [sessionId, entry] of sessions) {
        const deadline = entry.summary.nextDeadline;
        if (deadline !== null && deadline <= at) due.push({ tenantId: entry.tenantId, sessionId, deadline });
      }
      return due.sort((a, b) => a.deadline - b.deadline || (a.sessionId < b.sessionId ? -1 : 1)).slice(0, limit);
    },
    async saveSnapshot(tenantId, sessionId, snapshot) {
      const entry = mine(tenantId, sessionId);
      if (!entry || snapshot.version >= entry.events.length) return;
      if (!entry.snapshot || entry.snapshot.version <= snapshot.version) entry.snapshot = copy(snapshot);
    },
    async loadSnapshot(tenantId, sessionId) {
      const snapshot = mine(tenantId, sessionId)?.snapshot;
      return snapshot ? copy(snapshot) : undefined;
    },
    async saveMethod(tenantId, method) {
      const key = JSON.stringify([tenantId, method.id, method.version]);
      const existing = methods.get(key);
      if (existing && existing.hash !== method.hash)
        throw new StoreError('invalid-row', `Method ${method.id}@${method.version} is already stored with other content`);
      if (!existing) methods.set(key, copy(method));
    },
    async loadMethod(tenantId, id, version) {
      const found = methods.get(JSON.stringify([tenantId, id, version]));
      return found ? copy(found) : undefined;
    },
    async erase(tenantId, sessionId, actor) {
      const existed = mine(tenantId, sessionId) !== undefined;
      if (existed) sessions.delete(sessionId);
      record({ action: 'erase', tenantId, sessionId, by: actor.by, ...(actor.reason ? { reason: actor.reason } : {}), count: existed ? 1 : 0 });
      if (existed) notify(sessionId, -1);
      return existed;
    },
    async redact(tenantId, sessionId, participantId, actor) {
      const entry = mine(tenantId, sessionId);
      let changed = 0;
      if (entry) {
        entry.events = entry.events.map((event) => {
          const redacted = redactEvent(event, participantId);
          if (!redacted) return event;
          changed++;
          return redacted;
        });
        delete entry.snapshot;
        entry.events.push(redactionMarker(entry.events, participantId, now()));
      }
      record({
        action: 'redact',
        tenantId,
        sessionId,
        participantId,
        by: actor.by,
        ...(actor.reason ? { reason: actor.reason } : {}),
        count: changed,
      });
      if (entry) notify(sessionId, entry.events.length - 1);
      return changed;
    },
    async exportParticipant(tenantId, participantId, actor) {
      const out: { sessionId: string; methodId: string; events: SessionEvent[] }[] = [];
      for (const [sessionId, entry] of sessions) {
        if (entry.tenantId !== tenantId) continue;
        const events = participantEvents(entry.events, participantId);
        if (events.length > 0) out.push({ sessionId, methodId: entry.summary.methodId, events: copy(events) });
      }
      record({ action: 'export', tenantId, participantId, by: actor.by, ...(actor.reason ? { reason: actor.reason } : {}), count: out.length });
      return { tenantId, participantId, sessions: out };
    },
    async purge({ before, statuses = ['ended', 'aborted'] }, actor) {
      const purged = new Map<string, number>();
      for (const [sessionId, entry] of sessions) {
        const last = entry.events[entry.events.length - 1];
        if (!last || last.at >= before || !statuses.includes(entry.summary.status)) continue;
        sessions.delete(sessionId);
        purged.set(entry.tenantId, (purged.get(entry.tenantId) ?? 0) + 1);
      }
      for (const [tenantId, count] of purged) record({ action: 'purge', tenantId, by: actor.by, ...(actor.reason ? { reason: actor.reason } : {}), count });
      return [...purged.values()].reduce((a, b) => a + b, 0);
    },
    async audit(tenantId) {
      return copy(audits.filter((a) => a.tenantId === tenantId));
    },
    subscribe(sessionId, listener) {
      let set = listeners.get(sessionId);
      if (!set) {
        set = new Set();
        listeners.set(sessionId, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
  return store;
}

function summaryOf(sessionId: string, entry: Entry): StoredSessionSummary {
  const first = entry.events[0];
  const last = entry.events[entry.events.length - 1];
  return {
    sessionId,
    tenantId: entry.tenantId,
    ...entry.summary,
    version: last?.seq ?? -1,
    createdAt: first?.at ?? 0,
    updatedAt: last?.at ?? 0,
  };
}
