/**
 * `@intervision/core`: intervision methods as data, compiled to XState v5 machines, run by a Session
 * engine that authorises every command, applies rules and keeps a replayable event log.
 *
 * @packageDocumentation
 */

export type { SessionContext, SessionStatus } from './engine/context.js';
export { MAX_ID_LENGTH, MAX_PARTICIPANTS, MAX_TEXT_LENGTH } from './engine/limits.js';
export type { ContributionView, PhaseView, ProjectedEvent, SessionView, TurnView, Viewer, ViewerView } from './engine/project.js';
export { REDACTED } from './engine/reduce.js';
export * from './engine/schemas.js';
export { deadlineOf, timeboxMs } from './engine/timer.js';
export * from './errors/index.js';
export { formatMessage } from './i18n/format.js';
export { type LocalizedText, LocalizedTextSchema, localize } from './i18n/localized.js';
export type { DefineMethodOptions, MethodDefinition, ParseMethodResult } from './method/define.js';
export { methodJsonSchema } from './method/json-schema.js';
export { asPhase, isChoice } from './method/plan.js';
export * from './method/schema.js';
export * from './method/vocabulary.js';
export { defineMethod, parseMethod } from './methods/define.js';
export { builtinMethod, builtinScenario, findMethods, isBuiltinMethodId, type MethodCriteria, methodName } from './methods/find.js';
export { type BuiltinMethodId, builtinConfigs, builtinMethodIds, methods, scenarios } from './methods/index.js';
export type { BuiltinMethod } from './methods/types.js';
export * from './rules/builtin/index.js';
export { defaultRuleRegistry } from './rules/default-registry.js';
export { createRuleRegistry, type RuleRegistry } from './rules/registry.js';
export type { Finding, Rule, RuleInput, RuleMode, RuleTarget } from './rules/types.js';
export { type RunScenarioOptions, runScenario, type ScenarioStepResult } from './scenario/run.js';
export type { Scenario, ScenarioCommand, ScenarioStep } from './scenario/types.js';
export { type Clock, createManualClock, type ManualClock, systemClock, type TimerHandle } from './session/clock.js';
export {
  type CreateSessionOptions,
  createSession,
  methodHash,
  type ParticipantInput,
  type RestoreOptions,
  type RestoreSource,
  restoreSession,
} from './session/create.js';
export { REJECTION_CODES, type RejectionCatalog, type RejectionCode, rejectionMessage, rejectionMessages } from './session/messages.js';
export { DEFAULT_RULE_TIMEOUT_MS, type RuleErrorHandler } from './session/run-rules.js';
export {
  type ActorCommandInput,
  ParticipantSession,
  type Refusal as CommandRefusal,
  type SendResult,
  Session,
  type SessionListener,
  type SessionRuntimeOptions,
  type ViewerListener,
} from './session/session.js';
export { isLang, LANGS, type Lang, LangSchema } from './shared/lang.js';
export type { RuleHit, Span } from './shared/span.js';
export { createMemoryStore } from './store/memory.js';
export type * from './store/types.js';
export {
  ADVICE_PATTERNS,
  ADVICE_THRESHOLD,
  type AdvicePattern,
  type AdviceReason,
  type AdviceResult,
  assessSphereOfInfluence,
  checkOpenQuestion,
  type DetectAdviceOptions,
  detectAdvice,
  detectLanguage,
  type LanguageScores,
  type Localised,
  MESSAGES as RULE_MESSAGES,
  message as ruleMessage,
  type OpenQuestionOptions,
  OUTSIDE_REASONS,
  resolveLanguage,
  type Sentence,
  type SphereOptions,
  type SphereReason,
  type SphereReasonKind,
  type SphereResult,
  SUGGESTIONS as RULE_SUGGESTIONS,
  scoreLanguages,
  splitSentences,
  suggestionText,
  type Token,
} from './text/index.js';
