import type { $ZodError, $ZodType } from 'zod/v4/core';
import type { MethodIssue } from '../errors/method.js';
import { didYouMean } from './suggest.js';

type Path = (string | number)[];
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parts of zod's internal definition this module reads. */
interface Def {
  type: string;
  shape?: Record<string, $ZodType>;
  element?: $ZodType;
  innerType?: $ZodType;
  options?: $ZodType[];
  valueType?: $ZodType;
  in?: $ZodType;
}

const defOf = (schema: $ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schemas `schema` can be once wrappers (optional, default, union, pipe) are taken off. */
function objects(schema: $ZodType | undefined, data: unknown, depth = 0): Def[] {
  if (!schema || depth > 8) return [];
  const def = defOf(schema);
  if (def.type === 'object') return [def];
  if (def.innerType) return objects(def.innerType, data, depth + 1);
  if (def.in) return objects(def.in, data, depth + 1);
  if (def.options) {
    const all = def.options.flatMap((o) => objects(o, data, depth + 1));
    const kind = isObject(data) ? data.kind : undefined;
    const matching = all.filter((o) => {
      const literal = o.shape?.kind ? defOf(o.shape.kind) : undefined;
      return literal?.type === 'literal' && (literal as unknown as { values: unknown[] }).values.includes(kind);
    });
    return matching.length > 0 ? matching : all.filter((o) => !(o.shape?.kind && defOf(o.shape.kind).type === 'literal'));
  }
  return [];
}

/** The schema of the value at `path` inside `schema` (following the data for unions), if known. */
function schemaAt(schema: $ZodType, data: unknown, path: Path): $ZodType | undefined {
  let current: $ZodType | undefined = schema;
  let node = data;
  for (const part of path) {
    if (!current) return undefined;
    const def = defOf(current);
    const next: $ZodType | undefined =
      def.type === 'array' || (def.innerType && defOf(def.innerType).type === 'array')
        ? (def.element ?? defOf(def.innerType!).element)
        : def.type === 'record'
          ? def.valueType
          : objects(current, node).find((o) => o.shape && typeof part === 'string' && Object.hasOwn(o.shape, part))?.shape?.[part as string];
    current = next;
    node = valueAt(node, [part]);
  }
  return current;
}

/** The value at `path` in `data` (own properties only). */
function valueAt(data: unknown, path: Path): unknown {
  let node: unknown = data;
  for (const part of path)
    node = (isObject(node) || Array.isArray(node)) && Object.hasOwn(node, part) ? (node as Record<string | number, unknown>)[part] : undefined;
  return node;
}

/** The keys an object at `path` may have, by the schema. */
function knownKeys(schema: $ZodType, data: unknown, path: Path): string[] {
  const node = valueAt(data, path);
  const at = schemaAt(schema, data, path);
  return [...new Set(objects(at, node).flatMap((o) => Object.keys(o.shape ?? {})))];
}

/** A name for what an enum or discriminator at `path` chooses, for messages. */
function what(path: Path): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  const names: Record<string, string> = {
    kind: 'phase kind',
    turnPolicy: 'turn policy',
    introducer: 'introducer presence',
    onTimeout: 'timeout action',
    op: 'change',
  };
  return (typeof last === 'string' && Object.hasOwn(names, last) ? names[last] : undefined) ?? 'value';
}

const quoteList = (values: readonly unknown[]) => values.map((v) => `"${String(v)}"`).join(', ');

/**
 * Turns zod's issues into short method issues: one per unknown key with a "did you mean", enum and
 * discriminator mistakes with the closest allowed value (listing the values only when there are a few).
 */
export function zodIssues(schema: $ZodType, data: unknown, error: $ZodError, prefix: Path = []): MethodIssue[] {
  const out: MethodIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path as Path;
    const given = valueAt(data, path);
    const last = path[path.length - 1];
    if (given === undefined && issue.code !== 'unrecognized_keys' && typeof last === 'string') {
      out.push({ path: [...prefix, ...path], code: 'missing-key', message: `missing "${last}"` });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, data, path);
      for (const key of issue.keys)
        out.push({ path: [...prefix, ...path, key], code: 'unknown-key', message: `unknown key "${key}"${didYouMean(key, known)}` });
      continue;
    }
    const values =
      issue.code === 'invalid_value' ? issue.values : issue.code === 'invalid_union' && 'options' in issue ? (issue.options as unknown[]) : undefined;
    if (values) {
      const hint = typeof given === 'string' ? didYouMean(given, values.map(String)) : '';
      const listed = hint === '' && values.length <= 6 ? ` (one of ${quoteList(values)})` : '';
      const shown = typeof given === 'string' ? `"${given.slice(0, 60)}"` : String(JSON.stringify(given)).slice(0, 60);
      out.push({ path: [...prefix, ...path], code: 'invalid-value', message: `${shown} is not a ${what(path)}${hint}${listed}` });
      continue;
    }
    out.push({ path: [...prefix, ...path], code: 'invalid-value', message: issue.message });
  }
  return out;
}
