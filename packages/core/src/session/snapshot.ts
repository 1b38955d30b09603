import { type Actor, createActor, type InspectionEvent, type SnapshotFrom } from 'xstate';
import type { SessionContext } from '../engine/context.js';
import type { SessionMachine } from '../machine/compile.js';

/** A snapshot of a compiled session machine. */
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** A running actor of a compiled session machine. */
export type SessionActor = Actor<SessionMachine>;

/** The machine state value a context stands for: `lobby`, `{ running: <phase> }`, `ended` or `aborted`. */
export function stateValueOf(ctx: SessionContext): string | { running: string } {
  if (ctx.status === 'lobby') return 'lobby';
  if (ctx.status === 'ended' || ctx.status === 'aborted') return ctx.status;
  return { running: ctx.phase?.id ?? '' };
}

/**
 * Hydrates a machine snapshot from a folded state (XState resolves a state from a value and a
 * context), so an actor can start where the log left off without replaying it event by event.
 */
export function snapshotOf(machine: SessionMachine, ctx: SessionContext): SessionSnapshot {
  return machine.resolveState({ value: stateValueOf(ctx), context: ctx } as never) as SessionSnapshot;
}

/** Starts an actor of the machine from a snapshot (optionally with an inspector). */
export function startActor(machine: SessionMachine, snapshot: SessionSnapshot, inspect?: (event: InspectionEvent) => void): SessionActor {
  return createActor(machine, { snapshot, ...(inspect ? { inspect } : {}) } as never).start() as SessionActor;
}
