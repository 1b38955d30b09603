import type { Scenario } from '../../scenario/types.js';
import { action, advance, answer, choose, evaluate, output, propose, refused, say, start } from './steps.js';

/** Empathic Intervision: an intention-setting check-in in turn, reflect back before asking, perspectives, co-created action. */
export const empathicIntervisionScenario: Scenario = {
  methodId: 'empathic-intervision',
  title: {
    en: 'A nurse in a cancer-support team who feels she has nothing left to give',
    nl: 'Een verpleegkundige in een team voor kankerzorg die het gevoel heeft niets meer te kunnen geven',
    de: 'Eine Pflegekraft in einem Team der Krebsbegleitung, die das Gefühl hat, nichts mehr geben zu können',
  },
  participants: [
    { id: 'lea', name: 'Lea', role: 'facilitator' },
    { id: 'mo', name: 'Mo', role: 'peer' },
    { id: 'nadia', name: 'Nadia', role: 'peer' },
    { id: 'oscar', name: 'Oscar', role: 'peer' },
    { id: 'pia', name: 'Pia', role: 'peer' },
  ],
  steps: [
    start('lea'),
    refused(say('mo', 'check-in', { en: 'I am tired.', nl: 'Ik ben moe.', de: 'Ich bin müde.' }), 'not-your-turn', {
      en: 'The check-in goes round in turn, starting with Lea.',
      nl: 'De check-in gaat om de beurt, te beginnen bij Lea.',
      de: 'Der Check-in geht reihum, beginnend bei Lea.',
    }),
    say('lea', 'check-in', {
      en: 'I notice I am still busy with my last meeting. My intention: to be here. Everything said stays in this room.',
      nl: 'Ik merk dat ik nog bezig ben met mijn vorige overleg. Mijn intentie: hier zijn. Alles wat gezegd wordt, blijft in deze kamer.',
      de: 'Ich merke, dass ich noch mit meiner letzten Besprechung beschäftigt bin. Meine Absicht: hier sein. Alles, was gesagt wird, bleibt in diesem Raum.',
    }),
    say('mo', 'check-in', {
      en: 'I am tired and a little restless. I want to listen more than I talk today.',
      nl: 'Ik ben moe en een beetje onrustig. Ik wil vandaag meer luisteren dan praten.',
      de: 'Ich bin müde und etwas unruhig. Ich möchte heute mehr zuhören als reden.',
    }),
    say('nadia', 'feeling', {
      en: 'Heavy. I hope to understand why I feel so empty lately.',
      nl: 'Zwaar. Ik hoop te begrijpen waarom ik me de laatste tijd zo leeg voel.',
      de: 'Schwer. Ich hoffe zu verstehen, warum ich mich in letzter Zeit so leer fühle.',
    }),
    say('oscar', 'check-in', {
      en: 'Curious and calm. My intention: to stay with what is said.',
      nl: 'Nieuwsgierig en rustig. Mijn intentie: blijven bij wat er gezegd wordt.',
      de: 'Neugierig und ruhig. Meine Absicht: bei dem bleiben, was gesagt wird.',
    }),
    say('pia', 'check-in', {
      en: 'Glad to be here. I expect to work, not just to relax.',
      nl: 'Blij dat ik er ben. Ik verwacht te werken, niet alleen te ontspannen.',
      de: 'Froh, hier zu sein. Ich erwarte zu arbeiten, nicht nur zu entspannen.',
    }),
    advance('lea'),
    propose('nadia', {
      en: 'How do I stay present with patients when I feel empty?',
      nl: 'Hoe blijf ik aanwezig bij patiënten als ik me leeg voel?',
      de: 'Wie bleibe ich bei Patienten präsent, wenn ich mich leer fühle?',
    }),
    choose('lea', 't-8'),
    say('nadia', 'narrative', {
      en: 'Yesterday a patient cried and I noticed I felt nothing. I used to cry with them. I am afraid I am becoming hard.',
      nl: 'Gisteren huilde een patiënt en ik merkte dat ik niets voelde. Vroeger huilde ik mee. Ik ben bang dat ik hard word.',
      de: 'Gestern hat eine Patientin geweint, und ich habe gemerkt, dass ich nichts gefühlt habe. Früher habe ich mitgeweint. Ich habe Angst, hart zu werden.',
    }),
    advance('lea'),
    say('mo', 'reflect-back', {
      en: 'I hear that you felt nothing when your patient cried, and that this frightens you.',
      nl: 'Ik hoor dat je niets voelde toen je patiënt huilde, en dat dat je bang maakt.',
      de: 'Ich höre, dass du nichts gefühlt hast, als deine Patientin geweint hat, und dass dir das Angst macht.',
    }),
    say('mo', 'question', {
      en: 'What do you notice in yourself right now, telling us this?',
      nl: 'Wat merk je nu bij jezelf, terwijl je dit vertelt?',
      de: 'Was nimmst du gerade an dir wahr, während du uns das erzählst?',
    }),
    answer('nadia', 'c-13', {
      en: 'A lump in my throat. So I am not that hard.',
      nl: 'Een brok in mijn keel. Zo hard ben ik dus niet.',
      de: 'Einen Kloß im Hals. So hart bin ich also nicht.',
    }),
    refused(say('oscar', 'advice', { en: 'Take a week off.', nl: 'Neem een week vrij.', de: 'Nimm eine Woche frei.' }), 'kind-not-allowed', {
      en: 'Not yet: first understanding, then action.',
      nl: 'Nog niet: eerst begrip, dan actie.',
      de: 'Noch nicht: erst Verständnis, dann Handeln.',
    }),
    output('nadia', 'problem-definition', {
      en: 'I protect myself by going numb, and I am afraid that is who I am becoming.',
      nl: 'Ik bescherm mezelf door gevoelloos te worden, en ik ben bang dat ik zo word.',
      de: 'Ich schütze mich, indem ich abstumpfe, und habe Angst, dass ich so werde.',
    }),
    advance('lea'),
    say('mo', 'identification', {
      en: 'As if I were Nadia: I have given so much that numbness is the only rest I get.',
      nl: 'Alsof ik Nadia ben: ik heb zoveel gegeven dat gevoelloosheid de enige rust is die ik krijg.',
      de: 'Als wäre ich Nadia: Ich habe so viel gegeben, dass die Taubheit die einzige Ruhe ist, die ich bekomme.',
    }),
    say('oscar', 'feeling', {
      en: 'As if I were the patient: I did not need her tears, I needed her to stay.',
      nl: 'Alsof ik de patiënt ben: ik had haar tranen niet nodig, ik had nodig dat ze bleef.',
      de: 'Als wäre ich die Patientin: Ich brauchte nicht ihre Tränen, ich brauchte, dass sie bleibt.',
    }),
    say('pia', 'perception', {
      en: 'I see a nurse whose care has changed shape, not disappeared.',
      nl: 'Ik zie een verpleegkundige van wie de zorg van vorm veranderd is, niet verdwenen.',
      de: 'Ich sehe eine Pflegekraft, deren Zuwendung ihre Form geändert hat, nicht verschwunden ist.',
    }),
    advance('lea'),
    say('pia', 'idea', {
      en: 'A short moment for yourself after each hard conversation, before the next patient.',
      nl: 'Een kort moment voor jezelf na elk zwaar gesprek, voor de volgende patiënt.',
      de: 'Ein kurzer Moment für dich nach jedem schweren Gespräch, vor der nächsten Patientin.',
    }),
    say('nadia', 'reflection', {
      en: 'Staying was enough for her. I will take two minutes after hard conversations, and bring this to our team meeting.',
      nl: 'Blijven was genoeg voor haar. Ik neem twee minuten na zware gesprekken, en breng dit in bij ons teamoverleg.',
      de: 'Bleiben hat ihr gereicht. Ich nehme mir nach schweren Gesprächen zwei Minuten und bringe das in unsere Teambesprechung ein.',
    }),
    action(
      'nadia',
      {
        en: 'Take two minutes alone after every hard conversation for a month',
        nl: 'Een maand lang na elk zwaar gesprek twee minuten voor mezelf nemen',
        de: 'Einen Monat lang nach jedem schweren Gespräch zwei Minuten für mich nehmen',
      },
      '2026-03-15',
    ),
    advance('lea'),
    evaluate('nadia', 5, {
      en: 'My intention was to understand; I did.',
      nl: 'Mijn intentie was begrijpen; dat is gelukt.',
      de: 'Meine Absicht war zu verstehen; das ist gelungen.',
    }),
    advance('lea'),
  ],
};
