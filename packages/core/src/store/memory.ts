import type { SessionEvent } from '../engine/schemas.js';
import { ConcurrencyError, StoreError } from '../errors/store.js';
import { NoticeHub } from './notices.js';
import { participantEvents, planRedaction } from './redact.js';
import { auditLine } from './rows.js';
import type {
  AuditActor,
  AuditRecord,
  DueTimer,
  MemoryStoreOptions,
  SessionStore,
  SessionSummary,
  SnapshotRecord,
  StoredMethod,
  StoredSessionSummary,
} from './types.js';
import { checkAppend, checkSummary, pageOf } from './validate.js';

interface Entry {
  tenantId: string;
  events: SessionEvent[];
  commands: Set<string>;
  summary: SessionSummary;
  snapshot?: SnapshotRecord;
  /** Seq of the last redaction marker: older snapshots may hold redacted text and are refused. */
  redactedAt: number;
}

/** Copies through JSON, as a real store would: callers never share objects with the store. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * An in-memory {@link SessionStore}: for tests, demos and single-process hosts that persist elsewhere.
 * Stores deep copies, so it behaves like a real store (no shared objects). Passes the conformance suite.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): SessionStore {
  const now = options.now ?? Date.now;
  const sessions = new Map<string, Entry>();
  const methods = new Map<string, StoredMethod>();
  const audits: AuditRecord[] = [];
  const hub = new NoticeHub();
  const mine = (tenantId: string, sessionId: string) => {
    const entry = sessions.get(sessionId);
    return entry && entry.tenantId === tenantId ? entry : undefined;
  };
  const notify = (sessionId: string, version: number) => hub.publish(sessionId, version);
  const record = (action: AuditRecord['action'], tenantId: string, actor: AuditActor, count: number, about?: { sessionId?: string; participantId?: string }) =>
    audits.push(auditLine(action, tenantId, actor, now(), count, about));

  const store: SessionStore = {
    async append(sessionId, events, { expectedVersion, tenantId, commandId, summary }) {
      const entry = sessions.get(sessionId);
      const actual = entry ? entry.events.length - 1 : -1;
      if (entry && entry.tenantId !== tenantId) throw new StoreError('wrong-tenant', `Session ${sessionId} belongs to another tenant`);
      if (actual !== expectedVersion) throw new ConcurrencyError(sessionId, expectedVersion, actual);
      checkAppend(sessionId, events, expectedVersion, tenantId);
      checkSummary(summary);
      if (commandId !== undefined && entry?.commands.has(commandId))
        throw new StoreError('command-id-reused', `Session ${sessionId} already has command ${commandId}`);
      const stored = copy([...events]);
      if (entry) {
        entry.events.push(...stored);
        entry.summary = copy(summary);
      } else sessions.set(sessionId, { tenantId, events: stored, commands: new Set(), summary: copy(summary), redactedAt: -1 });
      if (commandId !== undefined) sessions.get(sessionId)?.commands.add(commandId);
      const version = expectedVersion + events.length;
      // The hub calls listeners after the append has settled, so a throwing listener cannot undo a commit.
      notify(sessionId, version);
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
      if (!entry || snapshot.version >= entry.events.length || snapshot.version < entry.redactedAt) return;
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
      record('erase', tenantId, actor, existed ? 1 : 0, { sessionId });
      if (existed) notify(sessionId, -1);
      return existed;
    },
    async redact(tenantId, sessionId, participantId, actor) {
      const entry = mine(tenantId, sessionId);
      let changed = 0;
      if (entry) {
        const { changed: redacted, marker } = planRedaction(entry.events, participantId, now());
        for (const event of redacted) entry.events[event.seq] = event;
        changed = redacted.length;
        delete entry.snapshot;
        entry.events.push(marker);
        entry.redactedAt = marker.seq;
      }
      record('redact', tenantId, actor, changed, { sessionId, participantId });
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
      record('export', tenantId, actor, out.length, { participantId });
      return { tenantId, participantId, sessions: out };
    },
    async purge({ before, statuses = ['ended', 'aborted'] }, actor) {
      const purged = new Map<string, number>();
      for (const [sessionId, entry] of sessions) {
        const last = entry.events[entry.events.length - 1];
        if (!last || last.at >= before || !statuses.includes(entry.summary.status)) continue;
        sessions.delete(sessionId);
        notify(sessionId, -1);
        purged.set(entry.tenantId, (purged.get(entry.tenantId) ?? 0) + 1);
      }
      for (const [tenantId, count] of purged) record('purge', tenantId, actor, count);
      return [...purged.values()].reduce((a, b) => a + b, 0);
    },
    async audit(tenantId) {
      return copy(audits.filter((a) => a.tenantId === tenantId));
    },
    subscribe(sessionId, listener) {
      const unsubscribe = hub.subscribe(sessionId, listener);
      hub.baseline(sessionId, (sessions.get(sessionId)?.events.length ?? 0) - 1);
      return unsubscribe;
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
