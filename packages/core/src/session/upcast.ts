/** Version of today's event shapes, recorded in every new session's `created` event. */
export const EVENT_SCHEMA_VERSION = 2;

/**
 * Brings an event written with older event shapes up to today's, so logs written by earlier releases
 * still restore as the shapes grow. Version 1 (no `schema` on `created`) differs from 2 only by that
 * field and the optional `method.hash`; later changes add a step here.
 */
export function upcast(event: unknown): unknown {
  return event;
}
