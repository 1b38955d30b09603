import type { Dict } from '../shared/safe-map.js';
import type { PhaseRun, SessionContext } from './context.js';

/**
 * How `evolve` changes a state without touching the one it was given — what immer did with proxies,
 * done by hand for the one shape the engine has.
 *
 * {@link onWritableCopy} copies only the top-level object; everything below it is still shared with the
 * old state. A reducer that changes a container asks for it first ({@link writable}, {@link writableRun},
 * {@link append}), which copies it once per working copy and hands out the copy from then on. Any other
 * context (a fold's private working copy, or one a caller of `evolveDraft` owns) is changed in place, so
 * a fold stays O(1) per event. The property test replays every random log with each earlier state
 * deep-frozen: a write this file did not route through a copy throws there.
 */

/**
 * The working copy `evolve` is filling, and the containers already copied for it. `evolve` is
 * synchronous, so one record suffices (a nested call would restore the outer one when it returns).
 * (Per-object marks in a WeakMap cost more in garbage collection than the copies they save.)
 */
let working: { ctx: SessionContext; copied: object[] } | null = null;

/** A copy of a {@link Dict} with the same kind of prototype (none for a `dict()`), its values shared. */
function copyDict<V>(record: Dict<V>): Dict<V> {
  // Spread defines own data properties (a key named `__proto__` stays a key); assign onto a
  // prototype-less object cannot reach a setter either.
  return Object.getPrototypeOf(record) === null ? Object.assign(Object.create(null) as Dict<V>, record) : { ...record };
}

/**
 * Runs `change` on a shallow copy of `ctx` whose containers the reducers copy before they change them
 * (see the file's header), and returns the copy. `ctx` and everything it holds are left untouched.
 */
export function onWritableCopy(ctx: SessionContext, change: (copy: SessionContext) => void): SessionContext {
  const outer = working;
  const copy = { ...ctx };
  working = { ctx: copy, copied: [] };
  try {
    change(copy);
  } finally {
    working = outer;
  }
  return copy;
}

/** Whether `value` may be changed in place as part of `ctx`: it is not shared, or was copied for it. */
function owns(ctx: SessionContext, value: object): boolean {
  return working === null || working.ctx !== ctx || working.copied.includes(value);
}

/** Records that `copy` was made for the working copy (so it is changed in place from then on). */
function adopt<T extends object>(copy: T): T {
  working?.copied.push(copy);
  return copy;
}

/** The lists of a context that reducers append to. */
export type ListKey = 'phaseLog' | 'contributions' | 'proposals' | 'blocked' | 'actions' | 'reports' | 'evaluations' | 'redacted';

/** The containers of a context that reducers change in place: the records keyed by phase or id, the outputs, and the lists. */
export type Container = 'runs' | 'loops' | 'modules' | 'chosenModules' | 'optIns' | 'actionAuthors' | 'outputs' | ListKey;

/** `ctx[key]`, copied first if it is still shared with another state, ready to be changed in place. */
export function writable<K extends Container>(ctx: SessionContext, key: K): SessionContext[K] {
  const value = ctx[key];
  if (owns(ctx, value)) return value;
  const copy = adopt((Array.isArray(value) ? value.slice() : copyDict(value as Dict<unknown>)) as SessionContext[K]);
  ctx[key] = copy;
  return copy;
}

/** Appends `item` to one of the context's lists (copying the list first if it is shared). */
export function append<K extends ListKey>(ctx: SessionContext, key: K, item: SessionContext[K][number]): void {
  (writable(ctx, key) as SessionContext[K][number][]).push(item);
}

/** The current phase run with its counters and turn state, copied first if shared; null between phases. */
export function writableRun(ctx: SessionContext): PhaseRun | null {
  const run = ctx.phase;
  if (run === null || owns(ctx, run)) return run;
  const turn = run.turn;
  const copy = adopt<PhaseRun>({ ...run, counts: copyDict(run.counts), turn: { ...turn, order: [...turn.order], submitted: [...turn.submitted] } });
  ctx.phase = copy;
  return copy;
}
