import type { Dict } from '../shared/safe-map.js';
import type { PhaseRun, SessionContext } from './context.js';

/**
 * Contexts made by {@link writableCopy}: their long lists are still shared with the context they were
 * copied from, so an append must build a new list ({@link append}). A context not in this set is a
 * private working copy (a fold, or a caller of `evolveDraft` who owns it), appended to in place.
 */
const sharedLists = new WeakSet<SessionContext>();

/** A copy of a {@link Dict} with the same kind of prototype (none for a `dict()`), its values shared. */
function copyDict<V>(record: Dict<V>): Dict<V> {
  // Spread defines own data properties (a key named `__proto__` stays a key); assign onto a
  // prototype-less object cannot reach a setter either.
  return Object.getPrototypeOf(record) === null ? Object.assign(Object.create(null) as Dict<V>, record) : { ...record };
}

/** A copy of the current phase run with its counters and turn state, which events change in place. */
function copyRun(run: PhaseRun): PhaseRun {
  const turn = run.turn;
  return { ...run, counts: copyDict(run.counts), turn: { ...turn, order: [...turn.order], submitted: [...turn.submitted] } };
}

/**
 * A copy of `ctx` that `evolveDraft` may mutate without changing `ctx` or anything it shares: the
 * top-level object, the current phase run (counters, turn order), the small records keyed by phase or
 * id, the outputs and the timeline (whose last entry a phase change closes) are copied; the long lists
 * (contributions, proposals, blocked inputs, actions, reports, evaluations) stay shared, and the
 * reducers replace rather than push to them ({@link append}) and replace an element they change.
 *
 * This is what immer did with proxies, done by hand for the one shape the engine has: a dozen small
 * copies per event instead of a proxy per touched object (see `docs/architecture.md`).
 */
export function writableCopy(ctx: SessionContext): SessionContext {
  const last = ctx.phaseLog.length - 1;
  const phaseLog = ctx.phaseLog.slice();
  if (last >= 0) phaseLog[last] = { ...phaseLog[last]! };
  const next: SessionContext = {
    ...ctx,
    phase: ctx.phase === null ? null : copyRun(ctx.phase),
    runs: copyDict(ctx.runs),
    loops: copyDict(ctx.loops),
    modules: copyDict(ctx.modules),
    chosenModules: copyDict(ctx.chosenModules),
    optIns: copyDict(ctx.optIns),
    outputs: { ...ctx.outputs },
    actionAuthors: copyDict(ctx.actionAuthors),
    phaseLog,
  };
  sharedLists.add(next);
  return next;
}

/** The lists of a context that only grow, and that a {@link writableCopy} shares with its original. */
export type GrowingList = 'contributions' | 'proposals' | 'blocked' | 'actions' | 'reports' | 'evaluations' | 'redacted';

/**
 * Appends `item` to one of the context's growing lists: in place on a private working copy (a fold
 * stays O(1) per event), as a new list on a {@link writableCopy} (the original keeps its list).
 */
export function append<K extends GrowingList>(ctx: SessionContext, key: K, item: SessionContext[K][number]): void {
  const list = ctx[key] as SessionContext[K][number][];
  if (sharedLists.has(ctx)) ctx[key] = [...list, item] as SessionContext[K];
  else list.push(item);
}
