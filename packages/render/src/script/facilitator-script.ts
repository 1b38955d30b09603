import { isChoice, type Lang, type MethodDefinition } from '@intervision/core';
import { type Block, type Doc, heading, plain, strong } from '../document/model.js';
import { type RenderFormat, writeDocument } from '../document/render.js';
import { listOf } from '../i18n/list.js';
import { methodText, pick, resolveLang } from '../i18n/texts.js';
import { roleLabel } from '../i18n/vocabulary.js';
import { outline, phaseName } from '../method/outline.js';
import { type PhaseContext, phaseSection } from './phase-section.js';
import SCRIPT_TEXTS from './texts.json';
import { plannedTime } from './time.js';

/** Options for {@link renderFacilitatorScript}. */
export interface FacilitatorScriptOptions {
  /** Language: `en`, `nl` or `de`; any other falls back to English. Default `en`. */
  lang?: string;
  /** `markdown` (default) or `html` (one self-contained, printable page). */
  format?: RenderFormat;
  /** Number of speakers to work out per-participant timeboxes with. Default: the method's smallest group size, else 5. */
  speakers?: number;
}

type Key = keyof typeof SCRIPT_TEXTS;

function roleCount(min: number, max: number | undefined, lang: Lang): string {
  const t = (key: Key, params: Record<string, number>) => pick(SCRIPT_TEXTS, key, lang, params);
  if (max !== undefined && min === max) return t('roleCountExact', { n: min });
  if (max !== undefined && min === 0) return max === 1 ? pick(SCRIPT_TEXTS, 'roleOptionalOne', lang) : t('roleCountUpTo', { max });
  if (max !== undefined) return t('roleCount', { min, max });
  return min === 0 ? pick(SCRIPT_TEXTS, 'roleOptional', lang) : t('roleCountAtLeast', { min });
}

function overview(method: MethodDefinition, lang: Lang): Block[] {
  const t = (key: Key, params?: Record<string, string | number>) => pick(SCRIPT_TEXTS, key, lang, params);
  const items = [{ term: t('plannedTime'), value: [plain(plannedTime(method, lang))] }];
  const info = method.catalog;
  if (info) {
    items.push({ term: t('groupSize'), value: [plain(t('groupSizeValue', { min: info.groupSize.min, max: info.groupSize.max }))] });
    items.push({ term: t('adviceAllowed'), value: [plain(t(info.adviceAllowed ? 'adviceYes' : 'adviceNo'))] });
  }
  const rotation = method.rotation;
  if (rotation) {
    const names = { first: phaseName(method, rotation.first, lang), last: phaseName(method, rotation.last, lang) };
    const roles = listOf(
      rotation.roles.map((r) => roleLabel(method, r, lang)),
      lang,
    );
    const lines = [
      t('casesValue', names),
      rotation.maxCases !== undefined ? t('casesMax', { max: rotation.maxCases }) : '',
      rotation.everyone ? t('casesEveryone', { roles }) : '',
    ];
    items.push({ term: t('cases'), value: [plain(lines.filter((line) => line !== '').join(' '))] });
  }
  return [
    { type: 'paragraph', content: [plain(methodText(method.summary, lang))] },
    heading(2, t('overview')),
    { type: 'facts', items },
    heading(2, t('roles')),
    {
      type: 'list',
      items: method.roles.map((role) => {
        // The facilitator's own description says it leads; other controlling roles (co-leads) are told here.
        const controls = (role.controls ?? false) && role.id !== 'facilitator';
        const about = [methodText(role.description, lang), controls ? t('roleControls') : ''].filter((s) => s !== '').join(' ');
        return [strong(roleLabel(method, role.id, lang)), plain(` (${roleCount(role.min, role.max, lang)})`), ...(about ? [plain(`: ${about}`)] : [])];
      }),
    },
  ];
}

/**
 * A printable guide for whoever facilitates a method: the roles, then every phase in order with its
 * time (a per-participant timebox worked out for an example group), what happens, who may speak and how
 * turns go, where the introducer is, which contribution kinds are allowed and which are not, limits,
 * the rules with their mode, the outcome, repeats and loops — and, where a rule watches for advice, a
 * topic outside the introducer's influence or closed questions, the words to redirect it with (the
 * core's own rule suggestions and messages). Modules of a choice phase follow it. Texts in `lang`.
 *
 * @example
 * ```ts
 * const html = renderFacilitatorScript(methods['incident-method'], { lang: 'nl', format: 'html' });
 * ```
 */
export function renderFacilitatorScript(method: MethodDefinition, options: FacilitatorScriptOptions = {}): string {
  const lang = resolveLang(options.lang);
  const t = (key: Key, params?: Record<string, string | number>) => pick(SCRIPT_TEXTS, key, lang, params);
  const phases = outline(method);
  const methodKinds = [...new Set(phases.flatMap(({ phase }) => (isChoice(phase) ? [] : phase.contributionKinds)))];
  const ctx: PhaseContext = { method, lang, exampleSpeakers: options.speakers ?? method.catalog?.groupSize.min ?? 5, methodKinds };
  const blocks: Block[] = [...overview(method, lang), heading(2, t('phases'))];
  let module: string | null = null;
  for (const { phase, number, module: mod } of phases) {
    if (mod && mod.id !== module)
      blocks.push(heading(3, t('moduleHeading', { number: number.split('.').slice(0, 2).join('.'), name: methodText(mod.name, lang) })));
    module = mod?.id ?? null;
    blocks.push(...phaseSection(phase, number, mod ? 4 : 3, ctx));
  }
  const doc: Doc = { title: t('title', { method: methodText(method.name, lang) }), lang, blocks };
  return writeDocument(doc, options.format ?? 'markdown');
}
