import { type Actor, createActor, type InspectionEvent, type Snapshot, type SnapshotFrom } from 'xstate';
import type { CreatedEvent, SessionEvent } from '../engine/schemas.js';
import { RestoreError } from '../errors/session.js';
import type { MachineEvent, SessionMachine } from '../machine/compile.js';

/** A snapshot of a compiled session machine. */
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** A running actor of a compiled session machine. */
export type SessionActor = Actor<SessionMachine>;

/** Where an actor starts: a session's `created` event, or a persisted snapshot. */
export type ActorStart = { input: CreatedEvent } | { snapshot: Snapshot<unknown> };

/** Starts an actor of the machine from a `created` event or a persisted snapshot. */
export function startActor(machine: SessionMachine, start: ActorStart, inspect?: (event: InspectionEvent) => void): SessionActor {
  const options = 'input' in start ? { input: start.input } : { snapshot: start.snapshot };
  return createActor(machine, (inspect ? { ...options, inspect } : options) as never).start() as SessionActor;
}

/**
 * Sends events to an actor, checking that the machine accepts each one (its guards run the same
 * authorisation as the Session). Throws {@link RestoreError} `corrupt-log` at the first event it refuses.
 */
export function feed(actor: SessionActor, events: readonly SessionEvent[]): void {
  for (const event of events) {
    if (event.type === 'created') throw new RestoreError('corrupt-log', `Event ${event.seq}: a second created event`);
    actor.send(event as MachineEvent);
    if (actor.getSnapshot().context.version !== event.seq)
      throw new RestoreError('corrupt-log', `Event ${event.seq} (${event.type}) is not accepted in this state`);
  }
}
