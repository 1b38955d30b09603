/**
 * Test helpers for adapters: the store conformance suite every `SessionStore` must pass.
 *
 * @packageDocumentation
 */
export { contributedEvent, createdEvent, runStoreConformance, type StoreFixture } from './conformance.js';
