import type { z } from 'zod';
import { MethodDefinitionError, type MethodIssue } from '../errors/method.js';
import { defaultRuleRegistry } from '../rules/default-registry.js';
import type { RuleRegistry } from '../rules/registry.js';
import { someOf } from '../shared/list.js';
import { deepFreeze } from './freeze.js';
import { type MethodConfig, MethodConfigSchema, type VariantConfig, VariantConfigSchema } from './schema.js';
import { mergeTexts } from './texts.js';
import { validateReferences } from './validate.js';
import { applyVariant } from './variant.js';

/** A validated method: the config with every default filled in. Plain data, safe to serialise as JSON. */
export type MethodDefinition = Readonly<z.output<typeof MethodConfigSchema>>;

/** Options for {@link defineMethod} and {@link parseMethod}. */
export interface DefineMethodOptions {
  /** Rules the method may name. Default: the built-in rules. */
  rules?: RuleRegistry;
  /**
   * Methods a variant may extend, by id. The root `defineMethod` / `parseMethod` of
   * `@intervision/core` add the built-in catalog; these functions on their own know only what is given here.
   */
  bases?: Readonly<Record<string, MethodConfig | VariantConfig | MethodDefinition>>;
  /**
   * Texts per language to fill in, by language code: the parsed `texts/<lang>.yaml` files of a method
   * folder. Applied after a variant is resolved, so a texts file may translate the base's phases too.
   */
  texts?: ReadonlyMap<string, unknown>;
}

/** The outcome of {@link parseMethod}. */
export type ParseMethodResult = { success: true; method: MethodDefinition; issues: [] } | { success: false; method?: undefined; issues: MethodIssue[] };

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function zodIssues(error: z.ZodError, prefix: (string | number)[] = []): MethodIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...(issue.path as (string | number)[])],
    code: issue.code === 'unrecognized_keys' ? 'unknown-key' : 'invalid-value',
    message: issue.message,
  }));
}

/** Resolves a variant chain into a full, unvalidated config. */
function resolveVariant(input: Loose, options: DefineMethodOptions, seen: string[]): { config: Loose; issues: MethodIssue[] } {
  const parsed = VariantConfigSchema.safeParse(input);
  const issues = parsed.success ? [] : zodIssues(parsed.error);
  const baseId = String(input.extends);
  if (seen.length >= MAX_EXTENDS_DEPTH)
    return {
      config: input,
      issues: [...issues, { path: ['extends'], code: 'extends-too-deep', message: `variants extend each other more than ${MAX_EXTENDS_DEPTH} levels deep` }],
    };
  if (seen.includes(baseId))
    return {
      config: input,
      issues: [...issues, { path: ['extends'], code: 'cyclic-extends', message: `variants extend each other in a cycle: ${[...seen, baseId].join(' → ')}` }],
    };
  const base = (options.bases && Object.hasOwn(options.bases, baseId) ? options.bases[baseId] : undefined) as Loose | undefined;
  if (!base) {
    const known = Object.keys(options.bases ?? {});
    return {
      config: input,
      issues: [
        ...issues,
        { path: ['extends'], code: 'unknown-method', message: `cannot extend unknown method "${baseId.slice(0, 100)}" (known: ${someOf(known)})` },
      ],
    };
  }
  let baseConfig = base;
  if (typeof base.extends === 'string') {
    const inner = resolveVariant(base, options, [...seen, baseId]);
    if (inner.issues.length > 0)
      return { config: input, issues: [...issues, ...inner.issues.map((i) => ({ ...i, message: `in base "${baseId}": ${i.message}` }))] };
    baseConfig = inner.config;
  }
  const applied = applyVariant(baseConfig, input);
  return { config: applied.config, issues: [...issues, ...applied.issues] };
}

/** Most levels of `extends` a variant chain may have. */
export const MAX_EXTENDS_DEPTH = 32;
/** Deepest nesting of objects and arrays a method config may have (real methods stay under 10). */
export const MAX_CONFIG_DEPTH = 32;

/** Whether a value nests objects or arrays deeper than `max` (iterative: safe on any depth). */
function tooDeep(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > max) return true;
    if (++visited > 1_000_000) return true;
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Validates a method config (a full method or a variant with `extends`) without throwing.
 * Returns every problem with its path, or the validated definition.
 */
export function parseMethod(config: unknown, options: DefineMethodOptions = {}): ParseMethodResult {
  const rules = options.rules ?? defaultRuleRegistry;
  if (tooDeep(config, MAX_CONFIG_DEPTH))
    return { success: false, issues: [{ path: [], code: 'too-deep', message: `the config nests deeper than ${MAX_CONFIG_DEPTH} levels` }] };
  let candidate: unknown = config;
  if (isObject(config) && typeof config.extends === 'string') {
    const resolved = resolveVariant(config, options, [String(config.id)]);
    if (resolved.issues.length > 0) return { success: false, issues: resolved.issues };
    candidate = resolved.config;
  }
  if (options.texts && options.texts.size > 0) {
    const merged = mergeTexts(candidate, options.texts);
    if (merged.issues.length > 0) return { success: false, issues: merged.issues };
    candidate = merged.config;
  }
  const parsed = MethodConfigSchema.safeParse(candidate);
  const issues = [...(parsed.success ? [] : zodIssues(parsed.error)), ...validateReferences(parsed.success ? parsed.data : candidate, rules)];
  if (!parsed.success || issues.length > 0) return { success: false, issues };
  return { success: true, method: deepFreeze(parsed.data), issues: [] };
}

/**
 * Validates a method config and returns the typed definition. Throws one {@link MethodDefinitionError}
 * that lists every problem with its path — a programmer error, since configs are checked before use.
 *
 * @example
 * ```ts
 * const method = defineMethod({ extends: 'incident-method', id: 'incident-written', name: { en: 'Written incident' },
 *   changes: [{ op: 'update', phase: 'questions', set: { turnPolicy: 'written-then-revealed', timebox: { minutes: 15 } } }] });
 * ```
 */
export function defineMethod(config: MethodConfig | VariantConfig, options: DefineMethodOptions = {}): MethodDefinition {
  const result = parseMethod(config, options);
  if (!result.success) throw new MethodDefinitionError(isObject(config) ? String(config.id) : undefined, result.issues);
  return result.method;
}
