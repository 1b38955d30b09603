import { asPhase, type MethodPlan } from '../method/plan.js';
import type { Refusal } from './check.js';
import type { SessionContext, TurnState } from './context.js';
import { writableRun } from './copy-on-write.js';
import { MAX_PARTICIPANTS } from './limits.js';
import { controls, findParticipant, turnOrder } from './participants.js';
import type { Pseudonyms } from './pseudonyms.js';
import type { EventOf, Participant } from './schemas.js';
import { nextListener } from './turns.js';

/** Whether a participant has left the session (and not come back). */
export function isAbsent(ctx: SessionContext, id: string): boolean {
  return ctx.absent?.includes(id) ?? false;
}

const refuse = (code: string, params?: Record<string, string | number>): Refusal => (params ? { code, params } : { code });

/** Whether someone other than `id` who is present controls the session. */
function anotherController(plan: MethodPlan, ctx: SessionContext, id: string): boolean {
  return ctx.participants.some((p) => p.id !== id && !isAbsent(ctx, p.id) && controls(plan, ctx, p.id));
}

/**
 * Who may leave, and who may be marked as gone: a participant themselves, or a controller for someone
 * else; not twice; not the last present controller (hand the session over first).
 */
export function leaveRefusal(plan: MethodPlan, ctx: SessionContext, event: EventOf<'left'>): Refusal | null {
  if (!findParticipant(ctx, event.participant)) return refuse('unknown-participant', { by: event.participant });
  if (event.participant !== event.by && !controls(plan, ctx, event.by)) return refuse('forbidden-role');
  if (isAbsent(ctx, event.participant)) return refuse('already-left', { by: event.participant });
  if (controls(plan, ctx, event.participant) && !anotherController(plan, ctx, event.participant)) return refuse('last-controller', { by: event.participant });
  return null;
}

/**
 * Who may join: a controller adds a late joiner (new id, roles of the method other than `introducer`,
 * within each role's `max` and the session's participant limit), or lets someone who left come back
 * (with the roles they held); someone who left may also come back by themselves. A strict session has
 * no pseudonym for a new participant, so only those who left may come back.
 */
export function joinRefusal(plan: MethodPlan, ctx: SessionContext, event: EventOf<'joined'>, pseudonyms?: Pseudonyms): Refusal | null {
  const joiner = event.participant;
  const known = findParticipant(ctx, joiner.id);
  if (known) {
    if (!isAbsent(ctx, joiner.id)) return refuse('already-participant', { by: joiner.id });
    const sameRoles = known.roles.length === joiner.roles.length && known.roles.every((r) => joiner.roles.includes(r));
    if (!sameRoles) return refuse('already-participant', { by: joiner.id });
    return event.by === joiner.id || controls(plan, ctx, event.by) ? null : refuse('forbidden-role');
  }
  if (!controls(plan, ctx, event.by)) return refuse('forbidden-role');
  if (pseudonyms || joiner.id.startsWith('~')) return refuse('no-pseudonym', { by: joiner.id });
  if (ctx.participants.length >= MAX_PARTICIPANTS) return refuse('session-full', { max: MAX_PARTICIPANTS });
  for (const role of joiner.roles) {
    const defined = plan.roles.get(role);
    if (!defined) return refuse('unknown-role', { role });
    if (role === 'introducer') return refuse('forbidden-role');
    if (joiner.roles.indexOf(role) !== joiner.roles.lastIndexOf(role)) return refuse('invalid-command', { detail: `role "${role}" twice` });
    const holders = ctx.participants.filter((p) => p.roles.includes(role)).length;
    if (defined.max !== undefined && holders >= defined.max) return refuse('role-full', { role, max: defined.max });
  }
  return null;
}

/**
 * Whom a controller may hand the session to: a present participant who does not control it yet and
 * is not the introducer (who holds no other role while they bring the case).
 */
export function handOverRefusal(plan: MethodPlan, ctx: SessionContext, event: EventOf<'handed-over'>): Refusal | null {
  if (!findParticipant(ctx, event.to)) return refuse('unknown-participant', { by: event.to });
  if (isAbsent(ctx, event.to)) return refuse('participant-absent', { by: event.to });
  if (event.to === ctx.introducerId || controls(plan, ctx, event.to)) return refuse('cannot-take-over', { by: event.to });
  return null;
}

/** Takes a participant out of the current turn order, keeping whose turn it is, and reveals a written round everyone left has written (mutates the working copy). */
function leaveTurn(turn: TurnState, id: string): void {
  const at = turn.order.indexOf(id);
  if (at < 0) return;
  const length = turn.order.length;
  const index = turn.index % Math.max(1, length);
  turn.order.splice(at, 1);
  // Whoever was next keeps the turn; the one who left, if it was theirs, passes it to the one after them.
  turn.index = turn.order.length === 0 ? 0 : (at < index ? index - 1 : index) % turn.order.length;
  if (!turn.revealed && turn.order.length > 0 && turn.order.every((p) => turn.submitted.includes(p))) turn.revealed = true;
  if (turn.speaker === id) {
    turn.speaker = turn.listener !== id ? turn.listener : (turn.order[0] ?? null);
    turn.listener = turn.speaker === null ? null : nextListener(turn.order, turn.speaker);
    turn.spoke = false;
    turn.reflected = false;
    turn.attempts = 0;
    turn.facilitatorCalled = false;
  } else if (turn.listener === id) turn.listener = turn.speaker === null ? null : nextListener(turn.order, turn.speaker);
}

/** Records that a participant left: absent, out of the turn order (mutates the working copy). */
export function leave(ctx: SessionContext, id: string): void {
  ctx.absent = [...(ctx.absent ?? []), id];
  const run = writableRun(ctx);
  if (run) leaveTurn(run.turn, id);
}

/** Records a late joiner or someone coming back, and gives them a turn in the current phase if it has them speak (mutates the working copy). */
export function join(plan: MethodPlan, ctx: SessionContext, participant: Participant): void {
  if (findParticipant(ctx, participant.id)) ctx.absent = (ctx.absent ?? []).filter((id) => id !== participant.id);
  else ctx.participants = [...ctx.participants, { ...participant, roles: [...participant.roles] }];
  const phase = asPhase(ctx.phase ? plan.steps.get(ctx.phase.id)?.phase : undefined);
  const turn = ctx.phase?.turn;
  if (!phase || !turn || turn.order.includes(participant.id) || turn.revealed) return;
  if (turnOrder(ctx, phase).includes(participant.id)) {
    const writing = writableRun(ctx)!.turn;
    writing.order.push(participant.id);
    if (writing.listener === null && writing.speaker !== null) writing.listener = nextListener(writing.order, writing.speaker);
  }
}

/** Moves the controlling roles `from` holds to `to` (mutates the working copy). */
export function handOver(plan: MethodPlan, ctx: SessionContext, from: string, to: string): void {
  const moving = findParticipant(ctx, from)?.roles.filter((r) => plan.controlRoles.has(r)) ?? [];
  ctx.participants = ctx.participants.map((p) => {
    if (p.id === from) return { ...p, roles: p.roles.filter((r) => !moving.includes(r)) };
    if (p.id === to) return { ...p, roles: [...p.roles, ...moving.filter((r) => !p.roles.includes(r))] };
    return p;
  });
}
