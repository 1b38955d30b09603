import type { MethodPlan } from '../method/plan.js';
import { asPhase } from '../method/plan.js';
import type { RuleSetting } from '../method/schema.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Finding, Rule, RuleTarget } from '../rules/types.js';
import type { Lang } from '../shared/lang.js';
import { parse } from '../shared/parse.js';
import type { RuleHit } from '../shared/span.js';

/** Default time an async rule may take before its fallback runs. */
export const DEFAULT_RULE_TIMEOUT_MS = 2000;

/** Called when a rule throws, times out, or its fallback is missing. */
export type RuleErrorHandler = (error: unknown, ruleId: string) => void;

/** What to check. */
export interface RuleRequest {
  /** Phase the input is made in. */
  phaseId: string;
  /** Contribution or topic. */
  target: RuleTarget;
  /** Contribution kind, or `topic` / output kind. */
  kind: string;
  /** The text. */
  text: string;
  /** Session language. */
  lang: Lang;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`rule timed out after ${ms} ms`)), ms);
    (timer as { unref?: () => void }).unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one rule; sync rules answer synchronously, async ones get the timeout and the fallback. */
function runOne(
  rule: Rule<unknown>,
  registry: RuleRegistry,
  request: RuleRequest,
  options: unknown,
  onError: RuleErrorHandler,
): readonly RuleHit[] | Promise<readonly RuleHit[]> {
  const input = { text: request.text, kind: request.kind, lang: request.lang, phaseId: request.phaseId, options };
  const fallback = (error: unknown): readonly RuleHit[] | Promise<readonly RuleHit[]> => {
    onError(error, rule.id);
    const other = rule.fallback ? registry.get(rule.fallback) : undefined;
    if (!other || other === rule) return [];
    try {
      const result = other.check({ ...input, options: other.optionsSchema ? parse(other.optionsSchema, {}) : options });
      return result instanceof Promise
        ? withTimeout(result, other.timeoutMs ?? DEFAULT_RULE_TIMEOUT_MS).catch((fallbackError) => {
            onError(fallbackError, other.id);
            return [];
          })
        : result;
    } catch (fallbackError) {
      onError(fallbackError, other.id);
      return [];
    }
  };
  try {
    const result = rule.check(input);
    return result instanceof Promise ? withTimeout(result, rule.timeoutMs ?? DEFAULT_RULE_TIMEOUT_MS).catch(fallback) : result;
  } catch (error) {
    return fallback(error);
  }
}

/** A rule's options for a phase setting, parsed with its schema (once per phase and kind, via {@link rulesFor}). */
function resolvedOptions(rule: Rule<unknown>, setting: RuleSetting): unknown {
  const raw = typeof setting === 'string' ? {} : (setting.options ?? {});
  return rule.optionsSchema ? parse(rule.optionsSchema, raw) : raw;
}

/** A rule to run, in a mode, with its parsed options. */
export interface ActiveRule {
  /** The rule. */
  rule: Rule<unknown>;
  /** How the phase applies it. */
  mode: 'block' | 'warn';
  /** Its options for the phase. */
  options: unknown;
}

const activeCache = new WeakMap<MethodPlan, WeakMap<RuleRegistry, Map<string, ActiveRule[]>>>();

/** The rules a phase runs on an input of this target and kind (cached per method, registry, phase and kind). */
export function rulesFor(plan: MethodPlan, registry: RuleRegistry, request: Omit<RuleRequest, 'text' | 'lang'>): readonly ActiveRule[] {
  let perRegistry = activeCache.get(plan);
  if (!perRegistry) {
    perRegistry = new WeakMap();
    activeCache.set(plan, perRegistry);
  }
  let byKey = perRegistry.get(registry);
  if (!byKey) {
    byKey = new Map();
    perRegistry.set(registry, byKey);
  }
  const key = `${request.phaseId}\u0000${request.target}\u0000${request.kind}`;
  let active = byKey.get(key);
  if (!active) {
    active = [];
    const phase = asPhase(plan.steps.get(request.phaseId)?.phase);
    for (const [id, setting] of Object.entries(phase?.rules ?? {})) {
      const mode = typeof setting === 'string' ? setting : setting.mode;
      const rule = registry.get(id);
      if (mode === 'off' || !rule || rule.target !== request.target || (rule.kinds && !rule.kinds.includes(request.kind))) continue;
      active.push({ rule, mode, options: resolvedOptions(rule, setting) });
    }
    byKey.set(key, active);
  }
  return active;
}

/**
 * Runs the rules a phase names for an input, each in its mode, and returns their findings with rule
 * id and severity. When every rule is sync the answer is sync (no promise, no microtask); async ones
 * get a timeout and fall back to the rule named in `fallback`, so a slow or failing classifier never
 * stalls a session.
 */
export function runRules(plan: MethodPlan, registry: RuleRegistry, request: RuleRequest, onError: RuleErrorHandler): Finding[] | Promise<Finding[]> {
  const results = rulesFor(plan, registry, request).map(({ rule, mode, options }) => ({ rule, mode, hits: runOne(rule, registry, request, options, onError) }));
  const collect = (resolved: (readonly RuleHit[])[]) => {
    const findings: Finding[] = [];
    resolved.forEach((hits, i) => {
      const { rule, mode } = results[i]!;
      for (const hit of hits) findings.push({ ...hit, ruleId: rule.id, severity: mode });
    });
    return findings;
  };
  if (results.every((r) => !(r.hits instanceof Promise))) return collect(results.map((r) => r.hits as readonly RuleHit[]));
  return Promise.all(results.map((r) => r.hits)).then(collect);
}
