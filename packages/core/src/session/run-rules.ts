import type { MethodPlan } from '../method/plan.js';
import { asPhase } from '../method/plan.js';
import type { RuleSetting } from '../method/schema.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Finding, Lang, Rule, RuleHit, RuleTarget } from '../rules/types.js';

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

async function runOne(
  rule: Rule<unknown>,
  registry: RuleRegistry,
  request: RuleRequest,
  options: unknown,
  onError: RuleErrorHandler,
): Promise<readonly RuleHit[]> {
  const input = { text: request.text, kind: request.kind, lang: request.lang, phaseId: request.phaseId, options };
  try {
    const result = rule.check(input);
    if (!(result instanceof Promise)) return result;
    return await withTimeout(result, rule.timeoutMs ?? DEFAULT_RULE_TIMEOUT_MS);
  } catch (error) {
    onError(error, rule.id);
    const fallback = rule.fallback ? registry.get(rule.fallback) : undefined;
    if (!fallback || fallback === rule) return [];
    try {
      const result = fallback.check({ ...input, options: fallback.optionsSchema ? fallback.optionsSchema.parse({}) : options });
      return result instanceof Promise ? await withTimeout(result, fallback.timeoutMs ?? DEFAULT_RULE_TIMEOUT_MS) : result;
    } catch (fallbackError) {
      onError(fallbackError, fallback.id);
      return [];
    }
  }
}

const optionsCache = new WeakMap<object, WeakMap<Rule<unknown>, unknown>>();

/** A rule's options for a phase setting, parsed with its schema once and cached (settings are frozen data). */
function resolvedOptions(rule: Rule<unknown>, setting: RuleSetting): unknown {
  const raw = typeof setting === 'string' ? {} : (setting.options ?? {});
  if (!rule.optionsSchema) return raw;
  const key = typeof setting === 'string' ? rule : setting;
  let perSetting = optionsCache.get(key);
  if (!perSetting) {
    perSetting = new WeakMap();
    optionsCache.set(key, perSetting);
  }
  if (!perSetting.has(rule)) perSetting.set(rule, rule.optionsSchema.parse(raw));
  return perSetting.get(rule);
}

/** Whether any rule of the phase applies to this input (so the caller can skip the async path). */
export function rulesFor(
  plan: MethodPlan,
  registry: RuleRegistry,
  request: Omit<RuleRequest, 'text' | 'lang'>,
): { rule: Rule<unknown>; mode: 'block' | 'warn'; options: unknown }[] {
  const phase = asPhase(plan.steps.get(request.phaseId)?.phase);
  if (!phase) return [];
  const out: { rule: Rule<unknown>; mode: 'block' | 'warn'; options: unknown }[] = [];
  for (const [id, setting] of Object.entries(phase.rules)) {
    const mode = typeof setting === 'string' ? setting : setting.mode;
    if (mode === 'off') continue;
    const rule = registry.get(id);
    if (!rule || rule.target !== request.target) continue;
    if (rule.kinds && !rule.kinds.includes(request.kind)) continue;
    out.push({ rule, mode, options: resolvedOptions(rule, setting) });
  }
  return out;
}

/**
 * Runs the rules a phase names for an input, each in its mode, and returns their findings with rule
 * id and severity. Sync rules run synchronously; async ones get a timeout and fall back to the rule
 * named in `fallback`, so a slow or failing classifier never stalls a session.
 */
export async function runRules(plan: MethodPlan, registry: RuleRegistry, request: RuleRequest, onError: RuleErrorHandler): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const { rule, mode, options } of rulesFor(plan, registry, request)) {
    const hits = await runOne(rule, registry, request, options, onError);
    for (const hit of hits) findings.push({ ...hit, ruleId: rule.id, severity: mode });
  }
  return findings;
}
