/**
 * `@intervision/core/store-kit`: what a `SessionStore` adapter needs besides the interface — the same
 * append checks, cursors, redaction, audit lines, version notices and row encoding every store uses,
 * and AES-256-GCM encryption of stored values (Node only: this entry imports `node:crypto`, the main
 * entry does not).
 *
 * @packageDocumentation
 */
export type { SessionEvent } from '../engine/schemas.js';
export { ConcurrencyError, isConcurrencyError, isStoreError, StoreError, type StoreErrorCode } from '../errors/store.js';
export { createValueCipher, type EncryptionKey, type EncryptionOptions, plainValues, type ValueCipher, valueCipher } from './cipher.js';
export { isolate } from './listeners.js';
export { NoticeHub, type VersionNotice } from './notices.js';
export { participantEvents, planRedaction, REDACTED, type Redaction, redactEvent, redactionMarker } from './redact.js';
export {
  type AuditRow,
  auditFromRow,
  auditLine,
  EVENT_SCHEMA_VERSION,
  type EventRow,
  eventActor,
  eventFromRow,
  eventRow,
  openJson,
  participantIds,
  type SessionRow,
  sealJson,
  summaryFromRow,
} from './rows.js';
export type * from './types.js';
export { checkAppend, checkSummary, decodeCursor, encodeCursor, MAX_PAGE, pageOf, pageSize } from './validate.js';
