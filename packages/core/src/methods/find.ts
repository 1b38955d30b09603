import { localize } from '../i18n/localized.js';
import type { MethodDefinition } from '../method/define.js';
import { isChoice } from '../method/plan.js';
import type { Scenario } from '../scenario/types.js';
import type { Lang } from '../shared/lang.js';
import { type BuiltinMethodId, methods, scenarios } from './index.js';

/** Criteria for {@link findMethods}. Every criterion given must hold. */
export interface MethodCriteria {
  /** The group has this many people (introducer included). */
  groupSize?: number;
  /** At most this many minutes per case are available. */
  minutes?: number;
  /** The method must have its texts in this language (not just the English fallback). */
  lang?: Lang;
  /** Whether peers may give advice at some point. */
  adviceAllowed?: boolean;
  /** Synchronous (meeting) or asynchronous (written, over days). */
  mode?: 'synchronous' | 'asynchronous';
  /** Carries this tag. */
  tag?: string;
  /** Matches this text in name or summary (any language, case-insensitive). */
  text?: string;
}

/** Whether every text a participant sees (names, summary, roles, phases and module phases) exists in `lang`. */
function hasLanguage(method: MethodDefinition, lang: Lang): boolean {
  if (lang === 'en') return true;
  const phases = method.phases.flatMap((p) => (isChoice(p) ? [p, ...p.modules, ...p.modules.flatMap((m) => m.phases)] : [p]));
  const texts = [
    method.name,
    method.summary,
    ...method.roles.map((r) => r.name),
    ...phases.flatMap((p) => ('instructions' in p ? [p.name, p.instructions] : [p.name])),
  ];
  return texts.every((t) => t[lang] !== undefined);
}

/**
 * Picks methods for a group: by group size, time per case, language, whether advice is allowed, mode
 * and tags. Methods without catalog facts match only criteria that do not need them.
 *
 * @example
 * ```ts
 * findMethods({ groupSize: 6, minutes: 60, lang: 'nl' }).map((m) => m.id);
 * ```
 */
export function findMethods(criteria: MethodCriteria = {}, from: Readonly<Record<string, MethodDefinition>> = methods): MethodDefinition[] {
  const needle = criteria.text?.toLowerCase();
  return Object.values(from).filter((method) => {
    const info = method.catalog;
    if (criteria.groupSize !== undefined && (!info || criteria.groupSize < info.groupSize.min || criteria.groupSize > info.groupSize.max)) return false;
    if (criteria.minutes !== undefined && (!info || info.minutesPerCase.min > criteria.minutes)) return false;
    if (criteria.adviceAllowed !== undefined && info?.adviceAllowed !== criteria.adviceAllowed) return false;
    if (criteria.mode !== undefined && (!info || (info.mode !== criteria.mode && info.mode !== 'both'))) return false;
    if (criteria.tag !== undefined && !info?.tags.includes(criteria.tag)) return false;
    if (criteria.lang !== undefined && !hasLanguage(method, criteria.lang)) return false;
    if (needle && ![method.name, method.summary].some((t) => Object.values(t).some((s) => s?.toLowerCase().includes(needle)))) return false;
    return true;
  });
}

/** A method's name in a language (English fallback). */
export function methodName(method: MethodDefinition, lang: Lang): string {
  return localize(method.name, lang);
}

/** Whether `id` is the id of a built-in method (narrows it for typed lookups in {@link methods}). */
export function isBuiltinMethodId(id: string): id is BuiltinMethodId {
  return Object.hasOwn(methods, id);
}

/** A built-in method by an id only known at run time (user input, a URL), or `undefined`. */
export function builtinMethod(id: string): MethodDefinition | undefined {
  return isBuiltinMethodId(id) ? methods[id] : undefined;
}

/** A built-in method's scenario by an id only known at run time, or `undefined`. */
export function builtinScenario(id: string): Scenario | undefined {
  return isBuiltinMethodId(id) ? scenarios[id] : undefined;
}
