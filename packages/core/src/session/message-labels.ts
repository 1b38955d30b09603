import { vocabularyLabel } from '../i18n/labels.js';
import { type LocalizedText, localize } from '../i18n/localized.js';
import type { MethodDefinition } from '../method/define.js';
import type { Lang } from '../shared/lang.js';

type Named = { readonly id: string; readonly name: LocalizedText };

const findNamed = (list: readonly Named[] | undefined, id: string): Named | undefined => list?.find((item) => item.id === id);

/** A phase or module anywhere in the method (modules' phases included), by id. */
function phaseOrModule(method: MethodDefinition, id: string, want: 'phase' | 'module'): Named | undefined {
  for (const phase of method.phases) {
    if (want === 'phase' && phase.id === id) return phase;
    if (phase.kind !== 'choice') continue;
    for (const module of phase.modules) {
      if (want === 'module' && module.id === id) return module;
      if (want === 'phase') {
        const inner = findNamed(module.phases, id);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

/** Which label a message parameter takes: a name from the method, or the SDK's vocabulary. */
const PARAM_LABELS: ReadonlyMap<string, (id: string, lang: Lang, method?: MethodDefinition) => string | undefined> = new Map<
  string,
  (id: string, lang: Lang, method?: MethodDefinition) => string | undefined
>([
  ['kind', (id, lang, method) => nameIn(findNamed(method?.kinds, id), lang) ?? vocabularyLabel('kinds', id, lang)],
  ['output', (id, lang) => vocabularyLabel('outputs', id, lang)],
  ['status', (id, lang) => vocabularyLabel('statuses', id, lang)],
  ['missing', (id, lang) => vocabularyLabel('fields', id, lang)],
  ['phase', (id, lang, method) => (method ? nameIn(phaseOrModule(method, id, 'phase'), lang) : undefined)],
  ['module', (id, lang, method) => (method ? nameIn(phaseOrModule(method, id, 'module'), lang) : undefined)],
  ['role', (id, lang, method) => nameIn(findNamed(method?.roles, id), lang)],
]);

function nameIn(item: Named | undefined, lang: Lang): string | undefined {
  return item ? localize(item.name, lang) : undefined;
}

/**
 * A rejection's parameters with ids replaced by what a reader understands: the method's names for its
 * phases, modules, roles and own kinds, the SDK's labels for built-in kinds, outputs, statuses and
 * action fields — in `lang`. Unknown ids stay as they are. The parameters themselves keep the ids.
 */
export function labelParams(params: Readonly<Record<string, string | number>>, lang: Lang, method?: MethodDefinition): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    const label = typeof value === 'string' ? PARAM_LABELS.get(key)?.(value, lang, method) : undefined;
    out[key] = label ?? value;
  }
  return out;
}
