/**
 * `@intervision/core/machine`: the engine's parts for those who build on them — the compiled plain
 * XState v5 machine, the pure `check` / `decide` / `evolve` / `fold` / `project` functions, machine
 * snapshots from folded state, the run plan of a method, and the state-space explorer. Most apps need
 * only the root entry (`createSession`, `methods`, …).
 *
 * @packageDocumentation
 */
export { explorationInput, exploreMethod, type MethodExploration, type MethodPath } from './analysis/explore.js';
export { check, contributionRefusal, type Refusal } from './engine/check.js';
export type * from './engine/context.js';
export { initialContext } from './engine/context.js';
export { type DecideContext, type Decision, decide, ruleSubject, toBlocked, toEvent } from './engine/decide.js';
export { advancesOnTimeout, evolve, evolveDraft, skipsPhase } from './engine/evolve.js';
export { type FoldFailure, fold } from './engine/fold.js';
export { HEARD_ATTEMPTS_BEFORE_HELP } from './engine/limits.js';
export { project, projectEvents } from './engine/project.js';
export { isPseudonym, PSEUDONYM_PREFIX, type Pseudonyms } from './engine/pseudonyms.js';
export { REDACTED, redact } from './engine/reduce.js';
export { createSessionMachine, type MachineEvent, type SessionMachine } from './machine/compile.js';
export { asPhase, isChoice, type MethodPlan, planOf, type RotationPlan, type Step } from './method/plan.js';
export { type AppliedVariant, applyVariant, deepMerge } from './method/variant.js';
export { type SessionActor, type SessionSnapshot, snapshotOf, startActor, stateValueOf } from './session/snapshot.js';
export { redactEvent } from './store/redact.js';
