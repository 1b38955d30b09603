import { resolve } from 'node:path';
import type { SessionStore, StoredSessionSummary } from '@intervision/core';
import { createSqliteStore } from '@intervision/store-sqlite';

/** The tenant the demo's sessions belong to. */
export const DEMO_TENANT = 'demo';

/** Opens (or creates) the demo's SQLite file; answers the store and the file's absolute path. */
export function openDemoStore(file: string): { store: SessionStore; path: string } {
  const path = resolve(file);
  return { store: createSqliteStore({ filename: path }), path };
}

/** Most pages of sessions the demo reads when it looks for the last unfinished one. */
const MAX_PAGES = 100;

/**
 * The session to resume: the one named (if the demo tenant has it), or the unfinished one (lobby,
 * running or paused) updated last. Undefined when there is none.
 */
export async function findResumable(store: SessionStore, sessionId?: string): Promise<StoredSessionSummary | undefined> {
  let latest: StoredSessionSummary | undefined;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const found = await store.list(DEMO_TENANT, {
      limit: 1_000,
      ...(cursor !== undefined ? { cursor } : {}),
      ...(sessionId === undefined ? { status: ['lobby', 'running', 'paused'] as const } : {}),
    });
    for (const summary of found.items) {
      if (sessionId !== undefined) {
        if (summary.sessionId === sessionId) return summary;
      } else if (!latest || summary.updatedAt >= latest.updatedAt) latest = summary;
    }
    cursor = found.nextCursor;
    if (cursor === undefined) break;
  }
  return latest;
}
