import type { Lang } from '../shared/lang.js';
import type { LocalizedText } from './localized.js';

/**
 * Labels for the SDK's own vocabulary — built-in contribution kinds, outputs, session statuses, the
 * introducer's presence and the fields of an action — in every language the SDK speaks. Rejection
 * messages, reports and UIs show these instead of raw ids. A method's own kinds, phases, modules and
 * roles carry their names in the method.
 */
export const VOCABULARY_LABELS = deepFreezeLabels({
  kinds: {
    'check-in': {
      en: 'Check-in',
      nl: 'Check-in',
      de: 'Check-in',
      fr: 'Tour d’ouverture',
    },
    narrative: {
      en: 'Narrative',
      nl: 'Verhaal',
      de: 'Schilderung',
      fr: 'Récit',
    },
    question: {
      en: 'Question',
      nl: 'Vraag',
      de: 'Frage',
      fr: 'Question',
    },
    answer: {
      en: 'Answer',
      nl: 'Antwoord',
      de: 'Antwort',
      fr: 'Réponse',
    },
    summary: {
      en: 'Summary',
      nl: 'Samenvatting',
      de: 'Zusammenfassung',
      fr: 'Résumé',
    },
    hypothesis: {
      en: 'Hypothesis',
      nl: 'Hypothese',
      de: 'Hypothese',
      fr: 'Hypothèse',
    },
    perception: {
      en: 'Perception',
      nl: 'Waarneming',
      de: 'Wahrnehmung',
      fr: 'Perception',
    },
    feeling: {
      en: 'Feeling',
      nl: 'Gevoel',
      de: 'Gefühl',
      fr: 'Ressenti',
    },
    identification: {
      en: 'Identification',
      nl: 'Identificatie',
      de: 'Identifikation',
      fr: 'Identification',
    },
    experience: {
      en: 'Experience',
      nl: 'Ervaring',
      de: 'Erfahrung',
      fr: 'Expérience',
    },
    idea: {
      en: 'Idea',
      nl: 'Idee',
      de: 'Idee',
      fr: 'Idée',
    },
    advice: {
      en: 'Advice',
      nl: 'Advies',
      de: 'Ratschlag',
      fr: 'Conseil',
    },
    appreciation: {
      en: 'Appreciation',
      nl: 'Waardering',
      de: 'Wertschätzung',
      fr: 'Appréciation',
    },
    statement: {
      en: 'Statement',
      nl: 'Uitspraak',
      de: 'Aussage',
      fr: 'Déclaration',
    },
    'reflect-back': {
      en: 'Reflecting back',
      nl: 'Terugspiegeling',
      de: 'Spiegelung',
      fr: 'Reformulation',
    },
    reflection: {
      en: 'Reflection',
      nl: 'Reflectie',
      de: 'Reflexion',
      fr: 'Réflexion',
    },
    note: {
      en: 'Note',
      nl: 'Notitie',
      de: 'Notiz',
      fr: 'Note',
    },
    action: {
      en: 'Action',
      nl: 'Actie',
      de: 'Aufgabe',
      fr: 'Action',
    },
    evaluation: {
      en: 'Evaluation',
      nl: 'Evaluatie',
      de: 'Auswertung',
      fr: 'Évaluation',
    },
  },
  outputs: {
    topic: {
      en: 'Topic',
      nl: 'Onderwerp',
      de: 'Thema',
      fr: 'Sujet',
    },
    'problem-definition': {
      en: 'Problem definition',
      nl: 'Probleemdefinitie',
      de: 'Problemdefinition',
      fr: 'Définition du problème',
    },
    'key-question': {
      en: 'Key question',
      nl: 'Kernvraag',
      de: 'Schlüsselfrage',
      fr: 'Question clé',
    },
    notes: {
      en: 'Notes',
      nl: 'Notities',
      de: 'Notizen',
      fr: 'Notes',
    },
    'report-back': {
      en: 'Report on earlier actions',
      nl: 'Terugkoppeling over eerdere acties',
      de: 'Rückmeldung zu früheren Aufgaben',
      fr: 'Retour sur les actions précédentes',
    },
    'action-plan': {
      en: 'Action plan',
      nl: 'Actieplan',
      de: 'Handlungsplan',
      fr: 'Plan d’action',
    },
    evaluation: {
      en: 'Evaluation',
      nl: 'Evaluatie',
      de: 'Auswertung',
      fr: 'Évaluation',
    },
  },
  statuses: {
    lobby: {
      en: 'Not started',
      nl: 'Nog niet begonnen',
      de: 'Noch nicht begonnen',
      fr: 'Pas encore commencée',
    },
    running: {
      en: 'In progress',
      nl: 'Bezig',
      de: 'Läuft',
      fr: 'En cours',
    },
    paused: {
      en: 'Paused',
      nl: 'Gepauzeerd',
      de: 'Pausiert',
      fr: 'En pause',
    },
    ended: {
      en: 'Ended early',
      nl: 'Vroegtijdig beëindigd',
      de: 'Vorzeitig beendet',
      fr: 'Terminée avant la fin',
    },
    aborted: {
      en: 'Aborted',
      nl: 'Afgebroken',
      de: 'Abgebrochen',
      fr: 'Interrompue',
    },
    completed: {
      en: 'Completed',
      nl: 'Afgerond',
      de: 'Abgeschlossen',
      fr: 'Terminée',
    },
  },
  presence: {
    present: {
      en: 'Present and may speak',
      nl: 'Aanwezig en mag spreken',
      de: 'Anwesend und darf sprechen',
      fr: 'Présent et peut parler',
    },
    silent: {
      en: 'Present but silent: listens only',
      nl: 'Aanwezig maar zwijgt: luistert alleen',
      de: 'Anwesend, aber schweigt: hört nur zu',
      fr: 'Présent mais silencieux : écoute seulement',
    },
    'back-turned': {
      en: 'Sits with their back to the group: hears everything, does not speak',
      nl: 'Zit met de rug naar de groep: hoort alles, spreekt niet',
      de: 'Sitzt mit dem Rücken zur Gruppe: hört alles, spricht nicht',
      fr: 'Assis dos au groupe : entend tout, ne parle pas',
    },
    absent: {
      en: 'Leaves the room',
      nl: 'Verlaat de ruimte',
      de: 'Verlässt den Raum',
      fr: 'Quitte la salle',
    },
  },
  fields: {
    owner: {
      en: 'an owner',
      nl: 'een eigenaar',
      de: 'eine verantwortliche Person',
      fr: 'un responsable',
    },
    due: {
      en: 'a due date',
      nl: 'een deadline',
      de: 'ein Termin',
      fr: 'une échéance',
    },
  },
});

/** A group of labelled vocabulary. */
export type LabelGroup = keyof typeof VOCABULARY_LABELS;

function deepFreezeLabels<T extends Record<string, Record<string, LocalizedText>>>(groups: T): T {
  for (const group of Object.values(groups)) {
    for (const label of Object.values(group)) Object.freeze(label);
    Object.freeze(group);
  }
  return Object.freeze(groups);
}

/**
 * The label of a built-in id in `lang` (English where the language has none), or `undefined` for an
 * id the SDK does not define — ids named after `Object.prototype` members included.
 */
export function vocabularyLabel(group: LabelGroup, id: string, lang: Lang): string | undefined {
  const labels: Record<string, LocalizedText> = VOCABULARY_LABELS[group];
  if (!Object.hasOwn(labels, id)) return undefined;
  const label = labels[id] as LocalizedText;
  return label[lang] ?? label.en;
}
