import type { MethodConfig } from '../../method/schema.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

/** The generic four-phase intervision process (Niezink & Train, article 2 of the Empathic Intervision series). */
export const genericFourPhase: MethodConfig = {
  id: 'generic-four-phase',
  version: '1.0.0',
  name: { en: 'Generic four-phase intervision', nl: 'Algemene intervisie in vier fasen', de: 'Allgemeine Intervision in vier Phasen' },
  summary: {
    en: 'Topic and introduction, clarification (never advice), sharing experiences, and back to the introducer for a plan of action and a round of learning.',
    nl: 'Onderwerp en introductie, verheldering (nooit advies), ervaringen delen, en terug naar de inbrenger voor een plan van aanpak en een leerronde.',
    de: 'Thema und Einführung, Klärung (nie Ratschläge), Erfahrungen teilen und zurück zum Fallerzähler für einen Handlungsplan und eine Lernrunde.',
  },
  sources: [
    {
      title: 'Niezink & Train, The Intervision Process and its Benefits (2019)',
      url: 'https://empathicintervision.com/2019/09/18/empathic-intervision-process-and-benefits/',
    },
  ],
  catalog: {
    groupSize: { min: 5, max: 8 },
    minutesPerCase: { min: 45, max: 90 },
    adviceAllowed: true,
    introducerPosition: 'present',
    mode: 'synchronous',
    documentation: 'medium',
    tags: ['generic'],
  },
  roles: [introducerRole, facilitatorRole, peerRole],
  phases: [
    {
      id: 'topic',
      kind: 'topic',
      name: { en: 'Topic and introduction', nl: 'Onderwerp en introductie', de: 'Thema und Einführung' },
      instructions: {
        en: 'Choose the incident, question, success story or problem to work on. The introducer explains what is going on, in as much detail as possible; peers listen and take notes.',
        nl: 'Kies het incident, de vraag, het succesverhaal of het probleem. De inbrenger vertelt zo gedetailleerd mogelijk wat er speelt; de collega’s luisteren en maken aantekeningen.',
        de: 'Wählt den Vorfall, die Frage, die Erfolgsgeschichte oder das Problem. Der Fallerzähler schildert möglichst genau, worum es geht; die anderen hören zu und machen Notizen.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 10 },
      outputs: ['topic'],
      requires: ['topic'],
      rules: { 'sphere-of-influence': 'warn' },
    },
    {
      id: 'clarification',
      kind: 'clarification',
      name: { en: 'Clarification round', nl: 'Verhelderingsronde', de: 'Klärungsrunde' },
      instructions: {
        en: 'Peers ask questions to clarify every angle of the case; the introducer answers. Advice is never given. End with a problem definition. Repeat the round if things are still unclear.',
        nl: 'De collega’s stellen vragen om de casus van alle kanten te verhelderen; de inbrenger antwoordt. Er wordt nooit advies gegeven. Sluit af met een probleemdefinitie. Herhaal de ronde als er nog iets onduidelijk is.',
        de: 'Die Kolleginnen und Kollegen stellen Fragen, um den Fall von allen Seiten zu klären; der Fallerzähler antwortet. Ratschläge gibt es nie. Am Ende steht eine Problemdefinition. Wiederholt die Runde, wenn noch etwas unklar ist.',
      },
      speakers: ['peer', 'introducer', 'facilitator'],
      contributionKinds: ['question', 'answer', 'summary'],
      kindRoles: { question: ['peer'], answer: ['introducer'], summary: ['facilitator', 'peer'] },
      timebox: { minutes: 15 },
      repeatable: { max: 2 },
      outputs: ['problem-definition'],
      rules: questionRules('warn', true),
    },
    {
      id: 'experiences',
      kind: 'experience',
      name: { en: 'Sharing experiences', nl: 'Ervaringen delen', de: 'Erfahrungen teilen' },
      instructions: {
        en: 'Peers share their own experiences, insights and possible behavioural alternatives. Gather as many as possible; everything is noted centrally.',
        nl: 'De collega’s delen eigen ervaringen, inzichten en mogelijke gedragsalternatieven. Verzamel er zoveel mogelijk; alles wordt centraal genoteerd.',
        de: 'Die Kolleginnen und Kollegen teilen eigene Erfahrungen, Einsichten und mögliche Verhaltensalternativen. Sammelt so viele wie möglich; alles wird zentral notiert.',
      },
      speakers: ['peer', 'facilitator'],
      contributionKinds: ['experience', 'idea', 'perception', 'note'],
      timebox: { minutes: 20 },
      outputs: ['notes'],
    },
    {
      id: 'back-to-introducer',
      kind: 'action-plan',
      name: { en: 'Back to the introducer', nl: 'Terug naar de inbrenger', de: 'Zurück zum Fallerzähler' },
      instructions: {
        en: 'The introducer reflects on the suggestions and forms a plan of action. Then everyone shares what they learned and evaluates how the group worked together.',
        nl: 'De inbrenger reflecteert op de suggesties en maakt een plan van aanpak. Daarna vertelt iedereen wat hij of zij geleerd heeft en evalueert de samenwerking.',
        de: 'Der Fallerzähler reflektiert die Vorschläge und entwickelt einen Handlungsplan. Danach sagen alle, was sie gelernt haben, und bewerten die Zusammenarbeit.',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['reflection', 'action'],
      timebox: { minutes: 15 },
      outputs: ['action-plan', 'evaluation'],
    },
  ],
};
