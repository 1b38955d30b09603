import type { MethodIssue } from '../errors/method.js';
import { LANGS } from '../shared/lang.js';
import { METHOD_TEXT_FIELDS, TEXT_SECTIONS } from './texts.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', nl: 'Dutch', de: 'German' };

/** Every text of a method with its (index) path: method, roles, kinds, phases and modules. */
function texts(config: Loose): { text: Loose; path: Path }[] {
  const out: { text: Loose; path: Path }[] = [];
  const take = (item: unknown, fields: readonly string[], path: Path) => {
    if (!isObject(item)) return;
    for (const field of fields) if (isObject(item[field])) out.push({ text: item[field] as Loose, path: [...path, field] });
  };
  take(config, METHOD_TEXT_FIELDS, []);
  list(config.roles).forEach((role, i) => {
    take(role, TEXT_SECTIONS.roles, ['roles', i]);
  });
  list(config.kinds).forEach((kind, i) => {
    take(kind, TEXT_SECTIONS.kinds, ['kinds', i]);
  });
  list(config.phases).forEach((phase, i) => {
    take(phase, TEXT_SECTIONS.phases, ['phases', i]);
    if (!isObject(phase)) return;
    list(phase.modules).forEach((mod, m) => {
      take(mod, TEXT_SECTIONS.modules, ['phases', i, 'modules', m]);
      if (isObject(mod)) for (const [j, sub] of list(mod.phases).entries()) take(sub, TEXT_SECTIONS.phases, ['phases', i, 'modules', m, 'phases', j]);
    });
  });
  return out;
}

/**
 * Warnings about texts: a language the method uses somewhere (say Dutch) but not in every text it
 * shows to participants. A language the method never uses (say French) is no warning: participants
 * simply see the English fallback.
 */
export function textWarnings(config: unknown): MethodIssue[] {
  if (!isObject(config)) return [];
  const all = texts(config);
  const used = LANGS.filter((lang) => all.some(({ text }) => typeof text[lang] === 'string'));
  const out: MethodIssue[] = [];
  for (const { text, path } of all)
    for (const lang of used)
      if (typeof text[lang] !== 'string')
        out.push({
          path: [...path, lang],
          code: 'missing-text',
          message: `no ${LANGUAGE_NAMES[lang] ?? lang} (${lang}) text, though the method has ${lang} elsewhere`,
        });
  return out;
}
