import { transition, type SnapshotFrom } from 'xstate';
import type { SessionEvent } from '../engine/schemas.js';
import type { MachineEvent, SessionMachine } from '../machine/compile.js';
import { RestoreError } from './errors.js';

/** A snapshot of a compiled session machine. */
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/**
 * Folds events into a machine snapshot with XState's pure `transition`, checking that the machine
 * accepts each one (its guards run the same authorisation as the Session). Throws
 * {@link RestoreError} `corrupt-log` at the first event it refuses.
 */
export function foldEvents(machine: SessionMachine, snapshot: SessionSnapshot, events: readonly SessionEvent[]): SessionSnapshot {
  let next = snapshot;
  for (const event of events) {
    if (event.type === 'created') throw new RestoreError('corrupt-log', `Event ${event.seq}: a second created event`);
    const after = transition(machine, next, event as MachineEvent)[0];
    if (after.context.version !== event.seq) throw new RestoreError('corrupt-log', `Event ${event.seq} (${event.type}) is not accepted in this state`);
    next = after;
  }
  return next;
}
