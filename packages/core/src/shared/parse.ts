import * as z from 'zod/mini';
import type { $ZodType, output, util } from 'zod/v4/core';
import { en as english } from 'zod/v4/locales';

/**
 * The runtime uses `zod/mini` (tree-shakable; no locale loaded by default). These helpers parse
 * with zod's English messages, loaded only by whoever parses, and never through the global
 * `z.config` (which would change a host app's own zod). Any zod 4 schema works here, classic or mini.
 */
let messages: ((issue: never) => string | undefined) | undefined;

function errorMap() {
  messages ??= english().localeError as (issue: never) => string | undefined;
  return messages;
}

/** `safeParse` with English issue messages. */
export function safeParse<T extends $ZodType>(schema: T, data: unknown): util.SafeParseResult<output<T>> {
  return z.safeParse(schema, data, { error: errorMap() as never });
}

/** `parse` with English issue messages (throws zod's error on invalid input). */
export function parse<T extends $ZodType>(schema: T, data: unknown): output<T> {
  return z.parse(schema, data, { error: errorMap() as never });
}
