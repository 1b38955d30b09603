import type { IntroducerPresence, Lang, MethodDefinition, OutputKind, PhaseKind, RuleMode, SessionStatus, TurnPolicy } from '@intervision/core';
import { methodText, type TextTable } from './texts.js';
import VOCABULARY from './vocabulary.json';

/** Labels of the engine's vocabulary (kinds, phase kinds, outputs, statuses, …) in en/nl/de, kept as data. */
const TABLES: Readonly<Record<keyof typeof VOCABULARY, TextTable<string>>> = VOCABULARY;

const label = (table: keyof typeof VOCABULARY, key: string, lang: Lang): string | undefined =>
  Object.hasOwn(TABLES[table], key) ? TABLES[table][key]![lang === 'fr' ? 'en' : lang] : undefined;

/** The name of a contribution kind: the method's own name for a custom kind, else the built-in label, else the id. */
export function kindLabel(method: MethodDefinition, kind: string, lang: Lang): string {
  const custom = method.kinds.find((k) => k.id === kind);
  if (custom) return methodText(custom.name, lang);
  return label('kinds', kind, lang) ?? kind;
}

/** The name of a role as the method calls it, or its id. */
export function roleLabel(method: MethodDefinition, role: string, lang: Lang): string {
  const found = method.roles.find((r) => r.id === role);
  return found ? methodText(found.name, lang) : role;
}

/** The label of a phase kind. */
export function phaseKindLabel(kind: PhaseKind | 'choice', lang: Lang): string {
  return label('phaseKinds', kind, lang) ?? kind;
}

/** The label of an output. */
export function outputLabel(output: OutputKind, lang: Lang): string {
  return label('outputs', output, lang) ?? output;
}

/** The label of a session status (`completed` for a session that ran to its end). */
export function statusLabel(status: SessionStatus | 'completed', lang: Lang): string {
  return label('statuses', status, lang) ?? status;
}

/** Where the introducer is, as a sentence. */
export function presenceLabel(presence: IntroducerPresence, lang: Lang): string {
  return label('presence', presence, lang) ?? presence;
}

/** How turns go, as a sentence. */
export function turnLabel(policy: TurnPolicy, lang: Lang): string {
  return label('turns', policy, lang) ?? policy;
}

/** The name of a rule: a label for the built-in rules, else its id. */
export function ruleLabel(ruleId: string, lang: Lang): string {
  return label('rules', ruleId, lang) ?? ruleId;
}

/** What a rule mode does, as a verb. */
export function modeLabel(mode: RuleMode, lang: Lang): string {
  return label('modes', mode, lang) ?? mode;
}

/** Every label table, for completeness tests. */
export const VOCABULARY_TABLES: Readonly<Record<string, TextTable<string>>> = TABLES;
