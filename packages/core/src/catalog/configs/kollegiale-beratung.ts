import type { MethodConfig } from '../../method/schema.js';
import { tietzeModules } from './kollegiale-beratung-modules.js';
import { facilitatorRole, introducerRole, observerRole, peerRole, scribeRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

/** Kollegiale Beratung after Kim-Oliver Tietze: six phases, a key question, and a choice of consultation module. */
export const kollegialeBeratung: MethodConfig = {
  id: 'kollegiale-beratung',
  version: '1.0.0',
  name: { en: 'Collegial counselling (Tietze)', nl: 'Collegiale consultatie (Tietze)', de: 'Kollegiale Beratung (Tietze)' },
  summary: {
    en: 'Casting, a spontaneous narrative, the case narrator’s key question (found with the group if it does not come), a choice of consultation module, the consultation with a scribe while the narrator only listens, and the narrator’s closing statement.',
    nl: 'Rolverdeling, een spontaan verhaal, de kernvraag van de inbrenger (samen met de groep gezocht als die niet komt), de keuze van een werkvorm, de consultatie met een notulist terwijl de inbrenger alleen luistert, en het slotwoord van de inbrenger.',
    de: 'Casting, Spontanerzählung, die Schlüsselfrage des Fallerzählers (gemeinsam gefunden, wenn sie nicht kommt), die Methodenwahl, die Beratung mit Sekretär, während der Fallerzähler nur zuhört, und der Abschluss durch den Fallerzähler.',
  },
  description: {
    en: 'Information questions must not contain solutions, judgements or interpretations; why-questions are disturbing. The consultation modules shown are six of Tietze’s about twenty.',
    nl: 'Informatievragen bevatten geen oplossingen, oordelen of interpretaties; waaromvragen storen. De zes werkvormen zijn een keuze uit de ongeveer twintig van Tietze.',
    de: 'Informationsfragen enthalten keine Lösungsvorschläge, Bewertungen oder Deutungen; Warum-Fragen stören. Die sechs Methodenbausteine sind eine Auswahl aus Tietzes rund zwanzig.',
  },
  sources: [
    {
      title: 'Tietze, Kollegiale Beratung – Problemlösungen gemeinsam entwickeln (Rowohlt)',
      url: 'https://kollegiale-beratung.de/ablauf-und-methodik-von-kollegialer-beratung-in-sechs-phasen.html',
    },
    { title: 'Kollegiale Beratung: Schlüsselfrage (er-)finden', url: 'http://www.kollegiale-beratung.de/Ebene4/frageerf.html' },
    { title: 'Kollegiale Beratung: Methodenwahl', url: 'http://kollegiale-beratung.de/Ebene3/4methowa.html' },
    {
      title: 'Wengelski-Strock, Kollegiale Beratung (question rules)',
      url: 'https://wengelski-strock.de/2021/06/07/kollegiale-beratung-eine-gute-ergaenzung-zur-supervision-4-7/',
      note: 'casting, key question, method choice and closing minutes are typical values (unverified)',
    },
  ],
  catalog: {
    groupSize: { min: 5, max: 10 },
    minutesPerCase: { min: 45, max: 50 },
    adviceAllowed: true,
    introducerPosition: 'silent',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['key-question', 'modules', 'german', 'scribe'],
  },
  roles: [
    { ...introducerRole, name: { en: 'Case narrator', nl: 'Inbrenger', de: 'Fallerzähler' } },
    { ...facilitatorRole, name: { en: 'Moderator', nl: 'Gespreksleider', de: 'Moderator' } },
    { ...peerRole, name: { en: 'Consultant', nl: 'Consultant', de: 'Berater' }, min: 3 },
    {
      ...scribeRole,
      name: { en: 'Secretary', nl: 'Notulist', de: 'Sekretär' },
      description: {
        en: 'A consultant who also writes down every idea.',
        nl: 'Een consultant die ook elk idee opschrijft.',
        de: 'Ein Berater, der zusätzlich alle Ideen aufschreibt.',
      },
    },
    { ...observerRole, name: { en: 'Process observer', nl: 'Procesobservator', de: 'Prozessbeobachter' }, max: 1 },
  ],
  phases: [
    {
      id: 'casting',
      kind: 'casting',
      name: { en: 'Casting', nl: 'Rolverdeling', de: 'Casting' },
      instructions: {
        en: 'First the moderator is chosen; then pitch your cases and choose the case narrator. One consultant becomes the secretary. Roles stay fixed for the whole run.',
        nl: 'Eerst wordt de gespreksleider gekozen; noem dan je casussen en kies de inbrenger. Eén consultant wordt notulist. De rollen blijven de hele ronde gelijk.',
        de: 'Zuerst wird der Moderator bestimmt; dann stellt ihr eure Fälle kurz vor und wählt den Fallerzähler. Ein Berater wird Sekretär. Die Rollen bleiben für den ganzen Durchgang gleich.',
      },
      speakers: ['peer', 'facilitator'],
      contributionKinds: ['statement'],
      timebox: { minutes: 5 },
      outputs: ['topic'],
      requires: ['topic'],
    },
    {
      id: 'narrative',
      kind: 'narrative',
      name: { en: 'Spontaneous narrative', nl: 'Spontaan verhaal', de: 'Spontanerzählung' },
      instructions: {
        en: 'The case narrator tells the case unprepared, from his or her own point of view. The moderator asks clarifying questions; consultants hold back and at the end may ask two comprehension questions each. No why-questions, no hidden solutions.',
        nl: 'De inbrenger vertelt de casus onvoorbereid, vanuit het eigen perspectief. De gespreksleider stelt verhelderende vragen; de consultants houden zich in en mogen aan het eind elk twee begripsvragen stellen. Geen waaromvragen, geen verborgen oplossingen.',
        de: 'Der Fallerzähler erzählt den Fall unvorbereitet aus seiner Sicht. Der Moderator stellt klärende Fragen; die Berater halten sich zurück und dürfen am Ende je zwei Verständnisfragen stellen. Keine Warum-Fragen, keine versteckten Lösungen.',
      },
      speakers: ['introducer', 'facilitator', 'peer'],
      contributionKinds: ['narrative', 'question', 'answer', 'summary'],
      quota: { max: 2, kinds: ['question'] },
      timebox: { minutes: 10 },
      rules: questionRules('block', false),
    },
    {
      id: 'key-question',
      kind: 'key-question',
      name: { en: 'Key question', nl: 'Kernvraag', de: 'Schlüsselfrage' },
      instructions: {
        en: 'The case narrator formulates the key question: what he or she wants from this consultation. The moderator helps. If no key question comes, move on to finding one together.',
        nl: 'De inbrenger formuleert de kernvraag: wat hij of zij met deze consultatie wil. De gespreksleider helpt. Komt er geen kernvraag, ga dan verder en zoek er samen een.',
        de: 'Der Fallerzähler formuliert die Schlüsselfrage: was er sich von dieser Beratung wünscht. Der Moderator unterstützt. Kommt keine Schlüsselfrage, geht weiter und findet sie gemeinsam.',
      },
      speakers: ['introducer', 'facilitator'],
      contributionKinds: ['statement', 'question', 'answer'],
      timebox: { minutes: 5 },
      outputs: ['key-question'],
      rules: { 'sphere-of-influence': 'warn' },
    },
    {
      id: 'find-key-question',
      kind: 'key-question',
      name: { en: 'Finding the key question', nl: 'De kernvraag vinden', de: 'Schlüsselfrage (er-)finden' },
      instructions: {
        en: 'Only when there is no key question yet. For five minutes consultants brainstorm candidate key questions; the case narrator picks one, or goes back to formulate his or her own.',
        nl: 'Alleen als er nog geen kernvraag is. Vijf minuten lang bedenken de consultants mogelijke kernvragen; de inbrenger kiest er één, of gaat terug om er zelf een te formuleren.',
        de: 'Nur, wenn es noch keine Schlüsselfrage gibt. Fünf Minuten lang sammeln die Berater mögliche Schlüsselfragen; der Fallerzähler wählt eine aus oder geht zurück und formuliert selbst eine.',
      },
      speakers: ['peer', 'scribe', 'introducer', 'facilitator'],
      contributionKinds: ['idea', 'note'],
      timebox: { minutes: 5 },
      when: { outputMissing: 'key-question' },
      loopBack: { to: 'key-question', max: 2 },
      outputs: ['key-question'],
      requires: ['key-question'],
      rules: { 'sphere-of-influence': 'warn' },
    },
    {
      id: 'method-choice',
      kind: 'choice',
      name: { en: 'Choice of method', nl: 'Keuze van de werkvorm', de: 'Methodenwahl' },
      instructions: {
        en: 'Anyone may propose a consultation module; the moderator decides in agreement with everyone and explains how it works.',
        nl: 'Iedereen mag een werkvorm voorstellen; de gespreksleider beslist in overleg met iedereen en legt uit hoe die werkt.',
        de: 'Alle dürfen einen Methodenbaustein vorschlagen; der Moderator entscheidet im Einvernehmen mit allen und erklärt den Ablauf.',
      },
      timebox: { minutes: 5 },
      modules: tietzeModules,
    },
    {
      id: 'closing',
      kind: 'closing',
      name: { en: 'Closing statement', nl: 'Slotwoord', de: 'Abschluss' },
      instructions: {
        en: 'The case narrator says what was helpful and what he or she takes away. No discussion. The process observer, if there is one, gives feedback on the process.',
        nl: 'De inbrenger zegt wat hielp en wat hij of zij meeneemt. Geen discussie. De procesobservator, als die er is, geeft feedback op het proces.',
        de: 'Der Fallerzähler sagt, was hilfreich war und was er mitnimmt. Keine Diskussion. Ein Prozessbeobachter, falls vorhanden, gibt eine Rückmeldung zum Ablauf.',
      },
      speakers: ['introducer', 'facilitator', 'observer'],
      contributionKinds: ['reflection', 'appreciation', 'perception'],
      timebox: { minutes: 5 },
    },
  ],
};
