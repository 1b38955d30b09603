/**
 * `@intervision/core`: intervision methods as data, compiled to XState v5 machines, run by a Session
 * engine that authorises every command, applies rules and keeps a replayable event log.
 *
 * @packageDocumentation
 */
export { LANGS, LangSchema, LocalizedTextSchema, localize, type LocalizedText } from './i18n/localized.js';
export { formatMessage } from './i18n/format.js';
export * from './method/vocabulary.js';
export * from './method/schema.js';
export { defineMethod, parseMethod, type DefineMethodOptions, type MethodDefinition, type ParseMethodResult } from './method/define.js';
export { MethodDefinitionError, formatPath, type MethodIssue } from './method/errors.js';
export { methodJsonSchema } from './method/json-schema.js';
export { planOf, isChoice, asPhase, type MethodPlan, type Step } from './method/plan.js';
export { applyVariant, deepMerge } from './method/variant.js';
export * from './engine/schemas.js';
export type * from './engine/context.js';
export { authorise, type Refusal } from './engine/authorise.js';
export { deadlineOf, timeboxMs } from './engine/timer.js';
export { MAX_TEXT_LENGTH, MAX_ID_LENGTH, MAX_PARTICIPANTS, HEARD_ATTEMPTS_BEFORE_HELP } from './engine/limits.js';
export { createSessionMachine, type SessionMachine, type MachineEvent } from './machine/compile.js';
export {
  Session,
  createSession,
  restoreSession,
  type CreateSessionOptions,
  type SessionRuntimeOptions,
  type ParticipantInput,
  type RestoreSource,
  type SendResult,
  type SessionListener,
} from './session/session.js';
export { feed, startActor, type ActorStart, type SessionActor, type SessionSnapshot } from './session/fold.js';
export { SessionConfigError, RestoreError } from './session/errors.js';
export { createManualClock, systemClock, type Clock, type ManualClock, type TimerHandle } from './session/clock.js';
export { REJECTION_CODES, rejectionMessage, rejectionMessages, type RejectionCode } from './session/messages.js';
export type { SessionView, PhaseView, TurnView, ContributionView } from './session/view.js';
export { DEFAULT_RULE_TIMEOUT_MS, type RuleErrorHandler } from './session/run-rules.js';
export type { Lang, Span, RuleMode, RuleTarget, RuleHit, Finding, RuleInput, Rule } from './rules/types.js';
export { createRuleRegistry, type RuleRegistry } from './rules/registry.js';
export { defaultRuleRegistry } from './rules/default-registry.js';
export * from './rules/builtin/index.js';
export * from './text/index.js';
export type { SessionStore, StoredSessionSummary, SnapshotRecord, AppendOptions, ListOptions } from './store/types.js';
export { ConcurrencyError, StoreError } from './store/types.js';
export { createMemoryStore } from './store/memory.js';
export { redactEvent, REDACTED } from './store/redact.js';
export { methods, findMethods, methodName, type MethodCriteria } from './catalog/index.js';
export { builtinConfigs } from './catalog/configs.js';
export type { Scenario, ScenarioStep, ScenarioCommand } from './scenario/types.js';
export { runScenario, type RunScenarioOptions, type ScenarioStepResult } from './scenario/run.js';
export { scenarios } from './catalog/scenarios/index.js';
export { exploreMethod, explorationInput, type MethodExploration, type MethodPath } from './analysis/explore.js';
