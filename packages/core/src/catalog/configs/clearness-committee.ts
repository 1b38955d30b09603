import type { MethodConfig } from '../../method/schema.js';
import { facilitatorRole, introducerRole, peerRole, scribeRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

/** The clearness committee (Quaker practice, Parker Palmer): honest, open questions only; mirroring near the end. */
export const clearnessCommittee: MethodConfig = {
  id: 'clearness-committee',
  version: '1.0.0',
  name: { en: 'Clearness committee', nl: 'Clearness committee (helderheidskring)', de: 'Clearness Committee (Klärungskreis)' },
  summary: {
    en: 'A focus person briefly summarises an issue written up in advance; the committee asks only honest, open questions, with silence in between; near the end it mirrors back what it heard and saw. Never advice, opinion or fixing.',
    nl: 'Een focuspersoon vat kort een vooraf beschreven vraagstuk samen; de kring stelt alleen eerlijke, open vragen, met stilte ertussen; tegen het einde spiegelt de kring wat hij hoorde en zag. Nooit advies, mening of oplossingen.',
    de: 'Eine Fokusperson fasst ein vorab aufgeschriebenes Anliegen kurz zusammen; der Kreis stellt nur ehrliche, offene Fragen, mit Stille dazwischen; gegen Ende spiegelt er, was er gehört und gesehen hat. Nie Ratschläge, Meinungen oder Lösungen.',
  },
  description: {
    en: 'A real question is one whose answer the asker cannot anticipate. The focus person may pass on any question. Double confidentiality: never speak about it with others, and never raise it later with the focus person unless he or she does.',
    nl: 'Een echte vraag is een vraag waarvan de vrager het antwoord niet kan voorzien. De focuspersoon mag elke vraag laten passeren. Dubbele vertrouwelijkheid: er nooit met anderen over praten, en het later nooit zelf bij de focuspersoon aankaarten.',
    de: 'Eine echte Frage ist eine, deren Antwort die fragende Person nicht vorhersehen kann. Die Fokusperson darf jede Frage unbeantwortet lassen. Doppelte Vertraulichkeit: nie mit anderen darüber sprechen und es später nie von sich aus bei der Fokusperson ansprechen.',
  },
  sources: [
    { title: 'Palmer, The Clearness Committee', url: 'https://docest.com/doc/259169/the-clearness-committee' },
    { title: 'Work That Reconnects, Clearness committee', url: 'https://workthatreconnects.org/resource/clearness-committee/' },
    {
      title: 'Clearness committees (strict form: no follow-up questions)',
      url: 'https://ru.scribd.com/document/253769810/Clearness-Committees',
      note: 'two-hour session; summary and closing minutes are typical values',
    },
  ],
  catalog: {
    groupSize: { min: 5, max: 8 },
    minutesPerCase: { min: 90, max: 180 },
    adviceAllowed: false,
    introducerPosition: 'present',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['no-advice', 'open-questions', 'silence', 'confidentiality', 'quaker'],
  },
  roles: [
    { ...introducerRole, name: { en: 'Focus person', nl: 'Focuspersoon', de: 'Fokusperson' } },
    {
      ...facilitatorRole,
      name: { en: 'Clerk', nl: 'Voorzitter', de: 'Sitzungsleitung' },
      description: {
        en: 'Guards the silence and the rules; may stop questions that are not open and honest.',
        nl: 'Bewaakt de stilte en de regels; mag vragen stoppen die niet open en eerlijk zijn.',
        de: 'Schützt die Stille und die Regeln; darf Fragen stoppen, die nicht offen und ehrlich sind.',
      },
    },
    { ...peerRole, name: { en: 'Committee member', nl: 'Kringlid', de: 'Kreismitglied' } },
    {
      ...scribeRole,
      name: { en: 'Recorder', nl: 'Notulist', de: 'Protokollant' },
      description: {
        en: 'Notes the questions and answers and gives the notes to the focus person.',
        nl: 'Noteert vragen en antwoorden en geeft de aantekeningen aan de focuspersoon.',
        de: 'Notiert Fragen und Antworten und gibt die Notizen der Fokusperson.',
      },
    },
  ],
  phases: [
    {
      id: 'summary',
      kind: 'narrative',
      name: { en: 'The focus person’s summary', nl: 'Samenvatting door de focuspersoon', de: 'Zusammenfassung der Fokusperson' },
      instructions: {
        en: 'The focus person has written up the issue in advance and now summarises it briefly. The committee listens in silence.',
        nl: 'De focuspersoon heeft het vraagstuk vooraf beschreven en vat het nu kort samen. De kring luistert in stilte.',
        de: 'Die Fokusperson hat ihr Anliegen vorab aufgeschrieben und fasst es jetzt kurz zusammen. Der Kreis hört schweigend zu.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 10 },
    },
    {
      id: 'questions',
      kind: 'clarification',
      name: { en: 'Honest, open questions', nl: 'Eerlijke, open vragen', de: 'Ehrliche, offene Fragen' },
      instructions: {
        en: 'Ask only honest, open questions whose answers you cannot anticipate; leave silence between questions and do not ask twice in a row. No advice, no opinion, no “Have you tried …?”. The focus person answers or passes; the recorder takes notes.',
        nl: 'Stel alleen eerlijke, open vragen waarvan je het antwoord niet kunt voorzien; laat stilte tussen de vragen en vraag niet twee keer achter elkaar. Geen advies, geen mening, geen “Heb je al eens geprobeerd …?”. De focuspersoon antwoordt of laat de vraag passeren; de notulist noteert.',
        de: 'Stellt nur ehrliche, offene Fragen, deren Antwort ihr nicht vorhersehen könnt; lasst Stille zwischen den Fragen und fragt nicht zweimal hintereinander. Keine Ratschläge, keine Meinungen, kein „Hast du schon mal versucht …?“. Die Fokusperson antwortet oder lässt die Frage stehen; der Protokollant notiert.',
      },
      speakers: ['peer', 'facilitator', 'scribe', 'introducer'],
      contributionKinds: ['question', 'answer', 'note'],
      turnPolicy: 'one-per-turn',
      timebox: { minutes: 75 },
      rules: questionRules('block', false),
    },
    {
      id: 'mirroring',
      kind: 'mirroring',
      name: { en: 'Mirroring', nl: 'Spiegelen', de: 'Spiegeln' },
      instructions: {
        en: 'About fifteen minutes before the end, if the focus person wishes, members mirror back what they heard and saw — words, gestures, energy. Still no advice and no opinion.',
        nl: 'Ongeveer een kwartier voor het einde spiegelen de kringleden, als de focuspersoon dat wil, wat ze hoorden en zagen — woorden, gebaren, energie. Nog steeds geen advies en geen mening.',
        de: 'Etwa eine Viertelstunde vor dem Ende spiegeln die Mitglieder, wenn die Fokusperson es wünscht, was sie gehört und gesehen haben – Worte, Gesten, Energie. Weiterhin keine Ratschläge und keine Meinungen.',
      },
      speakers: ['peer', 'facilitator'],
      contributionKinds: ['reflect-back', 'perception'],
      timebox: { minutes: 15 },
      rules: { 'no-advice': 'block' },
    },
    {
      id: 'closing',
      kind: 'closing',
      name: { en: 'Closing', nl: 'Afsluiting', de: 'Abschluss' },
      instructions: {
        en: 'The focus person says what has become clearer. Members may express appreciation. The clerk recalls double confidentiality; the recorder hands over the notes.',
        nl: 'De focuspersoon zegt wat helderder is geworden. Kringleden mogen waardering uitspreken. De voorzitter herinnert aan de dubbele vertrouwelijkheid; de notulist geeft de aantekeningen.',
        de: 'Die Fokusperson sagt, was klarer geworden ist. Die Mitglieder dürfen Wertschätzung ausdrücken. Die Sitzungsleitung erinnert an die doppelte Vertraulichkeit; der Protokollant übergibt die Notizen.',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['reflection', 'appreciation'],
      timebox: { minutes: 10 },
      rules: { 'no-advice': 'block' },
    },
  ],
};
