import type { SessionEvent } from '../engine/schemas.js';
import { StoreError } from '../errors/store.js';
import type { ListOptions, SessionPage, SessionSummary, StoredSessionSummary } from './types.js';

/**
 * Checks an append's events before anything is written: seqs follow on from `expectedVersion` without
 * a gap, and a new session starts with a `created` event naming this session and tenant. Every adapter
 * calls it, so every store refuses the same bad appends with the same code (`bad-sequence`, or
 * `wrong-tenant` for a created event naming another tenant).
 */
export function checkAppend(sessionId: string, events: readonly SessionEvent[], expectedVersion: number, tenantId?: string): void {
  if (events.length === 0) throw new StoreError('bad-sequence', `Nothing to append to session ${sessionId}`);
  events.forEach((event, i) => {
    if (event.seq !== expectedVersion + 1 + i) throw new StoreError('bad-sequence', `Event seq ${event.seq} does not follow version ${expectedVersion + i}`);
  });
  if (expectedVersion === -1 && events[0]?.type !== 'created') throw new StoreError('bad-sequence', 'A new session must start with a created event');
  if (expectedVersion !== -1 && events.some((e) => e.type === 'created')) throw new StoreError('bad-sequence', 'Only the first event may be a created event');
  const first = events[0];
  if (first?.type === 'created' && first.sessionId !== sessionId)
    throw new StoreError('bad-sequence', `The created event names session ${first.sessionId}, not ${sessionId}`);
  if (first?.type === 'created' && tenantId !== undefined && first.tenantId !== tenantId)
    throw new StoreError('wrong-tenant', `The created event names another tenant than the append (${tenantId})`);
}

/** Most sessions one page of `list` returns. */
export const MAX_PAGE = 1000;

/** The page size asked for, clamped to 1–{@link MAX_PAGE} (default 100). */
export function pageSize(options: ListOptions = {}): number {
  const limit = options.limit ?? 100;
  return Number.isInteger(limit) ? Math.min(Math.max(limit, 1), MAX_PAGE) : 100;
}

/** Encodes a cursor: the last session id of a page (opaque to callers). */
export function encodeCursor(sessionId: string): string {
  return Array.from(new TextEncoder().encode(sessionId), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Decodes a cursor made by {@link encodeCursor}; a malformed cursor is a `StoreError` `invalid-row`. */
export function decodeCursor(cursor: string): string {
  if (!/^(?:[0-9a-f]{2})*$/.test(cursor)) throw new StoreError('invalid-row', 'Malformed list cursor');
  const bytes = new Uint8Array(cursor.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(cursor.slice(i * 2, i * 2 + 2), 16);
  return new TextDecoder().decode(bytes);
}

/** Orders summaries by session id (code-unit order), applies the cursor and the page size. */
export function pageOf(rows: StoredSessionSummary[], options: ListOptions = {}): SessionPage {
  const after = options.cursor !== undefined ? decodeCursor(options.cursor) : undefined;
  const sorted = rows
    .filter((r) => after === undefined || r.sessionId > after)
    .sort((a, b) => (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0));
  const size = pageSize(options);
  const items = sorted.slice(0, size);
  const last = items[items.length - 1];
  return sorted.length > size && last ? { items, nextCursor: encodeCursor(last.sessionId) } : { items };
}

const STATUSES: readonly SessionSummary['status'][] = ['lobby', 'running', 'paused', 'ended', 'aborted'];

/** Checks the summary an append hands the store; a malformed one is a `StoreError` `invalid-row` (nothing is written). */
export function checkSummary(summary: SessionSummary): void {
  const ok =
    typeof summary === 'object' &&
    summary !== null &&
    typeof summary.methodId === 'string' &&
    typeof summary.methodVersion === 'string' &&
    STATUSES.includes(summary.status) &&
    (summary.nextDeadline === null || Number.isFinite(summary.nextDeadline)) &&
    Number.isInteger(summary.cases) &&
    summary.cases >= 0;
  if (!ok) throw new StoreError('invalid-row', 'The session summary handed to append is malformed');
}
