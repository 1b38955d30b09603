import type { MethodConfig } from '../../method/schema.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

/** An action learning set (Revans): report back on last time's actions, questions not advice, a new commitment. */
export const actionLearning: MethodConfig = {
  id: 'action-learning',
  version: '1.0.0',
  name: { en: 'Action learning set', nl: 'Actieleren (action learning set)', de: 'Action Learning Set' },
  summary: {
    en: 'The set opens with earlier presenters reporting back on the actions they committed to. Then one presenter outlines an issue, the set asks clarifying and then reflective questions — not advice — and the presenter commits to at least one action, to report on next time.',
    nl: 'De set begint met eerdere inbrengers die verslag doen van de acties die ze hadden toegezegd. Daarna schetst één inbrenger een vraagstuk, stelt de set eerst verhelderende en dan reflectieve vragen — geen adviezen — en verbindt de inbrenger zich aan minstens één actie, waarover hij of zij de volgende keer vertelt.',
    de: 'Das Set beginnt damit, dass frühere Fallgeber berichten, was aus ihren zugesagten Schritten geworden ist. Dann schildert eine Person ein Anliegen, das Set stellt erst klärende, dann reflektierende Fragen – keine Ratschläge – und die Person verpflichtet sich zu mindestens einem Schritt, über den sie beim nächsten Mal berichtet.',
  },
  description: {
    en: 'L = P + Q: learning is programmed knowledge plus questioning insight. The facilitator may stop the set to point out advice packaged as a question. An optional resources round is not modelled.',
    nl: 'L = P + Q: leren is aangeleerde kennis plus vragend inzicht. De begeleider mag de set stilleggen om advies in vraagvorm aan te wijzen. Een optionele ronde met hulpbronnen is niet opgenomen.',
    de: 'L = P + Q: Lernen ist programmiertes Wissen plus fragende Einsicht. Die Begleitung darf das Set anhalten, um als Frage verpackte Ratschläge aufzuzeigen. Eine optionale Ressourcenrunde ist nicht abgebildet.',
  },
  sources: [
    { title: 'Norris, Action learning', url: 'https://www.graham-norris.com/post/action-learning' },
    { title: 'Action learning meeting flow (report back at check-in)', url: 'https://studymode.com/essays/Action-Learning-46247943.html' },
    {
      title: 'Action learning FAQ (airtime 30–40 minutes)',
      url: 'http://www.personal-coaching-information.com/action-learning-frequently-asked-questions.html',
    },
    {
      title: 'Starting an action learning group',
      url: 'https://inboundchurch.org/2012/12/12/starting-an-al-group/',
      note: 'commit to at least one action and report next time; report-back and review minutes are typical values',
    },
  ],
  catalog: {
    groupSize: { min: 4, max: 8 },
    minutesPerCase: { min: 30, max: 60 },
    adviceAllowed: false,
    introducerPosition: 'present',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['report-back', 'follow-up', 'questions', 'actions'],
  },
  roles: [
    {
      ...introducerRole,
      name: { en: 'Presenter', nl: 'Inbrenger', de: 'Fallgeber' },
      description: {
        en: 'Holds the issue and keeps ownership of it.',
        nl: 'Is eigenaar van het vraagstuk en blijft dat.',
        de: 'Ist und bleibt Eigentümer des Anliegens.',
      },
    },
    {
      ...facilitatorRole,
      name: { en: 'Set adviser', nl: 'Setbegeleider', de: 'Set-Begleiter' },
      description: {
        en: 'Keeps time, ground rules and confidentiality; points out advice disguised as questions.',
        nl: 'Bewaakt tijd, spelregels en vertrouwelijkheid; wijst op advies in vraagvorm.',
        de: 'Achtet auf Zeit, Regeln und Vertraulichkeit; weist auf als Fragen verpackte Ratschläge hin.',
      },
    },
    { ...peerRole, name: { en: 'Set member', nl: 'Setlid', de: 'Set-Mitglied' } },
  ],
  phases: [
    {
      id: 'report-back',
      kind: 'report-back',
      name: { en: 'Check-in and report-back', nl: 'Check-in en terugkoppeling', de: 'Ankommen und Bericht' },
      instructions: {
        en: 'Recap the ground rules. Earlier presenters report on each action they committed to: done, not done, or changed — and what they learned.',
        nl: 'Herhaal de spelregels. Eerdere inbrengers vertellen over elke actie die ze hadden toegezegd: gedaan, niet gedaan of veranderd — en wat ze ervan leerden.',
        de: 'Erinnert an die Regeln. Frühere Fallgeber berichten zu jedem zugesagten Schritt: erledigt, nicht erledigt oder geändert – und was sie daraus gelernt haben.',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['check-in', 'reflection'],
      timebox: { minutes: 10 },
      outputs: ['report-back'],
      requires: ['report-back'],
    },
    {
      id: 'presentation',
      kind: 'narrative',
      name: { en: 'The issue', nl: 'Het vraagstuk', de: 'Das Anliegen' },
      instructions: {
        en: 'The presenter outlines the issue without interruption.',
        nl: 'De inbrenger schetst het vraagstuk zonder onderbreking.',
        de: 'Der Fallgeber schildert sein Anliegen ohne Unterbrechung.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 5 },
    },
    {
      id: 'clarifying-questions',
      kind: 'clarification',
      name: { en: 'Clarifying questions', nl: 'Verhelderende vragen', de: 'Klärende Fragen' },
      instructions: {
        en: 'In a fixed order, set members ask one clarifying question each turn; the presenter answers only what he or she is comfortable with. Questions, not advice.',
        nl: 'In een vaste volgorde stellen de setleden elk één verhelderende vraag per beurt; de inbrenger beantwoordt alleen wat goed voelt. Vragen, geen adviezen.',
        de: 'In fester Reihenfolge stellen die Set-Mitglieder pro Runde je eine klärende Frage; der Fallgeber beantwortet nur, was für ihn stimmig ist. Fragen, keine Ratschläge.',
      },
      speakers: ['peer', 'introducer'],
      contributionKinds: ['question', 'answer'],
      turnPolicy: 'round-robin',
      turnRoles: ['peer'],
      timebox: { minutes: 10 },
      rules: questionRules('warn', true),
    },
    {
      id: 'reflective-questions',
      kind: 'analysis',
      name: { en: 'Questions that help the presenter think', nl: 'Vragen die de inbrenger aan het denken zetten', de: 'Fragen, die zum Nachdenken bringen' },
      instructions: {
        en: 'Reflective, analytical and future-action questions that help the presenter think. The set adviser stops the set when advice is packaged as a question.',
        nl: 'Reflecterende, analyserende en op toekomstig handelen gerichte vragen die de inbrenger helpen denken. De setbegeleider legt de set stil als er advies in vraagvorm komt.',
        de: 'Reflektierende, analysierende und auf künftiges Handeln gerichtete Fragen, die dem Fallgeber beim Denken helfen. Der Set-Begleiter hält an, wenn ein Ratschlag als Frage verpackt wird.',
      },
      speakers: ['peer', 'introducer', 'facilitator'],
      contributionKinds: ['question', 'answer'],
      timebox: { minutes: 15 },
      rules: questionRules('warn', true),
    },
    {
      id: 'summary',
      kind: 'reflection',
      name: { en: 'Summary', nl: 'Samenvatting', de: 'Zusammenfassung' },
      instructions: {
        en: 'The presenter summarises what has become clearer.',
        nl: 'De inbrenger vat samen wat duidelijker is geworden.',
        de: 'Der Fallgeber fasst zusammen, was klarer geworden ist.',
      },
      speakers: ['introducer'],
      contributionKinds: ['summary', 'reflection'],
      timebox: { minutes: 2 },
    },
    {
      id: 'actions',
      kind: 'action-plan',
      name: { en: 'Action commitment', nl: 'Actie toezeggen', de: 'Schritte zusagen' },
      instructions: {
        en: 'The presenter commits to at least one action step, with an owner and a date, and will report on it at the next meeting.',
        nl: 'De inbrenger verbindt zich aan minstens één actie, met eigenaar en datum, en vertelt er de volgende bijeenkomst over.',
        de: 'Der Fallgeber sagt mindestens einen Schritt zu, mit Verantwortlichem und Datum, und berichtet beim nächsten Treffen darüber.',
      },
      speakers: ['introducer'],
      contributionKinds: ['action', 'statement'],
      timebox: { minutes: 3 },
      outputs: ['action-plan'],
      requires: ['action-plan'],
    },
    {
      id: 'review',
      kind: 'evaluation',
      name: { en: 'Review', nl: 'Terugblik', de: 'Rückblick' },
      instructions: {
        en: 'Review the process: how well did we ask instead of advise?',
        nl: 'Blik terug op het proces: hoe goed lukte het om te vragen in plaats van te adviseren?',
        de: 'Schaut auf den Ablauf zurück: Wie gut ist es gelungen, zu fragen statt zu raten?',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['evaluation'],
      timebox: { minutes: 5 },
      outputs: ['evaluation'],
    },
  ],
};
