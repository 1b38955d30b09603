import {
  type DefineMethodOptions,
  defineMethod as defineWithBases,
  type MethodDefinition,
  type ParseMethodResult,
  parseMethod as parseWithBases,
} from '../method/define.js';
import type { MethodConfig, VariantConfig } from '../method/schema.js';
import { methods } from './index.js';

function withCatalog(options: DefineMethodOptions): DefineMethodOptions {
  return { ...options, bases: { ...methods, ...options.bases } };
}

/**
 * Validates a method config (a full method or a variant with `extends`) without throwing. Variants
 * may extend any built-in method by id, and the methods in `options.bases`.
 * Returns every problem with its path, or the validated definition.
 */
export function parseMethod(config: unknown, options: DefineMethodOptions = {}): ParseMethodResult {
  return parseWithBases(config, withCatalog(options));
}

/**
 * Validates a method config and returns the typed definition. Variants may extend any built-in
 * method by id. Throws one `MethodDefinitionError` that lists every problem with its path — a
 * programmer error, since configs are checked before use.
 *
 * @example
 * ```ts
 * const method = defineMethod({ extends: 'incident-method', id: 'incident-written', name: { en: 'Written incident' },
 *   changes: [{ op: 'update', phase: 'questions', set: { turnPolicy: 'written-then-revealed', timebox: { minutes: 15 } } }] });
 * ```
 */
export function defineMethod(config: MethodConfig | VariantConfig, options: DefineMethodOptions = {}): MethodDefinition {
  return defineWithBases(config, withCatalog(options));
}
