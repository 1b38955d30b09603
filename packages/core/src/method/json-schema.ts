import * as z from 'zod/mini';
import { MethodConfigSchema, VariantConfigSchema } from './schema.js';

/**
 * The JSON Schema of a method file (a full method or a variant), for editors to validate and
 * autocomplete. Also shipped as `@intervision/core/method.schema.json`.
 */
export function methodJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(z.union([MethodConfigSchema, VariantConfigSchema]), { io: 'input', target: 'draft-2020-12' });
  return { ...schema, $id: 'https://intervision.dev/schema/method.schema.json', title: 'Intervision method' };
}
