import { asPhase, isChoice, type MethodPlan } from '../method/plan.js';
import { own } from '../shared/safe-map.js';
import type { SessionContext } from './context.js';
import { onWritableCopy } from './copy-on-write.js';
import { hasOutput } from './outputs.js';
import { applyEvent, enterPhase, finish } from './reduce.js';
import type { SessionEvent } from './schemas.js';

/**
 * Whether a phase is skipped in this context: its `when` output already exists, or it is an `optIn`
 * phase nobody opted into.
 */
export function skipsPhase(plan: MethodPlan, ctx: SessionContext, phaseId: string): boolean {
  const phase = asPhase(plan.steps.get(phaseId)?.phase);
  if (phase?.optIn !== undefined && own(ctx.optIns, phaseId) !== true) return true;
  const when = phase?.when;
  return when !== undefined && hasOutput(ctx, when.outputMissing);
}

/**
 * Where the session goes after `phaseId`: its next phase, or — at the end of a module when the
 * chooser picked several — the first phase of the next chosen module.
 */
export function nextPhaseId(plan: MethodPlan, ctx: SessionContext, phaseId: string): string | null {
  const step = plan.steps.get(phaseId);
  if (!step) return null;
  if (!step.endsModule || step.choice === null || step.module === null) return step.next;
  const chosen = own(ctx.chosenModules, step.choice) ?? [];
  const following = chosen[chosen.indexOf(step.module) + 1];
  const choice = following === undefined ? undefined : plan.steps.get(step.choice)?.phase;
  const mod = choice && isChoice(choice) ? choice.modules.find((m) => m.id === following) : undefined;
  return mod?.phases[0]?.id ?? step.next;
}

/** Whether the current phase moves on when its timebox runs out. */
export function advancesOnTimeout(plan: MethodPlan, ctx: SessionContext): boolean {
  return ctx.phase !== null && plan.steps.get(ctx.phase.id)?.phase.onTimeout === 'advance';
}

/**
 * Enters `phaseId`, or the first phase after it whose `when` condition holds; past the last phase the
 * session is completed (mutates the working copy).
 */
function enterFrom(plan: MethodPlan, ctx: SessionContext, phaseId: string | null, event: SessionEvent): void {
  let id = phaseId;
  // Bounded by the number of phases: each step moves forward in the flattened order.
  for (let guard = 0; id !== null && guard <= plan.order.length && skipsPhase(plan, ctx, id); guard++) id = nextPhaseId(plan, ctx, id);
  if (id === null) finish(ctx, event.at, 'completed');
  else enterPhase(plan, ctx, id, event.at, event.seq);
}

/**
 * Applies an event to a context by mutation: the in-phase changes and the phase transition the compiled
 * machine makes for it. The event must have passed {@link check}. `ctx` must be the caller's to change:
 * a private working copy (as `fold` keeps) or the copy {@link evolve} hands it (`onWritableCopy`); a
 * context another state shares parts with would change that state too.
 */
export function evolveDraft(plan: MethodPlan, ctx: SessionContext, event: SessionEvent): void {
  const step = ctx.phase ? plan.steps.get(ctx.phase.id) : undefined;
  const onTimeout = event.type === 'timer-expired' && advancesOnTimeout(plan, ctx);
  applyEvent(plan, ctx, event);
  switch (event.type) {
    case 'started':
      enterFrom(plan, ctx, plan.first, event);
      return;
    case 'phase-advanced':
      enterFrom(plan, ctx, step ? nextPhaseId(plan, ctx, step.phase.id) : null, event);
      return;
    case 'timer-expired':
      if (onTimeout) enterFrom(plan, ctx, step ? nextPhaseId(plan, ctx, step.phase.id) : null, event);
      return;
    case 'phase-repeated': {
      if (!step) return;
      if (event.phase === step.phase.id) enterPhase(plan, ctx, step.phase.id, event.at, event.seq);
      else enterFrom(plan, ctx, event.phase, event);
      return;
    }
    case 'module-chosen': {
      const phase = step?.phase;
      const mod = phase && isChoice(phase) ? phase.modules.find((m) => m.id === event.module) : undefined;
      if (mod) enterFrom(plan, ctx, mod.phases[0]?.id ?? null, event);
      return;
    }
    case 'case-started':
      enterFrom(plan, ctx, plan.rotation?.first ?? null, event);
      return;
    case 'ended':
      finish(ctx, event.at, 'ended');
      return;
    case 'aborted':
      finish(ctx, event.at, 'aborted', event.reason);
      return;
    default:
      return;
  }
}

/**
 * `evolve(state, event) → state`: the only way a session's state changes. Pure: returns a new context
 * (structurally shared with the old one) and leaves `ctx` untouched. The event must have passed `check`.
 */
export function evolve(plan: MethodPlan, ctx: SessionContext, event: SessionEvent): SessionContext {
  return onWritableCopy(ctx, (next) => evolveDraft(plan, next, event));
}
