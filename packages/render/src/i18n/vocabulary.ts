import {
  type IntroducerPresence,
  type Lang,
  type MethodDefinition,
  type OutputKind,
  type PhaseKind,
  type RuleMode,
  type SessionStatus,
  type TurnPolicy,
  VOCABULARY_LABELS,
} from '@intervision/core';
import { methodText, type TextTable } from './texts.js';
import VOCABULARY from './vocabulary.json';

/**
 * Labels of the engine's vocabulary. Kinds, outputs, statuses and presence come from the core (the same
 * labels its rejection messages use, in en/nl/de/fr); phase kinds, turn policies, rules and modes are
 * kept here as data (en/nl/de; French falls back to English).
 */
const TABLES: Readonly<Record<string, TextTable<string>>> = {
  ...VOCABULARY,
  kinds: VOCABULARY_LABELS.kinds,
  outputs: VOCABULARY_LABELS.outputs,
  statuses: VOCABULARY_LABELS.statuses,
  presence: VOCABULARY_LABELS.presence,
};

type Table = keyof typeof VOCABULARY | 'kinds' | 'outputs' | 'statuses' | 'presence';

const label = (table: Table, key: string, lang: Lang): string | undefined => {
  const entries = TABLES[table]!;
  if (!Object.hasOwn(entries, key)) return undefined;
  const text = entries[key]! as Partial<Record<Lang, string>> & { en: string };
  // Reports speak en/nl/de; in any other language the whole report is English, labels included.
  return (lang === 'en' || lang === 'nl' || lang === 'de' ? text[lang] : undefined) ?? text.en;
};

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
