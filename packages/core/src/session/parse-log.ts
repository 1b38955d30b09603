import { type SessionEvent, SessionEventSchema } from '../engine/schemas.js';
import { RestoreError } from '../errors/session.js';
import { safeParse } from '../shared/parse.js';
import { fastEvent } from './fast-event.js';
import { upcast } from './upcast.js';

/** Most events a log may hold (a bound on the work a restore does for a forged log). */
export const MAX_LOG_EVENTS = 1_000_000;

/**
 * Parses a log read from a store or passed in: every event upcast to today's shapes and validated with
 * the event schema (a fast path for the common events, zod for the rest). Throws {@link RestoreError} `corrupt-log` for anything that is not a list of valid events.
 */
export function parseLog(raw: unknown): SessionEvent[] {
  if (!Array.isArray(raw)) throw new RestoreError('corrupt-log', 'The log is not a list of events');
  if (raw.length > MAX_LOG_EVENTS) throw new RestoreError('corrupt-log', `The log has more than ${MAX_LOG_EVENTS} events`);
  const out: SessionEvent[] = [];
  for (let i = 0; i < raw.length; i++) {
    const event = upcast(raw[i]);
    const fast = fastEvent(event);
    if (fast) {
      out.push(fast);
      continue;
    }
    const parsed = safeParse(SessionEventSchema, event);
    if (!parsed.success) throw new RestoreError('corrupt-log', `Event ${i} is not a valid session event: ${parsed.error.issues[0]?.message ?? ''}`);
    out.push(parsed.data);
  }
  return out;
}
