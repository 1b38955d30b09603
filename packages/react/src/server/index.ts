/**
 * `@intervision/react/server`: serves sessions to the remote source over node `http`.
 *
 * @packageDocumentation
 */

export type { BindOptions } from '../source/local.js';
export { BodyError } from './body.js';
export { createSessionServer, type SessionServer, type SessionServerOptions } from './handler.js';
