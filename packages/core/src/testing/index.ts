/**
 * Test helpers for adapters: the store conformance suite every `SessionStore` must pass, its checks and
 * event fixtures. Nothing here imports a test framework: the module loads from ESM and CommonJS without
 * vitest installed; `runStoreConformance` takes the framework's `describe` and `it`. The process-level helpers
 * (`crashRounds`, `contentionRun`, `processCheckChild`, …) are Node only.
 *
 * @packageDocumentation
 */
export { ConformanceFailure } from './assert.js';
export type { ConformanceCheck } from './check.js';
export { ROUND_TRIP_TEXTS } from './checks/roundtrip.js';
export { sessionChecks } from './checks/session.js';
export { timerChecks } from './checks/timers.js';
export {
  type CheckResult,
  runConformance,
  runSessionStoreConformance,
  runStoreConformance,
  type StoreFactory,
  storeChecks,
  type TestRunner,
} from './conformance.js';
export { appendOptions, contributedEvent, createdEvent, type StoreFixture, sessionSummary, uniqueId } from './fixtures.js';
export {
  appendUntilKilled,
  type Child,
  type ContentionOutcome,
  contend,
  contentionRun,
  crashRounds,
  PROCESS_TARGET,
  type ProcessTarget,
  processCheckChild,
  startChild,
} from './processes.js';
export { SUITE_METHOD, SUITE_PEOPLE } from './session-method.js';
export { wrapStore } from './wrap.js';
