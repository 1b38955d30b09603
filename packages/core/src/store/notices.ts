import { isolate } from './listeners.js';

/** A version notice: which session moved, and to which version (-1: erased). Never content. */
export interface VersionNotice {
  /** Session id. */
  sessionId: string;
  /** The session's version, or -1 when it was erased. */
  version: number;
}

/**
 * Keeps a store's subscribers and the last version each session was announced at: a notice goes out
 * only when a session moved forward (or was erased), once, after the operation that caused it has
 * settled, with every listener isolated. Stores feed it from their own writes and from whatever tells
 * them of other writers (polling, LISTEN/NOTIFY).
 */
export class NoticeHub {
  private readonly listeners = new Map<string, Set<(notice: VersionNotice) => void>>();
  private readonly known = new Map<string, number>();

  /** Adds a listener; returns the function that removes it. */
  subscribe(sessionId: string, listener: (notice: VersionNotice) => void): () => void {
    let set = this.listeners.get(sessionId);
    if (!set) {
      set = new Set();
      this.listeners.set(sessionId, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(sessionId);
      current?.delete(listener);
      if (current?.size === 0) {
        this.listeners.delete(sessionId);
        this.known.delete(sessionId);
      }
    };
  }

  /** The sessions someone listens to. */
  sessions(): string[] {
    return [...this.listeners.keys()];
  }

  /** Whether anyone listens. */
  get active(): boolean {
    return this.listeners.size > 0;
  }

  /** The last version announced (or seen) for a session, if any. */
  last(sessionId: string): number | undefined {
    return this.known.get(sessionId);
  }

  /** Records a session's current version without announcing it (the baseline of a new subscription). */
  baseline(sessionId: string, version: number): void {
    if (this.listeners.has(sessionId) && !this.known.has(sessionId)) this.known.set(sessionId, version);
  }

  /** Announces a version if it moves the session forward (or erases it); stale and repeated versions are dropped. */
  publish(sessionId: string, version: number): void {
    const set = this.listeners.get(sessionId);
    if (!set) return;
    const last = this.known.get(sessionId);
    if (last === undefined && version === -1) {
      // Nothing was announced for this session: "erased" is news to no one.
      this.known.set(sessionId, -1);
      return;
    }
    if (last !== undefined && (version === -1 ? last === -1 : version <= last && last !== -1)) return;
    this.known.set(sessionId, version);
    const listeners = [...set];
    queueMicrotask(() => isolate(listeners, { sessionId, version }));
  }
}
