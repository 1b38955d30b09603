import type { MethodConfig } from '../../method/schema.js';
import { evaluationPhase } from './shared-phases.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

/** The five-step method (vijfstappenmethode): question, exploration, core, advice round, evaluation — with a loop when it did not help. */
export const fiveStep: MethodConfig = {
  id: 'five-step',
  version: '1.0.0',
  name: { en: 'Five-step method', nl: 'Vijfstappenmethode', de: 'Fünf-Schritte-Methode' },
  summary: {
    en: 'The introducer brings a question, the group explores it with questions and summaries, formulates the core of the problem, and in an advice round each peer gives at least one piece of advice; the introducer says which appeal. If he or she is not helped, the group goes back to questioning.',
    nl: 'De inbrenger brengt een vraag in, de groep verkent die met vragen en samenvattingen, formuleert de kern van het probleem, en in een adviesronde geeft iedere collega minstens één advies; de inbrenger zegt welke hem of haar aanspreken. Is de inbrenger niet geholpen, dan gaat de groep terug naar het vragen.',
    de: 'Der Fallerzähler bringt eine Frage ein, die Gruppe erkundet sie mit Fragen und Zusammenfassungen, formuliert den Kern des Problems, und in einer Ratschlagsrunde gibt jede und jeder mindestens einen Rat; der Fallerzähler sagt, welche ihn ansprechen. Hilft das nicht, geht die Gruppe zurück zum Fragen.',
  },
  sources: [
    { title: 'LessonUp, vijfstappenmethode', url: 'https://lessonup.com/en/lesson/dncGB5TdsSNqQXH7C' },
    {
      title: 'Methodieken voor intervisie: probleemoplossingsmethode (loop when not helped)',
      url: 'https://docplayer.nl/amp/13730839-Methodieken-voor-intervisie.html',
      note: 'minutes are typical values, not from the sources',
    },
  ],
  catalog: {
    groupSize: { min: 4, max: 8 },
    minutesPerCase: { min: 45, max: 75 },
    adviceAllowed: true,
    introducerPosition: 'present',
    mode: 'synchronous',
    documentation: 'medium',
    tags: ['dutch', 'problem-solving', 'advice-round'],
  },
  roles: [introducerRole, facilitatorRole, peerRole],
  phases: [
    {
      id: 'question',
      kind: 'narrative',
      name: { en: 'The question', nl: 'De vraag', de: 'Die Frage' },
      instructions: {
        en: 'The introducer introduces his or her question and the situation behind it.',
        nl: 'De inbrenger leidt zijn of haar vraag en de situatie erachter in.',
        de: 'Der Fallerzähler stellt seine Frage und die Situation dahinter vor.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 5 },
    },
    {
      id: 'exploration',
      kind: 'clarification',
      name: { en: 'Exploring the problem', nl: 'Probleemverkenning', de: 'Das Problem erkunden' },
      instructions: {
        en: 'Peers explore the problem with questions; the facilitator summarises now and then. No advice yet.',
        nl: 'De collega’s verkennen het probleem met vragen; de gespreksleider vat af en toe samen. Nog geen advies.',
        de: 'Die anderen erkunden das Problem mit Fragen; der Moderator fasst ab und zu zusammen. Noch keine Ratschläge.',
      },
      speakers: ['peer', 'introducer', 'facilitator'],
      contributionKinds: ['question', 'answer', 'summary'],
      timebox: { minutes: 15 },
      rules: questionRules('warn', true),
    },
    {
      id: 'core',
      kind: 'key-question',
      name: { en: 'The core of the problem', nl: 'De kern van het probleem', de: 'Der Kern des Problems' },
      instructions: {
        en: 'The group tries to formulate the core of the problem; the introducer confirms it.',
        nl: 'De groep probeert de kern van het probleem te formuleren; de inbrenger bevestigt die.',
        de: 'Die Gruppe versucht, den Kern des Problems zu formulieren; der Fallerzähler bestätigt ihn.',
      },
      speakers: ['peer', 'introducer', 'facilitator'],
      contributionKinds: ['hypothesis', 'summary', 'statement'],
      timebox: { minutes: 10 },
      outputs: ['problem-definition'],
      requires: ['problem-definition'],
      rules: { 'no-advice': 'block', 'sphere-of-influence': 'warn' },
    },
    {
      id: 'advice-round',
      kind: 'advice',
      name: { en: 'Advice round', nl: 'Adviesronde', de: 'Ratschlagsrunde' },
      instructions: {
        en: 'In turn, each peer gives at least one piece of advice; the introducer replies which appeal and which do not. If the introducer is not helped, he or she says why and the group goes back to exploring.',
        nl: 'Om de beurt geeft iedere collega minstens één advies; de inbrenger reageert welke adviezen aanspreken en welke niet. Is de inbrenger niet geholpen, dan zegt hij of zij waarom en gaat de groep terug naar de verkenning.',
        de: 'Reihum gibt jede und jeder mindestens einen Rat; der Fallerzähler antwortet, welche ihn ansprechen und welche nicht. Hilft es nicht, sagt er, warum, und die Gruppe kehrt zur Erkundung zurück.',
      },
      speakers: ['peer', 'introducer'],
      contributionKinds: ['advice', 'answer'],
      turnPolicy: 'round-robin',
      turnRoles: ['peer'],
      quota: { min: 1, kinds: ['advice'] },
      timebox: { minutes: 15 },
      loopBack: { to: 'exploration', max: 1 },
      outputs: ['action-plan'],
    },
    evaluationPhase(
      {
        en: 'The introducer evaluates the process; others may add how it went for them.',
        nl: 'De inbrenger evalueert het proces; de anderen mogen aanvullen hoe het voor hen ging.',
        de: 'Der Fallerzähler bewertet den Ablauf; die anderen können ergänzen, wie es für sie war.',
      },
      5,
    ),
  ],
};
