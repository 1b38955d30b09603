import type { MethodIssue } from '../errors/method.js';
import { isLang, LANGS } from '../shared/lang.js';
import { didYouMean } from './suggest.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where the texts of a method live, by section of a texts file: each section maps an id to the
 * text fields of that item. A texts file (`texts/nl.yaml`) holds one language:
 *
 * ```yaml
 * name: Incidentmethode
 * summary: …
 * roles:
 *   introducer: { name: Inbrenger, description: … }
 * phases:
 *   questions: { name: Informatieronde, instructions: … }
 * ```
 */
export const TEXT_SECTIONS = {
  roles: ['name', 'description'],
  kinds: ['name', 'description'],
  phases: ['name', 'instructions'],
  modules: ['name', 'summary'],
} as const;

/** Text fields of the method itself in a texts file. */
export const METHOD_TEXT_FIELDS = ['name', 'summary', 'description'] as const;

/** A section of a texts file. */
export type TextSection = keyof typeof TEXT_SECTIONS;

/** Most items a texts section may hold: more is a mistake, not a method. */
const MAX_ITEMS = 2000;

/** Every item of a method that carries texts, by section and id (phases and modules at any depth). */
export function textItems(config: Loose): Map<TextSection, Map<string, Loose>> {
  const out = new Map<TextSection, Map<string, Loose>>([
    ['roles', new Map()],
    ['kinds', new Map()],
    ['phases', new Map()],
    ['modules', new Map()],
  ]);
  const add = (section: TextSection, item: unknown) => {
    if (isObject(item) && typeof item.id === 'string' && !out.get(section)!.has(item.id)) out.get(section)!.set(item.id, item);
  };
  for (const role of list(config.roles)) add('roles', role);
  for (const kind of list(config.kinds)) add('kinds', kind);
  for (const phase of list(config.phases)) {
    add('phases', phase);
    if (!isObject(phase)) continue;
    for (const mod of list(phase.modules)) {
      add('modules', mod);
      if (isObject(mod)) for (const sub of list(mod.phases)) add('phases', sub);
    }
  }
  return out;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, MAX_ITEMS) : []);

function setText(target: Loose, field: string, lang: string, value: string): void {
  const current = target[field];
  target[field] = { ...(isObject(current) ? current : {}), [lang]: value };
}

/** The outcome of {@link mergeTexts}. */
export interface MergedTexts {
  /** A copy of the method config with the texts filled in. */
  config: Record<string, unknown>;
  /** Problems in the texts files (unknown ids, wrong shapes), with paths starting `texts.<lang>`. */
  issues: MethodIssue[];
}

/**
 * Fills the texts of a method from one texts document per language (the `texts/<lang>.yaml` files of
 * a method folder). Items are found by id; an id the method does not have is an error with a
 * "did you mean" when a known id is close. Texts already in the method stay unless a texts file
 * gives the same language.
 */
export function mergeTexts(method: unknown, texts: ReadonlyMap<string, unknown>): MergedTexts {
  const issues: MethodIssue[] = [];
  if (!isObject(method)) return { config: {}, issues };
  const config = structuredClone(method) as Loose;
  const items = textItems(config);
  for (const [lang, doc] of texts) {
    const base: Path = ['texts', lang];
    if (!isLang(lang)) {
      issues.push({ path: base, code: 'unknown-language', message: `unknown language "${lang}" (languages: ${LANGS.join(', ')})` });
      continue;
    }
    if (!isObject(doc)) {
      issues.push({ path: base, code: 'invalid-value', message: 'a texts file must be a mapping of sections to texts' });
      continue;
    }
    for (const [key, value] of Object.entries(doc)) {
      if ((METHOD_TEXT_FIELDS as readonly string[]).includes(key)) {
        if (typeof value === 'string') setText(config, key, lang, value);
        else issues.push({ path: [...base, key], code: 'invalid-value', message: 'expected a text' });
        continue;
      }
      if (!Object.hasOwn(TEXT_SECTIONS, key)) {
        const hint = didYouMean(key, [...METHOD_TEXT_FIELDS, ...Object.keys(TEXT_SECTIONS)]);
        issues.push({ path: [...base, key], code: 'unknown-key', message: `unknown section "${key}"${hint}` });
        continue;
      }
      mergeSection(key as TextSection, value, items.get(key as TextSection)!, lang, [...base, key], issues);
    }
  }
  return { config, issues };
}

function mergeSection(section: TextSection, value: unknown, items: Map<string, Loose>, lang: string, path: Path, issues: MethodIssue[]): void {
  if (!isObject(value)) {
    issues.push({ path, code: 'invalid-value', message: `expected a mapping of ${section} ids to texts` });
    return;
  }
  const fields: readonly string[] = TEXT_SECTIONS[section];
  for (const [id, entry] of Object.entries(value).slice(0, MAX_ITEMS)) {
    const item = items.get(id);
    if (!item) {
      const what = section.slice(0, -1);
      issues.push({ path: [...path, id], code: `unknown-${what}`, message: `no ${what} "${id}" in the method${didYouMean(id, items.keys())}` });
      continue;
    }
    if (!isObject(entry)) {
      issues.push({ path: [...path, id], code: 'invalid-value', message: `expected ${fields.join(' and ')}` });
      continue;
    }
    for (const [field, text] of Object.entries(entry)) {
      if (!fields.includes(field)) {
        issues.push({ path: [...path, id, field], code: 'unknown-key', message: `unknown text "${field}"${didYouMean(field, fields)}` });
      } else if (typeof text !== 'string') issues.push({ path: [...path, id, field], code: 'invalid-value', message: 'expected a text' });
      else setText(item, field, lang, text);
    }
  }
}
