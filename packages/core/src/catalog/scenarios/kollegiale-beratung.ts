import type { Scenario } from '../../scenario/types.js';
import { advance, answer, choose, noted, output, propose, refused, say, start } from './steps.js';

/** Tietze's Kollegiale Beratung: no key question at first, so the group finds one; then the hypotheses module. */
export const kollegialeBeratungScenario: Scenario = {
  methodId: 'kollegiale-beratung',
  title: {
    en: 'A teacher and a father who disputes every grade',
    nl: 'Een docent en een vader die elk cijfer aanvecht',
    de: 'Eine Lehrerin und ein Vater, der jede Note anficht',
  },
  participants: [
    { id: 'moritz', name: 'Moritz', role: 'facilitator' },
    { id: 'anja', name: 'Anja', role: 'peer' },
    { id: 'ben', name: 'Ben', role: 'peer' },
    { id: 'clara', name: 'Clara', role: ['peer', 'scribe'] },
    { id: 'david', name: 'David', role: 'peer' },
    { id: 'emil', name: 'Emil', role: 'observer' },
  ],
  steps: [
    start('moritz'),
    propose('anja', {
      en: 'A father disputes every grade I give his son.',
      nl: 'Een vader vecht elk cijfer aan dat ik zijn zoon geef.',
      de: 'Ein Vater ficht jede Note an, die ich seinem Sohn gebe.',
    }),
    propose('ben', {
      en: 'My new colleague never joins the team lunch.',
      nl: 'Mijn nieuwe collega schuift nooit aan bij de teamlunch.',
      de: 'Mein neuer Kollege kommt nie zum Teamessen.',
    }),
    noted(choose('moritz', 't-2'), {
      en: 'Casting: Anja becomes the case narrator, Clara the secretary.',
      nl: 'Rolverdeling: Anja wordt inbrenger, Clara notulist.',
      de: 'Casting: Anja wird Fallerzählerin, Clara Sekretärin.',
    }),
    advance('moritz'),
    say('anja', 'narrative', {
      en: 'Since September the father emails after every test. Last week he came to school unannounced and said I was biased against his son.',
      nl: 'Sinds september mailt de vader na elke toets. Vorige week kwam hij onaangekondigd naar school en zei dat ik bevooroordeeld ben tegenover zijn zoon.',
      de: 'Seit September schreibt der Vater nach jeder Klassenarbeit eine Mail. Letzte Woche kam er unangemeldet in die Schule und sagte, ich sei gegen seinen Sohn voreingenommen.',
    }),
    say('moritz', 'question', {
      en: 'What exactly did the father say at school?',
      nl: 'Wat zei de vader precies op school?',
      de: 'Was genau hat der Vater in der Schule gesagt?',
    }),
    answer('anja', 'c-7', {
      en: 'That other teachers give his son higher grades.',
      nl: 'Dat andere docenten zijn zoon hogere cijfers geven.',
      de: 'Dass andere Lehrkräfte seinem Sohn bessere Noten geben.',
    }),
    refused(
      say('ben', 'question', { en: 'Why did you not call him back?', nl: 'Waarom heb je hem niet teruggebeld?', de: 'Warum hast du ihn nicht zurückgerufen?' }),
      'rule-violation',
      {
        en: 'Tietze: why-questions put the narrator on the defensive and are blocked.',
        nl: 'Tietze: waaromvragen zetten de inbrenger in de verdediging en worden tegengehouden.',
        de: 'Tietze: Warum-Fragen drängen die Fallerzählerin in die Verteidigung und werden aufgehalten.',
      },
    ),
    say('ben', 'question', {
      en: 'How did the conversation at school end?',
      nl: 'Hoe eindigde het gesprek op school?',
      de: 'Wie endete das Gespräch in der Schule?',
    }),
    answer('anja', 'c-10', {
      en: 'He left angry; I felt shaky for the rest of the day.',
      nl: 'Hij ging boos weg; ik was de rest van de dag van slag.',
      de: 'Er ging wütend; ich war den Rest des Tages durcheinander.',
    }),
    advance('moritz'),
    say('anja', 'statement', {
      en: 'I honestly do not know what I want to ask.',
      nl: 'Ik weet eerlijk gezegd niet wat ik wil vragen.',
      de: 'Ich weiß ehrlich gesagt nicht, was ich fragen möchte.',
    }),
    noted(advance('moritz'), {
      en: 'No key question: the group runs the “find the key question” step.',
      nl: 'Geen kernvraag: de groep doet de stap “de kernvraag vinden”.',
      de: 'Keine Schlüsselfrage: Die Gruppe macht den Schritt „Schlüsselfrage (er-)finden“.',
    }),
    say('ben', 'idea', {
      en: 'How can I keep my grading independent and still stay in contact with the father?',
      nl: 'Hoe blijf ik onafhankelijk in mijn beoordeling en toch in contact met de vader?',
      de: 'Wie bleibe ich in meiner Bewertung unabhängig und trotzdem mit dem Vater im Kontakt?',
    }),
    say('david', 'idea', {
      en: 'How do I protect myself from unannounced visits?',
      nl: 'Hoe bescherm ik mezelf tegen onaangekondigde bezoeken?',
      de: 'Wie schütze ich mich vor unangemeldeten Besuchen?',
    }),
    refused(advance('moritz'), 'output-missing', {
      en: 'Without a key question there is no consultation.',
      nl: 'Zonder kernvraag geen consultatie.',
      de: 'Ohne Schlüsselfrage keine Beratung.',
    }),
    noted(
      { send: { type: 'repeat', by: 'moritz', phase: 'key-question' } },
      {
        en: 'Loop back: with the candidates in mind, Anja formulates her own key question.',
        nl: 'Terug naar de kernvraag: met de kandidaten in gedachten formuleert Anja haar eigen kernvraag.',
        de: 'Zurück zur Schlüsselfrage: Mit den Vorschlägen im Kopf formuliert Anja ihre eigene.',
      },
    ),
    output('anja', 'key-question', {
      en: 'How can I keep my grading independent and still stay in contact with the father?',
      nl: 'Hoe blijf ik onafhankelijk in mijn beoordeling en toch in contact met de vader?',
      de: 'Wie bleibe ich in meiner Bewertung unabhängig und trotzdem mit dem Vater im Kontakt?',
    }),
    noted(advance('moritz'), {
      en: 'There is a key question now, so “find the key question” is skipped.',
      nl: 'Er is nu een kernvraag, dus “de kernvraag vinden” wordt overgeslagen.',
      de: 'Jetzt gibt es eine Schlüsselfrage, also wird „Schlüsselfrage (er-)finden“ übersprungen.',
    }),
    refused(advance('moritz'), 'module-not-chosen', {
      en: 'First choose a consultation module.',
      nl: 'Kies eerst een werkvorm.',
      de: 'Zuerst einen Methodenbaustein wählen.',
    }),
    noted(
      { send: { type: 'choose-module', by: 'moritz', module: 'hypotheses' } },
      {
        en: 'The moderator chooses the hypotheses module; only its phase will run.',
        nl: 'De gespreksleider kiest de werkvorm hypothesen; alleen die fase volgt.',
        de: 'Der Moderator wählt den Baustein Hypothesen; nur dessen Phase folgt.',
      },
    ),
    refused(
      say('anja', 'hypothesis', {
        en: 'Maybe he is just worried.',
        nl: 'Misschien maakt hij zich gewoon zorgen.',
        de: 'Vielleicht macht er sich einfach Sorgen.',
      }),
      'introducer-away',
      {
        en: 'During the consultation the case narrator only listens.',
        nl: 'Tijdens de consultatie luistert de inbrenger alleen.',
        de: 'Während der Beratung hört die Fallerzählerin nur zu.',
      },
    ),
    say('ben', 'hypothesis', {
      en: 'Perhaps the father is fighting his own school memories.',
      nl: 'Misschien vecht de vader tegen zijn eigen schoolherinneringen.',
      de: 'Vielleicht kämpft der Vater mit seinen eigenen Schulerinnerungen.',
    }),
    refused(
      say('ben', 'hypothesis', {
        en: 'Or the son is under great pressure at home.',
        nl: 'Of de zoon staat thuis onder grote druk.',
        de: 'Oder der Sohn steht zu Hause unter großem Druck.',
      }),
      'not-your-turn',
      {
        en: 'One contribution per turn: not twice in a row.',
        nl: 'Eén bijdrage per beurt: niet twee keer achter elkaar.',
        de: 'Ein Beitrag pro Runde: nicht zweimal hintereinander.',
      },
    ),
    say('clara', 'note', {
      en: 'Hypothesis 1: the father’s own school memories.',
      nl: 'Hypothese 1: de eigen schoolherinneringen van de vader.',
      de: 'Hypothese 1: die eigenen Schulerinnerungen des Vaters.',
    }),
    say('david', 'hypothesis', {
      en: 'Perhaps grades are the only part of school the father can see.',
      nl: 'Misschien zijn cijfers het enige van school dat de vader kan zien.',
      de: 'Vielleicht sind Noten das Einzige von der Schule, was der Vater sehen kann.',
    }),
    advance('moritz'),
    say('anja', 'reflection', {
      en: 'Helpful: the idea that grades are all he sees. I will show him his son’s work, not just the numbers.',
      nl: 'Behulpzaam: het idee dat cijfers alles zijn wat hij ziet. Ik ga hem het werk van zijn zoon laten zien, niet alleen de cijfers.',
      de: 'Hilfreich: der Gedanke, dass er nur Noten sieht. Ich zeige ihm die Arbeiten seines Sohnes, nicht nur die Zahlen.',
    }),
    say('emil', 'perception', {
      en: 'Process: the key question took time, and it paid off.',
      nl: 'Proces: de kernvraag kostte tijd, en dat loonde.',
      de: 'Ablauf: Die Schlüsselfrage hat Zeit gekostet, und das hat sich gelohnt.',
    }),
    advance('moritz'),
  ],
};
