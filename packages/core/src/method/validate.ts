import type { MethodIssue } from '../errors/method.js';
import type { RuleRegistry } from '../rules/registry.js';
import { safeParse } from '../shared/parse.js';
import { didYouMean } from './suggest.js';
import { CONTRIBUTION_KINDS } from './vocabulary.js';
import { zodIssues } from './zod-issues.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface PhaseRef {
  phase: Loose;
  path: Path;
  /** Ids of the phases in the same sequence, in order (top level or one module). */
  sequence: string[];
}

/** Collects every phase (top level and inside modules) with its path and sequence. */
function collectPhases(config: Loose): PhaseRef[] {
  const out: PhaseRef[] = [];
  const top = arrayOf(config.phases);
  const topIds = top.map((p) => (isObject(p) ? (str(p.id) ?? '') : ''));
  top.forEach((phase, i) => {
    if (!isObject(phase)) return;
    out.push({ phase, path: ['phases', i], sequence: topIds });
    arrayOf(phase.modules).forEach((mod, m) => {
      if (!isObject(mod)) return;
      const phases = arrayOf(mod.phases);
      const ids = phases.map((p) => (isObject(p) ? (str(p.id) ?? '') : ''));
      phases.forEach((sub, j) => {
        if (isObject(sub)) out.push({ phase: sub, path: ['phases', i, 'modules', m, 'phases', j], sequence: ids });
      });
    });
  });
  return out;
}

/** Checks `outputSetters` (only outputs of the phase, known roles) and `actionPlan` (only with the `action-plan` output). */
function checkOutputs(phase: Loose, path: Path, issues: MethodIssue[], checkRoles: (list: unknown, path: Path) => void): void {
  const outputs = arrayOf(phase.outputs).map(String);
  if (isObject(phase.outputSetters))
    for (const [output, roles] of Object.entries(phase.outputSetters)) {
      checkRoles(roles, [...path, 'outputSetters', output]);
      if (!outputs.includes(output))
        issues.push({
          path: [...path, 'outputSetters', output],
          code: 'invalid-reference',
          message: `the phase does not output "${output}"${didYouMean(output, outputs)}`,
        });
    }
  if (phase.actionPlan !== undefined && !outputs.includes('action-plan'))
    issues.push({ path: [...path, 'actionPlan'], code: 'invalid-reference', message: 'actionPlan needs "action-plan" in the phase\'s outputs' });
}

/** Checks a quota's `roles` and `perRole`: known roles, `perRole` within `roles`, neither in a written round. */
function checkQuotaRoles(
  phase: Loose,
  quota: Loose,
  path: Path,
  issues: MethodIssue[],
  roleIds: ReadonlySet<string>,
  checkRoles: (list: unknown, path: Path) => void,
): void {
  checkRoles(quota.roles, [...path, 'roles']);
  const perRole = isObject(quota.perRole) ? Object.keys(quota.perRole) : [];
  const roles = Array.isArray(quota.roles) ? quota.roles : undefined;
  for (const role of perRole)
    if (!roleIds.has(role))
      issues.push({ path: [...path, 'perRole', role], code: 'unknown-role', message: `unknown role "${role}"${didYouMean(role, roleIds)}` });
    else if (roles && !roles.includes(role))
      issues.push({ path: [...path, 'perRole', role], code: 'invalid-reference', message: `role "${role}" is not one of the quota's roles` });
  if ((roles || perRole.length > 0) && phase.turnPolicy === 'written-then-revealed')
    issues.push({
      path: [...path, roles ? 'roles' : 'perRole'],
      code: 'invalid-reference',
      message: 'a written round gives everyone the same "max" texts: "roles" and "perRole" do not apply',
    });
}

/** Checks a choice phase's `choosersOnly` (needs `choosers`) and `choose` (min ≤ max ≤ the number of modules). */
function checkChoice(phase: Loose, path: Path, issues: MethodIssue[]): void {
  if (phase.choosersOnly === true && !Array.isArray(phase.choosers))
    issues.push({ path: [...path, 'choosersOnly'], code: 'invalid-reference', message: 'choosersOnly needs "choosers": the roles that choose' });
  if (!isObject(phase.choose)) return;
  const { min, max } = phase.choose;
  const modules = arrayOf(phase.modules).length;
  if (typeof min === 'number' && typeof max === 'number' && min > max)
    issues.push({ path: [...path, 'choose', 'min'], code: 'invalid-range', message: `min (${min}) is greater than max (${max})` });
  for (const [key, value] of [
    ['min', min],
    ['max', max],
  ] as const)
    if (typeof value === 'number' && value > modules)
      issues.push({ path: [...path, 'choose', key], code: 'invalid-range', message: `${key} (${value}) is more than the ${modules} modules` });
}

function checkDuplicates(items: { id: string | undefined; path: Path }[], what: string, issues: MethodIssue[]): void {
  const seen = new Map<string, Path>();
  for (const { id, path } of items) {
    if (!id) continue;
    const first = seen.get(id);
    if (first) issues.push({ path: [...path, 'id'], code: 'duplicate-id', message: `duplicate ${what} id "${id}"` });
    else seen.set(id, path);
  }
}

/**
 * Checks what a schema cannot: references between parts of a method (roles, kinds, rules, phases),
 * duplicates and ranges. Works on loosely shaped input, so it can report alongside schema errors.
 */
export function validateReferences(config: unknown, rules: RuleRegistry): MethodIssue[] {
  const issues: MethodIssue[] = [];
  if (!isObject(config)) return issues;

  const roles = arrayOf(config.roles);
  const roleIds = new Set<string>();
  roles.forEach((role, i) => {
    if (!isObject(role)) return;
    const id = str(role.id);
    if (id) roleIds.add(id);
    const min = typeof role.min === 'number' ? role.min : 0;
    if (typeof role.max === 'number' && min > role.max)
      issues.push({ path: ['roles', i, 'min'], code: 'invalid-range', message: `min (${min}) is greater than max (${role.max})` });
    if (id === 'introducer' && role.max !== undefined && role.max !== 1)
      issues.push({ path: ['roles', i, 'max'], code: 'invalid-range', message: 'a session has exactly one introducer: max must be 1' });
  });
  checkDuplicates(
    roles.map((r, i) => ({ id: isObject(r) ? str(r.id) : undefined, path: ['roles', i] })),
    'role',
    issues,
  );
  if (Array.isArray(config.roles) && !roleIds.has('introducer'))
    issues.push({ path: ['roles'], code: 'missing-introducer', message: 'every method needs a role with id "introducer"' });

  const customKinds = arrayOf(config.kinds);
  const kinds = new Set<string>(CONTRIBUTION_KINDS);
  customKinds.forEach((k, i) => {
    const id = isObject(k) ? str(k.id) : undefined;
    if (!id) return;
    if (kinds.has(id)) issues.push({ path: ['kinds', i, 'id'], code: 'duplicate-id', message: `kind "${id}" already exists` });
    kinds.add(id);
  });

  const phases = collectPhases(config);
  checkDuplicates(
    phases.map(({ phase, path }) => ({ id: str(phase.id), path })),
    'phase',
    issues,
  );

  arrayOf(config.phases).forEach((phase, i) => {
    if (!isObject(phase)) return;
    checkDuplicates(
      arrayOf(phase.modules).map((m, j) => ({ id: isObject(m) ? str(m.id) : undefined, path: ['phases', i, 'modules', j] })),
      'module',
      issues,
    );
  });

  const checkRoles = (list: unknown, path: Path) =>
    arrayOf(list).forEach((role, j) => {
      if (typeof role === 'string' && !roleIds.has(role))
        issues.push({ path: [...path, j], code: 'unknown-role', message: `unknown role "${role}"${didYouMean(role, roleIds)}` });
    });
  const checkKinds = (list: unknown, path: Path) =>
    arrayOf(list).forEach((kind, j) => {
      if (typeof kind === 'string' && !kinds.has(kind))
        issues.push({ path: [...path, j], code: 'unknown-kind', message: `unknown contribution kind "${kind}"${didYouMean(kind, kinds)}` });
    });

  for (const { phase, path, sequence } of phases) {
    checkRoles(phase.speakers, [...path, 'speakers']);
    checkRoles(phase.choosers, [...path, 'choosers']);
    checkChoice(phase, path, issues);
    checkRoles(phase.turnRoles, [...path, 'turnRoles']);
    if (typeof phase.optIn === 'string' && !roleIds.has(phase.optIn))
      issues.push({ path: [...path, 'optIn'], code: 'unknown-role', message: `unknown role "${phase.optIn}"${didYouMean(phase.optIn, roleIds)}` });
    if (isObject(phase.kindRoles))
      for (const [kind, list] of Object.entries(phase.kindRoles)) {
        checkRoles(list, [...path, 'kindRoles', kind]);
        if (!arrayOf(phase.contributionKinds).includes(kind))
          issues.push({
            path: [...path, 'kindRoles', kind],
            code: 'invalid-reference',
            message: `kind "${kind}" is not one of the phase's contribution kinds${didYouMean(kind, arrayOf(phase.contributionKinds).map(String))}`,
          });
      }
    arrayOf(phase.turnRoles).forEach((role, j) => {
      if (typeof role === 'string' && !arrayOf(phase.speakers).includes(role))
        issues.push({ path: [...path, 'turnRoles', j], code: 'invalid-reference', message: `turn role "${role}" is not one of the phase's speakers` });
    });
    arrayOf(phase.outOfTurn).forEach((kind, j) => {
      if (typeof kind === 'string' && !arrayOf(phase.contributionKinds).includes(kind))
        issues.push({
          path: [...path, 'outOfTurn', j],
          code: 'invalid-reference',
          message: `kind "${kind}" is not one of the phase's contribution kinds${didYouMean(kind, arrayOf(phase.contributionKinds).map(String))}`,
        });
    });
    checkOutputs(phase, path, issues, checkRoles);
    checkKinds(phase.contributionKinds, [...path, 'contributionKinds']);
    if (isObject(phase.quota)) {
      const { max, min, total, perRole } = phase.quota;
      checkKinds(phase.quota.kinds, [...path, 'quota', 'kinds']);
      if (max === undefined && min === undefined && total === undefined && perRole === undefined)
        issues.push({ path: [...path, 'quota'], code: 'invalid-range', message: 'set at least one of "max", "min", "total" or "perRole"' });
      checkQuotaRoles(phase, phase.quota, [...path, 'quota'], issues, roleIds, checkRoles);
      if (typeof min === 'number' && typeof max === 'number' && min > max)
        issues.push({ path: [...path, 'quota', 'min'], code: 'invalid-range', message: `min (${min}) is greater than max (${max})` });
      if (typeof max === 'number' && typeof total === 'number' && max > total)
        issues.push({ path: [...path, 'quota', 'max'], code: 'invalid-range', message: `max per participant (${max}) is greater than the total (${total})` });
    }

    const presence = str(phase.introducer) ?? 'present';
    if (presence !== 'present' && arrayOf(phase.speakers).includes('introducer'))
      issues.push({
        path: [...path, 'speakers'],
        code: 'introducer-away',
        message: `the introducer is "${presence}" in this phase and cannot also be a speaker`,
      });

    if (isObject(phase.timebox)) {
      const fixed = phase.timebox.minutes !== undefined;
      const per = phase.timebox.minutesPerParticipant !== undefined;
      if (fixed === per)
        issues.push({ path: [...path, 'timebox'], code: 'invalid-timebox', message: 'set exactly one of "minutes" or "minutesPerParticipant"' });
    }

    const outputs = arrayOf(phase.outputs);
    arrayOf(phase.requires).forEach((req, j) => {
      if (!outputs.includes(req))
        issues.push({ path: [...path, 'requires', j], code: 'invalid-reference', message: `requires "${String(req)}" but the phase does not output it` });
    });

    if (isObject(phase.loopBack)) {
      const to = str(phase.loopBack.to);
      const here = sequence.indexOf(str(phase.id) ?? '');
      const there = to ? sequence.indexOf(to) : -1;
      if (to && (there < 0 || there > here))
        issues.push({
          path: [...path, 'loopBack', 'to'],
          code: 'invalid-reference',
          message: `loops back to "${to}", which is not this phase or an earlier phase in the same sequence${there < 0 ? didYouMean(to, sequence.slice(0, here + 1)) : ''}`,
        });
    }

    if (isObject(phase.rules)) {
      for (const [ruleId, setting] of Object.entries(phase.rules)) {
        const rule = rules.get(ruleId);
        const rulePath = [...path, 'rules', ruleId];
        if (!rule) {
          issues.push({ path: rulePath, code: 'unknown-rule', message: `unknown rule "${ruleId}"${didYouMean(ruleId, rules.ids())}` });
          continue;
        }
        const options = isObject(setting) ? setting.options : undefined;
        if (rule.optionsSchema) {
          const parsed = safeParse(rule.optionsSchema, options ?? {});
          if (!parsed.success)
            for (const issue of zodIssues(rule.optionsSchema, options ?? {}, parsed.error, [...rulePath, 'options']))
              issues.push({
                ...issue,
                code: issue.code === 'unknown-key' ? 'unknown-rule-option' : 'invalid-rule-options',
                message: issue.message.replace('unknown key', `rule "${ruleId}" has no option`),
              });
        } else if (options && Object.keys(options).length > 0) {
          issues.push({ path: [...rulePath, 'options'], code: 'invalid-rule-options', message: `rule "${ruleId}" takes no options` });
        }
      }
    }
  }
  if (isObject(config.rotation)) checkRotation(config.rotation, config, issues, checkRoles);
  return issues;
}

/**
 * Checks a method's `rotation`: `first` and `last` are top-level phases, `first` not after `last`;
 * `roles` are known and not `introducer` (the next introducer is named among their holders).
 */
function checkRotation(rotation: Loose, config: Loose, issues: MethodIssue[], checkRoles: (list: unknown, path: Path) => void): void {
  const top = arrayOf(config.phases).map((p) => (isObject(p) ? (str(p.id) ?? '') : ''));
  const at = (key: 'first' | 'last'): number => {
    const id = str(rotation[key]);
    const index = id === undefined ? -1 : top.indexOf(id);
    if (id !== undefined && index < 0)
      issues.push({ path: ['rotation', key], code: 'unknown-phase', message: `no top-level phase "${id}"${didYouMean(id, top)}` });
    return index;
  };
  const first = at('first');
  const last = at('last');
  const lastPhase = arrayOf(config.phases)[last];
  if (isObject(lastPhase) && lastPhase.kind === 'choice')
    issues.push({ path: ['rotation', 'last'], code: 'invalid-reference', message: 'a case cannot end with a choice phase: name the phase after it' });
  if (first >= 0 && last >= 0 && first > last)
    issues.push({ path: ['rotation', 'last'], code: 'invalid-range', message: `"${String(rotation.last)}" comes before "${String(rotation.first)}"` });
  checkRoles(rotation.roles, ['rotation', 'roles']);
  arrayOf(rotation.roles).forEach((role, j) => {
    if (role === 'introducer')
      issues.push({
        path: ['rotation', 'roles', j],
        code: 'invalid-reference',
        message: 'name the roles the next introducer is chosen from, not "introducer"',
      });
  });
}
