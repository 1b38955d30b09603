import type * as z from 'zod/mini';
import { formatPath, MethodDefinitionError, type MethodIssue } from '../errors/method.js';
import { defaultRuleRegistry } from '../rules/default-registry.js';
import type { RuleRegistry } from '../rules/registry.js';
import { safeParse } from '../shared/parse.js';
import { deepFreeze } from './freeze.js';
import { capIssues, checkSize, MAX_EXTENDS_DEPTH } from './limits.js';
import { idPath } from './paths.js';
import { METHOD_FORMAT, type MethodConfig, MethodConfigSchema, type VariantConfig, VariantConfigSchema } from './schema.js';
import { didYouMean } from './suggest.js';
import { mergeTexts } from './texts.js';
import { validateReferences } from './validate.js';
import { applyVariant } from './variant.js';
import { changeTouching, type Origin, pathInVariant } from './variant-origins.js';
import { textWarnings } from './warnings.js';
import { zodIssues } from './zod-issues.js';

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

/**
 * The outcome of {@link parseMethod}: the definition, or every problem (`issues`, at most 100 and a
 * count). `warnings` (missing translations) never stop a method from loading.
 * Paths name phases, modules, roles and kinds by id (`phases.questions.speakers[1]`); in a variant
 * they point at the variant's own `changes[i]`.
 */
export type ParseMethodResult =
  | { success: true; method: MethodDefinition; issues: []; warnings: MethodIssue[] }
  | { success: false; method?: undefined; issues: MethodIssue[]; warnings: MethodIssue[] };

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (issues: MethodIssue[], warnings: MethodIssue[] = []): ParseMethodResult => ({
  success: false,
  issues: capIssues(issues),
  warnings: capIssues(warnings),
});

function formatIssue(config: Loose): MethodIssue | undefined {
  const format = config.format;
  if (format === undefined || format === METHOD_FORMAT) return undefined;
  if (typeof format === 'number' && Number.isInteger(format) && format > METHOD_FORMAT)
    return {
      path: ['format'],
      code: 'newer-format',
      message: `written for method format ${format}; this version of @intervision/core reads format ${METHOD_FORMAT}: update it`,
    };
  return { path: ['format'], code: 'invalid-value', message: `format must be ${METHOD_FORMAT}` };
}

/** A variant resolved against its bases: the merged config, and which change made what. */
interface Resolved {
  config: Loose;
  issues: MethodIssue[];
  origins: Origin[];
}

/** Resolves a variant chain (iteratively, at most {@link MAX_EXTENDS_DEPTH} deep) into a full, unvalidated config. */
function resolveVariant(input: Loose, options: DefineMethodOptions): Resolved {
  const bases = options.bases ?? {};
  const chain: Loose[] = [input];
  const seen = [String(input.id)];
  let current = input;
  while (typeof current.extends === 'string') {
    const baseId = current.extends;
    const where = chain.length === 1 ? '' : `in base "${String(current.id)}": `;
    if (chain.length > MAX_EXTENDS_DEPTH)
      return {
        config: input,
        origins: [],
        issues: [{ path: ['extends'], code: 'extends-too-deep', message: `variants extend each other more than ${MAX_EXTENDS_DEPTH} deep` }],
      };
    if (seen.includes(baseId))
      return {
        config: input,
        origins: [],
        issues: [{ path: ['extends'], code: 'cyclic-extends', message: `variants extend each other in a cycle: ${[...seen, baseId].join(' → ')}` }],
      };
    const base = Object.hasOwn(bases, baseId) ? (bases[baseId] as unknown) : undefined;
    if (!isObject(base))
      return {
        config: input,
        origins: [],
        issues: [
          { path: ['extends'], code: 'unknown-method', message: `${where}cannot extend unknown method "${baseId}"${didYouMean(baseId, Object.keys(bases))}` },
        ],
      };
    seen.push(baseId);
    chain.push(base);
    current = base;
  }
  let config = chain[chain.length - 1]!;
  for (let k = chain.length - 2; k >= 1; k--) {
    const applied = applyVariant(config, chain[k]!);
    if (applied.issues.length > 0)
      return {
        config: input,
        origins: [],
        issues: applied.issues.map((i) => ({ ...i, path: ['extends'], message: `in base "${String(chain[k]!.id)}": ${formatPath(i.path)}: ${i.message}` })),
      };
    config = applied.config;
  }
  const parsed = safeParse(VariantConfigSchema, input);
  const own = parsed.success ? [] : zodIssues(VariantConfigSchema, input, parsed.error);
  const applied = applyVariant(config, input);
  return { config: applied.config, issues: [...own, ...applied.issues], origins: applied.origins };
}

/** Rewrites paths into the merged method to name items by id, and, for a variant, to point into the variant. */
function relocate(issues: MethodIssue[], merged: unknown, variant: Loose | undefined, origins: Origin[]): MethodIssue[] {
  return issues.map((issue) => {
    const path = idPath(merged, issue.path);
    if (!variant) return { ...issue, path };
    const own = pathInVariant(path, origins, variant);
    if (own) return { ...issue, path: own };
    const touched = changeTouching(path, origins);
    if (touched) return { ...issue, path: touched, message: `${formatPath(path)}: ${issue.message}` };
    return { ...issue, path: ['extends'], message: `${formatPath(path)} (from "${String(variant.extends)}"): ${issue.message}` };
  });
}

/**
 * Validates a method config (a full method or a variant with `extends`) without throwing.
 * Returns the validated definition, or every problem with its path; and warnings either way.
 * Never throws, whatever the input (deep nesting, cycles, huge files give issues).
 */
export function parseMethod(config: unknown, options: DefineMethodOptions = {}): ParseMethodResult {
  const rules = options.rules ?? defaultRuleRegistry;
  const tooBig = checkSize(config);
  if (tooBig) return fail([tooBig]);
  if (!isObject(config)) return fail([{ path: [], code: 'invalid-value', message: 'a method must be a mapping of keys to values' }]);
  const format = formatIssue(config);
  if (format) return fail([format]);

  let candidate: Loose = config;
  let variant: Loose | undefined;
  let origins: Origin[] = [];
  let changeIssues: MethodIssue[] = [];
  if (typeof config.extends === 'string') {
    const resolved = resolveVariant(config, options);
    if (resolved.issues.some((i) => i.path[0] === 'extends')) return fail(resolved.issues);
    changeIssues = resolved.issues;
    candidate = resolved.config;
    variant = config;
    origins = resolved.origins;
  }
  if (options.texts && options.texts.size > 0) {
    for (const doc of options.texts.values()) {
      const big = checkSize(doc, ['texts']);
      if (big) return fail([big]);
    }
    const merged = mergeTexts(candidate, options.texts);
    if (merged.issues.length > 0) return fail(merged.issues);
    candidate = merged.config;
  }
  const parsed = safeParse(MethodConfigSchema, candidate);
  const found = [
    ...(parsed.success ? [] : zodIssues(MethodConfigSchema, candidate, parsed.error)),
    ...validateReferences(parsed.success ? parsed.data : candidate, rules),
  ];
  const issues = [...changeIssues, ...relocate(found, candidate, variant, origins)];
  const warnings = relocate(textWarnings(candidate), candidate, variant, origins);
  if (!parsed.success || issues.length > 0) return fail(issues, warnings);
  return { success: true, method: deepFreeze(parsed.data), issues: [], warnings: capIssues(warnings) };
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
  if (!result.success) throw new MethodDefinitionError(isObject(config) ? String(config.id).slice(0, 200) : undefined, result.issues);
  return result.method;
}
