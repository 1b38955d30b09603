import type { MethodIssue } from '../errors/method.js';
import { dict } from '../shared/safe-map.js';
import { didYouMean } from './suggest.js';
import { MERGED_FIELDS, type Origin, setOrigin } from './variant-origins.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Applies an `update` change to a phase or module: texts, rules, kind roles and output setters merge, other fields (timebox, speakers, …) replace. */
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
  for (const [key, value] of Object.entries(patch)) out[key] = Object.hasOwn(out, key) ? deepMerge(out[key], value) : structuredClone(value);
  return out;
}

interface Location {
  list: unknown[];
  index: number;
}

/** Finds a phase by id at the top level or inside any module. */
function locate(config: Loose, id: string): Location | undefined {
  const top = list(config.phases);
  for (let i = 0; i < top.length; i++) {
    const phase = top[i];
    if (isObject(phase) && phase.id === id) return { list: top, index: i };
    if (isObject(phase))
      for (const mod of list(phase.modules))
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
  for (const phase of list(config.phases)) {
    if (!isObject(phase)) continue;
    out.push(phase);
    for (const mod of list(phase.modules)) if (isObject(mod)) for (const sub of list(mod.phases)) if (isObject(sub)) out.push(sub);
  }
  return out;
}

const ids = (items: unknown[]): string[] => items.flatMap((x) => (isObject(x) && typeof x.id === 'string' ? [x.id] : []));

/** What one change needs: the config being built, where the change is, and where to report. */
interface ChangeContext {
  config: Loose;
  baseId: string;
  change: Loose;
  path: Path;
  index: number;
  issues: MethodIssue[];
  origins: Origin[];
}

function missingPhase(cx: ChangeContext, id: unknown, field: string): undefined {
  const hint = didYouMean(String(id), ids(allPhases(cx.config)));
  cx.issues.push({ path: [...cx.path, field], code: 'unknown-phase', message: `no phase "${String(id)}" in "${cx.baseId}"${hint}` });
  return undefined;
}

/** The choice phase a module change targets, or `undefined` (reported). */
function choicePhase(cx: ChangeContext): Loose | undefined {
  const where = locate(cx.config, String(cx.change.phase));
  if (!where) return missingPhase(cx, cx.change.phase, 'phase');
  const phase = where.list[where.index] as Loose;
  if (phase.kind !== 'choice' || !Array.isArray(phase.modules)) {
    cx.issues.push({ path: [...cx.path, 'phase'], code: 'invalid-change', message: `phase "${String(phase.id)}" is not a choice phase; it has no modules` });
    return undefined;
  }
  return phase;
}

function moduleIndex(cx: ChangeContext, phase: Loose, id: unknown, field: string): number {
  const modules = phase.modules as unknown[];
  const at = modules.findIndex((m) => isObject(m) && m.id === id);
  if (at < 0)
    cx.issues.push({
      path: [...cx.path, field],
      code: 'unknown-module',
      message: `no module "${String(id)}" in phase "${String(phase.id)}"${didYouMean(String(id), ids(modules))}`,
    });
  return at;
}

function applyModuleChange(cx: ChangeContext): void {
  const phase = choicePhase(cx);
  if (!phase) return;
  const modules = phase.modules as unknown[];
  const { change, index } = cx;
  if (change.op === 'add-module') {
    if (change.before !== undefined && change.after !== undefined) {
      cx.issues.push({ path: cx.path, code: 'invalid-change', message: 'add-module takes at most one of "before" or "after"' });
      return;
    }
    const anchor = change.before ?? change.after;
    let at = modules.length;
    if (anchor !== undefined) {
      const found = moduleIndex(cx, phase, anchor, change.before !== undefined ? 'before' : 'after');
      if (found < 0) return;
      at = found + (change.after !== undefined ? 1 : 0);
    }
    modules.splice(at, 0, structuredClone(change.module));
    if (isObject(change.module)) setOrigin(cx.origins, ['modules', String(change.module.id)], index, ['module'], 'all');
    return;
  }
  const at = moduleIndex(cx, phase, change.module, 'module');
  if (at < 0) return;
  if (change.op === 'remove-module') modules.splice(at, 1);
  else {
    modules[at] = updatePhase(modules[at], change.set);
    setOrigin(cx.origins, ['modules', String(change.module)], index, ['set'], change.set);
  }
}

/** `allow-role`: adds a role to a phase's speakers and, with `kinds`, lets it say only those kinds. */
function allowRole(cx: ChangeContext): void {
  const where = locate(cx.config, String(cx.change.phase));
  if (!where) {
    missingPhase(cx, cx.change.phase, 'phase');
    return;
  }
  const phase = { ...(where.list[where.index] as Loose) };
  where.list[where.index] = phase;
  const role = String(cx.change.role);
  const speakers = list(phase.speakers).filter((r): r is string => typeof r === 'string');
  const before = speakers.filter((r) => r !== role);
  phase.speakers = speakers.includes(role) ? speakers : [...speakers, role];
  setOrigin(cx.origins, ['phases', String(phase.id)], cx.index, ['role'], { speakers: true, kindRoles: true }, Number.POSITIVE_INFINITY);
  if (!Array.isArray(cx.change.kinds)) return;
  const kinds = list(phase.contributionKinds).filter((k): k is string => typeof k === 'string');
  const allowed = new Set<string>();
  cx.change.kinds.forEach((kind, j) => {
    if (kinds.includes(String(kind))) allowed.add(String(kind));
    else
      cx.issues.push({
        path: [...cx.path, 'kinds', j],
        code: 'invalid-reference',
        message: `kind "${String(kind)}" is not one of the phase's contribution kinds${didYouMean(String(kind), kinds)}`,
      });
  });
  const kindRoles = dict<unknown>(Object.entries(isObject(phase.kindRoles) ? phase.kindRoles : {}));
  for (const kind of kinds) {
    const current = Array.isArray(kindRoles[kind]) ? (kindRoles[kind] as unknown[]) : undefined;
    if (allowed.has(kind)) {
      if (current && !current.includes(role)) kindRoles[kind] = [...current, role];
    } else kindRoles[kind] = (current ?? before).filter((r) => r !== role);
  }
  phase.kindRoles = { ...kindRoles };
}

/** Applies one change of a variant to the config being built, reporting problems into `issues`. */
function applyChange(cx: ChangeContext): undefined {
  const { config, change, path, index } = cx;
  switch (change.op) {
    case 'update':
    case 'replace':
    case 'remove': {
      const where = locate(config, String(change.phase));
      if (!where) return missingPhase(cx, change.phase, 'phase');
      if (change.op === 'remove') where.list.splice(where.index, 1);
      else if (change.op === 'update') {
        where.list[where.index] = updatePhase(where.list[where.index], change.set);
        const id = isObject(change.set) && typeof change.set.id === 'string' ? change.set.id : String(change.phase);
        setOrigin(cx.origins, ['phases', id], index, ['set'], change.set);
      } else {
        where.list[where.index] = structuredClone(change.with);
        if (isObject(change.with)) setOrigin(cx.origins, ['phases', String(change.with.id)], index, ['with'], 'all');
      }
      return;
    }
    case 'insert': {
      const anchor = change.before ?? change.after;
      if ((change.before === undefined) === (change.after === undefined)) {
        cx.issues.push({ path, code: 'invalid-change', message: 'insert needs exactly one of "before" or "after"' });
        return;
      }
      const where = locate(config, String(anchor));
      if (!where) return missingPhase(cx, anchor, change.before !== undefined ? 'before' : 'after');
      where.list.splice(where.index + (change.after !== undefined ? 1 : 0), 0, structuredClone(change.with));
      if (isObject(change.with)) setOrigin(cx.origins, ['phases', String(change.with.id)], index, ['with'], 'all');
      return;
    }
    case 'set-rule':
    case 'remove-rule': {
      const targets =
        change.phase === '*'
          ? allPhases(config).filter((p) => p.kind !== 'choice')
          : [locate(config, String(change.phase))].flatMap((w) => (w ? [w.list[w.index] as Loose] : []));
      if (targets.length === 0) return missingPhase(cx, change.phase, 'phase');
      for (const phase of targets) {
        const rules = dict<unknown>(Object.entries(isObject(phase.rules) ? phase.rules : {}));
        if (change.op === 'set-rule') {
          rules[String(change.rule)] = structuredClone(change.setting);
          setOrigin(cx.origins, ['phases', String(phase.id)], index, ['setting'], { rules: { [String(change.rule)]: true } }, 2);
        } else delete rules[String(change.rule)];
        phase.rules = { ...rules };
      }
      return;
    }
    case 'add-module':
    case 'remove-module':
    case 'update-module':
      applyModuleChange(cx);
      return;
    case 'allow-role':
      allowRole(cx);
      return;
  }
}

const HEAD_KEYS = ['$schema', 'format', 'id', 'version', 'name', 'summary', 'description', 'sources', 'catalog'] as const;

/** The outcome of {@link applyVariant}. */
export interface AppliedVariant {
  /** The merged config, not yet validated. */
  config: Record<string, unknown>;
  /** Problems applying the changes, with paths into the variant (`changes[2].phase`). */
  issues: MethodIssue[];
  /** Which change made which part of the merged config, to point later problems at the variant's own lines. */
  origins: Origin[];
}

/**
 * Applies a variant to a copy of its base config: head fields replace the base's, roles and kinds merge
 * by id, and each change updates, replaces, removes or inserts a phase; adds, removes or updates a
 * module of a choice phase; lets a role speak in a phase; or sets or removes a rule.
 * Problems are reported with paths into the variant (`changes[2].phase`), never thrown.
 */
export function applyVariant(base: Record<string, unknown>, variant: Record<string, unknown>): AppliedVariant {
  const issues: MethodIssue[] = [];
  const origins: Origin[] = [];
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
    const items = Array.isArray(config[key]) ? (config[key] as unknown[]) : [];
    for (const item of patch) {
      const at = items.findIndex((x) => isObject(x) && isObject(item) && x.id === item.id);
      if (at >= 0) items[at] = deepMerge(items[at], item);
      else items.push(structuredClone(item));
    }
    config[key] = items;
  }

  const changes = Array.isArray(variant.changes) ? variant.changes : [];
  for (const [i, change] of changes.entries())
    if (isObject(change)) applyChange({ config, baseId: String(base.id), change, path: ['changes', i], index: i, issues, origins });
  return { config, issues, origins };
}
