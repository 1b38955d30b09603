import type { MethodPlan } from '../method/plan.js';
import type { Phase } from '../method/schema.js';
import type { SessionContext } from './context.js';
import type { Participant } from './schemas.js';

/** Finds a participant by id. */
export function findParticipant(ctx: SessionContext, id: string): Participant | undefined {
  return ctx.participants.find((p) => p.id === id);
}

/**
 * Whether a participant holds a role. `introducer` is held by whoever is the session's introducer
 * (set at creation, or by choosing a topic), and while someone is the introducer they hold only that
 * role: the case-giver does not consult or facilitate on their own case.
 */
export function hasRole(ctx: SessionContext, id: string, role: string): boolean {
  if (ctx.introducerId === id) return role === 'introducer';
  if (role === 'introducer') return false;
  return findParticipant(ctx, id)?.roles.includes(role) ?? false;
}

/** Whether a participant holds any of the roles. */
export function hasAnyRole(ctx: SessionContext, id: string, roles: readonly string[]): boolean {
  for (const role of roles) if (hasRole(ctx, id, role)) return true;
  return false;
}

/** Whether a participant controls the session (advance, pause, override, …) under this method. */
export function controls(plan: MethodPlan, ctx: SessionContext, id: string): boolean {
  for (const role of plan.controlRoles) if (hasRole(ctx, id, role)) return true;
  return false;
}

/** Whether the introducer may speak in a phase. */
export function introducerPresent(phase: Phase): boolean {
  return phase.introducer === 'present';
}

/** Participants who may speak in a phase, in participant order (those present). */
export function eligibleSpeakers(ctx: SessionContext, phase: Phase): string[] {
  const out: string[] = [];
  for (const p of ctx.participants) {
    if (!hasAnyRole(ctx, p.id, phase.speakers)) continue;
    if (p.id === ctx.introducerId && !introducerPresent(phase)) continue;
    // Someone who left takes no turn (a written round does not wait for them).
    if (ctx.absent?.includes(p.id)) continue;
    out.push(p.id);
  }
  return out;
}

/**
 * Participants who take turns in a phase, in participant order: the speakers holding one of the
 * phase's `turnRoles` (all speakers when it sets none). Others, such as an introducer who only
 * answers, speak outside the turn order.
 */
export function turnOrder(ctx: SessionContext, phase: Phase): string[] {
  const speakers = eligibleSpeakers(ctx, phase);
  const roles = phase.turnRoles;
  return roles ? speakers.filter((id) => hasAnyRole(ctx, id, roles)) : speakers;
}
