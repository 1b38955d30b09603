import { createManualClock, type ManualClock } from '../session/clock.js';
import { type CreateSessionOptions, createSession, type RestoreOptions, restoreSession } from '../session/create.js';
import type { Session } from '../session/session.js';
import type { SessionStore } from '../store/types.js';
import { ConformanceFailure } from './assert.js';
import type { ConformanceCheck } from './check.js';
import { type StoreFixture, uniqueId } from './fixtures.js';
import { SUITE_METHOD, SUITE_PEOPLE } from './session-method.js';

/** Where a check's session lives: its tenant and id, and the clock every node of it shares. */
export interface Place {
  tenantId: string;
  sessionId: string;
  clock: ManualClock;
}

/** A new place: a fresh tenant and session id, and a manual clock. */
export function place(): Place {
  return { tenantId: uniqueId('tenant'), sessionId: uniqueId('session'), clock: createManualClock() };
}

/** Creates the suite method's session on `store` and walks it into the clarification round. */
export async function started(store: SessionStore, at: Place, options: Partial<CreateSessionOptions> = {}): Promise<Session> {
  const session = await createSession(SUITE_METHOD, {
    participants: SUITE_PEOPLE,
    store,
    tenantId: at.tenantId,
    sessionId: at.sessionId,
    clock: at.clock,
    ...options,
  });
  const start = await session.send({ type: 'start', by: 'fay' });
  if (!start.ok) throw new ConformanceFailure(`starting the suite session was refused: ${start.code}`);
  return session;
}

/** Restores the place's session from `store` (another node when it is a second handle). */
export function restored(store: SessionStore, at: Place, options: RestoreOptions = {}): Promise<Session> {
  return restoreSession(SUITE_METHOD, { store, sessionId: at.sessionId, tenantId: at.tenantId }, { clock: at.clock, ...options });
}

/** A question from `by`, with an optional command id. */
export const question = (by: string, text: string, commandId?: string) =>
  ({ type: 'contribute', by, kind: 'question', text, ...(commandId !== undefined ? { commandId } : {}) }) as const;

/** Runs `body` with the sessions it opens, and stops them all afterwards, whatever happens. */
export async function withSessions(body: (open: <T extends Session>(session: T) => T) => Promise<void>): Promise<void> {
  const sessions: Session[] = [];
  try {
    await body((session) => {
      sessions.push(session);
      return session;
    });
  } finally {
    for (const session of sessions) session.stop();
  }
}

/** A session-level check: a fresh place, and every session the body opens stopped afterwards. */
export function sessionCheck(
  name: string,
  body: (fixture: StoreFixture, at: Place, open: <T extends Session>(session: T) => T) => Promise<void>,
): ConformanceCheck {
  return { name: `session: ${name}`, run: (fixture) => withSessions((open) => body(fixture, place(), open)) };
}

/** The error a restore is refused with (undefined when it is not refused; the session it opened is stopped). */
export async function refusalOf(restore: Promise<Session>): Promise<unknown> {
  try {
    (await restore).stop();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Fails unless the send result is accepted. */
export function expectAccepted(result: { ok: boolean; code?: string }, what: string): void {
  if (!result.ok) throw new ConformanceFailure(`${what}: refused with ${result.code}`);
}
