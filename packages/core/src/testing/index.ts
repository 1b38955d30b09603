/**
 * Test helpers for adapters: the store conformance suite every `SessionStore` must pass.
 *
 * @packageDocumentation
 */
export { runStoreConformance, createdEvent, contributedEvent, type StoreFixture } from './conformance.js';
