import type { SessionEvent } from '../engine/schemas.js';
import { ConcurrencyError, StoreError } from '../errors/store.js';
import { redactEvent } from './redact.js';
import type { AppendOptions, ListOptions, SessionStore, SnapshotRecord, StoredSessionSummary } from './types.js';

interface Entry {
  tenantId: string;
  events: SessionEvent[];
  snapshot?: SnapshotRecord;
}

/** Copies through JSON, as a real store would: callers never share objects with the store. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * An in-memory {@link SessionStore}: for tests, demos and single-process hosts that persist elsewhere.
 * Stores deep copies, so it behaves like a real store (no shared objects).
 */
export function createMemoryStore(): SessionStore {
  const sessions = new Map<string, Entry>();
  const listeners = new Map<string, Set<(events: SessionEvent[]) => void>>();

  return {
    async append(sessionId, events, { expectedVersion, tenantId }: AppendOptions) {
      const entry = sessions.get(sessionId);
      const actual = entry ? entry.events.length - 1 : -1;
      if (actual !== expectedVersion) throw new ConcurrencyError(sessionId, expectedVersion, actual);
      if (entry && entry.tenantId !== tenantId) throw new StoreError('wrong-tenant', `Session ${sessionId} belongs to another tenant`);
      events.forEach((event, i) => {
        if (event.seq !== expectedVersion + 1 + i)
          throw new StoreError('bad-sequence', `Event seq ${event.seq} does not follow version ${expectedVersion + i}`);
      });
      if (!entry && events[0]?.type !== 'created') throw new StoreError('bad-sequence', 'A new session must start with a created event');
      const stored = copy([...events]);
      if (entry) entry.events.push(...stored);
      else sessions.set(sessionId, { tenantId, events: stored });
      const version = expectedVersion + events.length;
      for (const listener of listeners.get(sessionId) ?? []) listener(copy(stored));
      return { version };
    },
    async load(sessionId, options = {}) {
      const after = options.afterVersion ?? -1;
      return copy((sessions.get(sessionId)?.events ?? []).filter((e) => e.seq > after));
    },
    async list(tenantId, { limit = 100, after }: ListOptions = {}) {
      const out: StoredSessionSummary[] = [];
      for (const [sessionId, entry] of [...sessions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (entry.tenantId !== tenantId || (after !== undefined && sessionId <= after)) continue;
        const first = entry.events[0];
        const last = entry.events[entry.events.length - 1];
        if (first?.type !== 'created' || !last) continue;
        out.push({
          sessionId,
          tenantId,
          methodId: first.method.id,
          methodVersion: first.method.version,
          version: last.seq,
          createdAt: first.at,
          updatedAt: last.at,
        });
        if (out.length >= limit) break;
      }
      return out;
    },
    async saveSnapshot(sessionId, snapshot) {
      const entry = sessions.get(sessionId);
      if (!entry) throw new StoreError('unknown-session', `No session ${sessionId}`);
      if (!entry.snapshot || entry.snapshot.version <= snapshot.version) entry.snapshot = copy(snapshot);
    },
    async loadSnapshot(sessionId) {
      const snapshot = sessions.get(sessionId)?.snapshot;
      return snapshot ? copy(snapshot) : undefined;
    },
    async erase(sessionId) {
      return sessions.delete(sessionId);
    },
    async redact(sessionId, participantId) {
      const entry = sessions.get(sessionId);
      if (!entry) return 0;
      let changed = 0;
      entry.events = entry.events.map((event) => {
        const redacted = redactEvent(event, participantId);
        if (!redacted) return event;
        changed++;
        return redacted;
      });
      delete entry.snapshot;
      return changed;
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
}
