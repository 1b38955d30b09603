import type { MethodPlan } from '../method/plan.js';
import { dict, own } from '../shared/safe-map.js';
import type { CaseRecord, SessionContext } from './context.js';
import { writable } from './copy-on-write.js';
import type { EventOf } from './schemas.js';

/** The number of the current case: 1 in a single-case session and until a second case starts. */
export function caseNumber(ctx: SessionContext): number {
  return (ctx.cases?.earlier.length ?? 0) + 1;
}

/** Whether a participant has brought a case in this session (the current one included). */
export function hadCase(ctx: SessionContext, id: string): boolean {
  if (ctx.introducerId === id) return true;
  return ctx.cases?.earlier.some((c) => c.introducerId === id) ?? false;
}

/** Who was the introducer when the event with sequence number `seq` happened (the introducer of that event's case). */
export function introducerAt(ctx: SessionContext, seq: number): string | null {
  const earlier = ctx.cases?.earlier;
  if (earlier) for (const c of earlier) if (seq < c.endedSeq) return c.introducerId;
  return ctx.introducerId;
}

/** Where the current case began: 0 for the first case, else the sequence number of its `case-started` event. */
export function caseStartSeq(ctx: SessionContext): number {
  return ctx.cases?.startedSeq ?? 0;
}

/** Which run of a phase the current run is within the current case (1 for its first run in this case). */
export function runInCase(ctx: SessionContext, phaseId: string, run: number): number {
  return run - (own(ctx.cases?.runsBefore, phaseId) ?? 0);
}

/**
 * Who may still bring a case: a present participant holding one of the rotation's roles who has not had one,
 * in participant order; undefined when everyone has (or the method has no rotation).
 */
export function nextCandidate(plan: MethodPlan, ctx: SessionContext): string | undefined {
  const rotation = plan.rotation;
  if (!rotation) return undefined;
  return ctx.participants.find((p) => isCandidate(plan, ctx, p.id) && !hadCase(ctx, p.id) && !(ctx.absent?.includes(p.id) ?? false))?.id;
}

/** Whether a participant holds one of the rotation's roles (the roles they hold when not the introducer). */
export function isCandidate(plan: MethodPlan, ctx: SessionContext, id: string): boolean {
  const roles = ctx.participants.find((p) => p.id === id)?.roles ?? [];
  return plan.rotation?.roles.some((r) => roles.includes(r)) ?? false;
}

/**
 * Closes the current case and opens the next one with the named introducer (mutates the working copy): the
 * case's topic and outputs are kept with it; the next case starts without them, and its case phases'
 * loops, chosen modules and opt-ins start afresh. The phase change is the caller's.
 */
export function startCase(plan: MethodPlan, ctx: SessionContext, event: EventOf<'case-started'>): void {
  const earlier: CaseRecord[] = ctx.cases?.earlier ?? [];
  const record: CaseRecord = {
    number: earlier.length + 1,
    introducerId: ctx.introducerId,
    topic: ctx.topic,
    outputs: ctx.outputs,
    startedSeq: ctx.cases?.startedSeq ?? 0,
    endedSeq: event.seq,
    startedEntry: ctx.cases?.startedEntry ?? 0,
  };
  // The next case's first phase run is the next entry of the timeline.
  ctx.cases = {
    earlier: [...earlier, record],
    startedSeq: event.seq,
    startedEntry: ctx.phaseLog.length,
    runsBefore: dict(Object.entries(ctx.runs)),
  };
  ctx.introducerId = event.introducer;
  ctx.topic = null;
  ctx.outputs = {};
  for (const id of plan.rotation?.casePhases ?? []) {
    delete writable(ctx, 'loops')[id];
    delete writable(ctx, 'modules')[id];
    delete writable(ctx, 'chosenModules')[id];
    delete writable(ctx, 'optIns')[id];
  }
}
