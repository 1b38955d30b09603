import type { Scenario } from '../../scenario/types.js';
import { action, advance, answer, evaluate, noted, output, refused, say, start } from './steps.js';

/** Structured peer group supervision: questions in turn, assigned perspectives, a silent supervisee, a timed pause. */
export const structuredPeerGroupSupervisionScenario: Scenario = {
  methodId: 'structured-peer-group-supervision',
  title: {
    en: 'A counsellor stuck with a client who answers every question with “I don’t know”',
    nl: 'Een hulpverlener die vastloopt bij een cliënt die op elke vraag “weet ik niet” zegt',
    de: 'Ein Berater, der bei einem Klienten feststeckt, der auf jede Frage „weiß nicht“ sagt',
  },
  participants: [
    { id: 'gina', name: 'Gina', role: 'facilitator' },
    { id: 'hugo', name: 'Hugo', role: 'introducer' },
    { id: 'ivy', name: 'Ivy', role: 'peer' },
    { id: 'jack', name: 'Jack', role: 'peer' },
    { id: 'kai', name: 'Kai', role: 'peer' },
  ],
  steps: [
    start('gina'),
    say('hugo', 'narrative', {
      en: 'A 17-year-old client, sent by his school. For four sessions he has answered “I don’t know” to almost everything. I notice I talk more and more.',
      nl: 'Een cliënt van zeventien, gestuurd door zijn school. Al vier sessies antwoordt hij op bijna alles “weet ik niet”. Ik merk dat ik steeds meer praat.',
      de: 'Ein siebzehnjähriger Klient, von der Schule geschickt. Seit vier Sitzungen antwortet er auf fast alles „weiß nicht“. Ich merke, dass ich immer mehr rede.',
    }),
    refused(advance('gina'), 'output-missing', {
      en: 'First the supervisee states what help he wants.',
      nl: 'Eerst zegt de supervisant welke hulp hij wil.',
      de: 'Zuerst sagt der Supervisand, welche Hilfe er möchte.',
    }),
    output('hugo', 'key-question', {
      en: 'How can I make contact without pushing him?',
      nl: 'Hoe maak ik contact zonder hem te pushen?',
      de: 'Wie komme ich in Kontakt, ohne ihn zu drängen?',
    }),
    advance('gina'),
    say('ivy', 'question', {
      en: 'What does he do with his body when he says “I don’t know”?',
      nl: 'Wat doet hij met zijn lichaam als hij “weet ik niet” zegt?',
      de: 'Was macht er mit seinem Körper, wenn er „weiß nicht“ sagt?',
    }),
    answer('hugo', 'c-5', {
      en: 'He shrugs and looks at his phone.',
      nl: 'Hij haalt zijn schouders op en kijkt naar zijn telefoon.',
      de: 'Er zuckt mit den Schultern und schaut aufs Handy.',
    }),
    say('jack', 'question', { en: 'What does he talk about on his own?', nl: 'Waar praat hij uit zichzelf over?', de: 'Worüber spricht er von sich aus?' }),
    answer('hugo', 'c-7', { en: 'Only about his dog.', nl: 'Alleen over zijn hond.', de: 'Nur über seinen Hund.' }),
    say('kai', 'question', { en: 'Who wants these sessions most?', nl: 'Wie wil deze gesprekken het liefst?', de: 'Wer will diese Gespräche am meisten?' }),
    answer('hugo', 'c-9', { en: 'The school. And me.', nl: 'De school. En ik.', de: 'Die Schule. Und ich.' }),
    output('gina', 'problem-definition', {
      en: 'Focus: a client in a mandated setting, and Hugo working harder than the client.',
      nl: 'Focus: een cliënt in een gedwongen kader, en Hugo die harder werkt dan de cliënt.',
      de: 'Fokus: ein Klient in einem Zwangskontext, und Hugo arbeitet mehr als der Klient.',
    }),
    noted(advance('gina'), {
      en: 'Perspectives are assigned: Ivy the client, Jack the school, Kai a metaphor.',
      nl: 'De perspectieven worden verdeeld: Ivy de cliënt, Jack de school, Kai een metafoor.',
      de: 'Die Perspektiven werden verteilt: Ivy der Klient, Jack die Schule, Kai eine Metapher.',
    }),
    refused(
      say('hugo', 'identification', {
        en: 'As the client he would say he is fine.',
        nl: 'Als cliënt zou hij zeggen dat het goed gaat.',
        de: 'Als Klient würde er sagen, dass alles okay ist.',
      }),
      'introducer-away',
      {
        en: 'The supervisee is silent during the feedback and may only take notes.',
        nl: 'De supervisant zwijgt tijdens de feedback en mag alleen aantekeningen maken.',
        de: 'Der Supervisand schweigt während der Rückmeldung und darf nur mitschreiben.',
      },
    ),
    say('ivy', 'identification', {
      en: 'As the client, I think: every adult wants something from me; “I don’t know” keeps me safe.',
      nl: 'Als de cliënt denk ik: elke volwassene wil iets van me; “weet ik niet” houdt me veilig.',
      de: 'Als Klient denke ich: Jeder Erwachsene will etwas von mir; „weiß nicht“ hält mich sicher.',
    }),
    say('jack', 'identification', {
      en: 'As the school, I want a report that says we did something.',
      nl: 'Als de school wil ik een verslag waarin staat dat we iets gedaan hebben.',
      de: 'Als Schule will ich einen Bericht, in dem steht, dass wir etwas getan haben.',
    }),
    say('kai', 'perception', {
      en: 'A metaphor: two people pulling at one rope, and only one of them is holding it.',
      nl: 'Een metafoor: twee mensen die aan één touw trekken, en maar één van hen houdt het vast.',
      de: 'Eine Metapher: Zwei Menschen ziehen an einem Seil, und nur einer hält es fest.',
    }),
    advance('gina'),
    say('jack', 'advice', {
      en: 'If I were you, I might start the next session by talking about the dog.',
      nl: 'Als ik jou was, zou ik de volgende sessie misschien beginnen met de hond.',
      de: 'An deiner Stelle würde ich die nächste Sitzung vielleicht mit dem Hund beginnen.',
    }),
    say('kai', 'idea', {
      en: 'Say out loud that he did not choose to come.',
      nl: 'Benoem hardop dat hij er niet voor gekozen heeft om te komen.',
      de: 'Sprich laut aus, dass er sich nicht ausgesucht hat zu kommen.',
    }),
    advance('gina', { en: 'The pause begins.', nl: 'De pauze begint.', de: 'Die Pause beginnt.' }),
    refused(
      say('hugo', 'reflection', { en: 'I already know what I will do.', nl: 'Ik weet al wat ik ga doen.', de: 'Ich weiß schon, was ich tun werde.' }),
      'kind-not-allowed',
      { en: 'The pause is for silent reflection.', nl: 'De pauze is voor stille reflectie.', de: 'Die Pause ist für stilles Nachdenken.' },
    ),
    {
      wait: 10,
      note: {
        en: 'After ten minutes the session moves on to the response by itself.',
        nl: 'Na tien minuten gaat de sessie vanzelf door naar de reactie.',
        de: 'Nach zehn Minuten geht die Sitzung von selbst zur Antwort über.',
      },
    },
    say('hugo', 'reflection', {
      en: 'The rope image hit me: I am holding it alone. The dog is a way in. My needs were met.',
      nl: 'Het beeld van het touw raakte me: ik houd het alleen vast. De hond is een ingang. Mijn hulpvraag is beantwoord.',
      de: 'Das Bild vom Seil hat mich getroffen: Ich halte es allein. Der Hund ist ein Zugang. Mein Anliegen ist erfüllt.',
    }),
    action(
      'hugo',
      {
        en: 'Open the next session by naming that he did not choose to come',
        nl: 'De volgende sessie openen door te benoemen dat hij niet zelf koos om te komen',
        de: 'Die nächste Sitzung damit eröffnen, dass er sich das Kommen nicht ausgesucht hat',
      },
      '2026-02-12',
    ),
    advance('gina'),
    evaluate('hugo', 5),
    evaluate('gina', 4, {
      en: 'The perspectives gave more than the suggestions.',
      nl: 'De perspectieven leverden meer op dan de suggesties.',
      de: 'Die Perspektiven haben mehr gebracht als die Anregungen.',
    }),
    advance('gina'),
  ],
};
