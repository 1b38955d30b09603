import type { MethodIssue } from '../errors/method.js';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Phase fields an `update` merges key by key (texts and rules); every other field it replaces whole. */
const MERGED_FIELDS = new Set(['name', 'instructions', 'rules']);

/** Applies an `update` change to a phase: texts and rules merge, other fields (timebox, speakers, …) replace. */
export function updatePhase(phase: unknown, set: unknown): unknown {
  if (!isObject(phase) || !isObject(set)) return structuredClone(set);
  const out: Loose = { ...phase };
  for (const [key, value] of Object.entries(set)) out[key] = MERGED_FIELDS.has(key) ? deepMerge(out[key], value) : structuredClone(value);
  return out;
}

/** Deep-merges `patch` into `target`: objects merge key by key, anything else (arrays too) replaces. */
export function deepMerge(target: unknown, patch: unknown): unknown {
  if (!isObject(target) || !isObject(patch)) return structuredClone(patch);
  const out: Loose = { ...target };
  for (const [key, value] of Object.entries(patch)) out[key] = key in out ? deepMerge(out[key], value) : structuredClone(value);
  return out;
}

interface Location {
  list: unknown[];
  index: number;
}

/** Finds a phase by id at the top level or inside any module. */
function locate(config: Loose, id: string): Location | undefined {
  const top = Array.isArray(config.phases) ? config.phases : [];
  for (let i = 0; i < top.length; i++) {
    const phase = top[i];
    if (isObject(phase) && phase.id === id) return { list: top, index: i };
    if (isObject(phase) && Array.isArray(phase.modules))
      for (const mod of phase.modules)
        if (isObject(mod) && Array.isArray(mod.phases)) {
          const j = mod.phases.findIndex((p) => isObject(p) && p.id === id);
          if (j >= 0) return { list: mod.phases, index: j };
        }
  }
  return undefined;
}

/** Every phase object, top level and inside modules. */
function allPhases(config: Loose): Loose[] {
  const out: Loose[] = [];
  for (const phase of Array.isArray(config.phases) ? config.phases : []) {
    if (!isObject(phase)) continue;
    out.push(phase);
    for (const mod of Array.isArray(phase.modules) ? phase.modules : [])
      if (isObject(mod) && Array.isArray(mod.phases)) for (const sub of mod.phases) if (isObject(sub)) out.push(sub);
  }
  return out;
}

/** Applies one change of a variant to the config being built, reporting problems into `issues`. */
function applyChange(config: Loose, baseId: unknown, change: Loose, path: (string | number)[], issues: MethodIssue[]): undefined {
  const missing = (id: unknown, field: string): undefined => {
    issues.push({ path: [...path, field], code: 'unknown-phase', message: `no phase "${String(id)}" in "${String(baseId)}"` });
  };
  switch (change.op) {
    case 'update':
    case 'replace':
    case 'remove': {
      const where = locate(config, String(change.phase));
      if (!where) return missing(change.phase, 'phase');
      if (change.op === 'remove') where.list.splice(where.index, 1);
      else if (change.op === 'update') where.list[where.index] = updatePhase(where.list[where.index], change.set);
      else where.list[where.index] = structuredClone(change.with);
      return;
    }
    case 'insert': {
      const anchor = change.before ?? change.after;
      if ((change.before === undefined) === (change.after === undefined)) {
        issues.push({ path, code: 'invalid-change', message: 'insert needs exactly one of "before" or "after"' });
        return;
      }
      const where = locate(config, String(anchor));
      if (!where) return missing(anchor, change.before !== undefined ? 'before' : 'after');
      where.list.splice(where.index + (change.after !== undefined ? 1 : 0), 0, structuredClone(change.with));
      return;
    }
    case 'set-rule':
    case 'remove-rule': {
      const targets =
        change.phase === '*'
          ? allPhases(config).filter((p) => p.kind !== 'choice')
          : [locate(config, String(change.phase))].flatMap((w) => (w ? [w.list[w.index] as Loose] : []));
      if (targets.length === 0) return missing(change.phase, 'phase');
      for (const phase of targets) {
        const rules: Loose = isObject(phase.rules) ? { ...phase.rules } : {};
        if (change.op === 'set-rule') rules[String(change.rule)] = structuredClone(change.setting);
        else delete rules[String(change.rule)];
        phase.rules = rules;
      }
      return;
    }
  }
}

const HEAD_KEYS = ['$schema', 'id', 'version', 'name', 'summary', 'description', 'sources', 'catalog'] as const;

/**
 * Applies a variant to a copy of its base config: head fields replace the base's, roles and kinds merge
 * by id, and each change updates, replaces, removes or inserts a phase, or sets or removes a rule.
 * Problems are reported with paths into the variant (`changes[2].phase`), never thrown.
 */
export function applyVariant(base: Record<string, unknown>, variant: Record<string, unknown>): { config: Record<string, unknown>; issues: MethodIssue[] } {
  const issues: MethodIssue[] = [];
  const config: Loose = structuredClone(base);
  delete config.extends;
  delete config.changes;
  delete config.catalog;
  delete config.sources;
  for (const key of HEAD_KEYS) if (variant[key] !== undefined) config[key] = structuredClone(variant[key]);
  config.basedOn = { id: base.id, version: base.version ?? '1.0.0' };

  for (const key of ['roles', 'kinds'] as const) {
    const patch = variant[key];
    if (!Array.isArray(patch)) continue;
    const list = Array.isArray(config[key]) ? (config[key] as unknown[]) : [];
    for (const item of patch) {
      const at = list.findIndex((x) => isObject(x) && isObject(item) && x.id === item.id);
      if (at >= 0) list[at] = deepMerge(list[at], item);
      else list.push(structuredClone(item));
    }
    config[key] = list;
  }

  const changes = Array.isArray(variant.changes) ? variant.changes : [];
  for (const [i, change] of changes.entries()) if (isObject(change)) applyChange(config, base.id, change, ['changes', i], issues);
  return { config, issues };
}
