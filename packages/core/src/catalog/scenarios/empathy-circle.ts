import type { LocalizedText } from '../../i18n/localized.js';
import type { Scenario } from '../../scenario/types.js';
import { advance, evaluate, noted, refused, type SendStep, say, start } from './steps.js';

const heard = (by: string, isHeard: boolean): SendStep => ({ send: { type: 'confirm-heard', by, heard: isHeard } });
const tryAgain: LocalizedText = {
  en: 'Not yet: the speaker repeats what was missed.',
  nl: 'Nog niet: de spreker herhaalt wat gemist werd.',
  de: 'Noch nicht: Die Sprecherin wiederholt, was gefehlt hat.',
};
const reflection: LocalizedText = {
  en: 'You are worried about your mother.',
  nl: 'Je maakt je zorgen om je moeder.',
  de: 'Du machst dir Sorgen um deine Mutter.',
};

/** An empathy circle: the turn passes only when the speaker confirms being heard; after three tries the facilitator helps. */
export const empathyCircleScenario: Scenario = {
  methodId: 'empathy-circle',
  title: {
    en: 'Three colleagues in an empathy circle on caring for ageing parents',
    nl: 'Drie collega’s in een empathiecirkel over zorgen voor ouder wordende ouders',
    de: 'Drei Kolleginnen in einem Empathiekreis über die Sorge um alternde Eltern',
  },
  participants: [
    { id: 'quirin', name: 'Quirin', role: 'facilitator' },
    { id: 'rita', name: 'Rita', role: 'peer' },
    { id: 'stan', name: 'Stan', role: 'peer' },
    { id: 'tina', name: 'Tina', role: 'peer' },
  ],
  steps: [
    start('quirin'),
    say('rita', 'check-in', {
      en: 'A bit nervous, and glad we are doing this.',
      nl: 'Een beetje zenuwachtig, en blij dat we dit doen.',
      de: 'Ein bisschen nervös und froh, dass wir das machen.',
    }),
    advance('quirin'),
    noted(
      { send: { type: 'choose-listener', by: 'rita', listener: 'tina' } },
      {
        en: 'Rita speaks first and chooses Tina as her active listener.',
        nl: 'Rita spreekt eerst en kiest Tina als actieve luisteraar.',
        de: 'Rita spricht zuerst und wählt Tina als aktive Zuhörerin.',
      },
    ),
    refused(
      say('stan', 'statement', { en: 'I have the same with my father.', nl: 'Ik heb hetzelfde met mijn vader.', de: 'Mir geht es mit meinem Vater genauso.' }),
      'not-your-turn',
      {
        en: 'Only the speaker speaks; silent listeners wait.',
        nl: 'Alleen de spreker spreekt; stille luisteraars wachten.',
        de: 'Nur die Sprecherin spricht; stille Zuhörer warten.',
      },
    ),
    say('rita', 'statement', {
      en: 'My mother lives alone two hours away. Every call I wonder whether she is really fine, and I feel guilty that I am not there, and also relieved.',
      nl: 'Mijn moeder woont alleen, twee uur rijden verderop. Bij elk telefoontje vraag ik me af of het echt goed gaat, en ik voel me schuldig dat ik er niet ben, en ook opgelucht.',
      de: 'Meine Mutter lebt allein, zwei Stunden entfernt. Bei jedem Anruf frage ich mich, ob es ihr wirklich gut geht, und ich fühle mich schuldig, dass ich nicht da bin, und auch erleichtert.',
    }),
    refused(say('rita', 'statement', { en: 'And there is more.', nl: 'En er is meer.', de: 'Und da ist noch mehr.' }), 'wait-for-reflection', {
      en: 'First the listener reflects back.',
      nl: 'Eerst spiegelt de luisteraar terug.',
      de: 'Zuerst spiegelt die Zuhörerin.',
    }),
    refused(heard('rita', true), 'nothing-to-confirm', {
      en: 'Nothing has been reflected back yet.',
      nl: 'Er is nog niets teruggespiegeld.',
      de: 'Es wurde noch nichts gespiegelt.',
    }),
    say('tina', 'reflect-back', reflection),
    noted(heard('rita', false), tryAgain),
    say('tina', 'reflect-back', reflection),
    noted(heard('rita', false), tryAgain),
    say('tina', 'reflect-back', {
      en: 'You worry about her and feel guilty.',
      nl: 'Je maakt je zorgen om haar en voelt je schuldig.',
      de: 'Du machst dir Sorgen um sie und fühlst dich schuldig.',
    }),
    noted(heard('rita', false), {
      en: 'Three tries without being heard: the facilitator is called in.',
      nl: 'Drie pogingen zonder gehoord te worden: de begeleider wordt erbij gehaald.',
      de: 'Drei Versuche, ohne gehört zu werden: Die Moderation wird hinzugerufen.',
    }),
    say('quirin', 'reflect-back', {
      en: 'You feel guilty for not being there, and also relieved — and the relief makes the guilt worse.',
      nl: 'Je voelt je schuldig dat je er niet bent, en ook opgelucht — en die opluchting maakt het schuldgevoel erger.',
      de: 'Du fühlst dich schuldig, nicht da zu sein, und auch erleichtert – und die Erleichterung macht die Schuld noch größer.',
    }),
    noted(heard('rita', true), {
      en: 'Rita feels fully heard: the turn passes to Tina.',
      nl: 'Rita voelt zich volledig gehoord: de beurt gaat naar Tina.',
      de: 'Rita fühlt sich ganz gehört: Die Runde geht an Tina.',
    }),
    { send: { type: 'choose-listener', by: 'tina', listener: 'stan' } },
    say('tina', 'feeling', {
      en: 'Hearing Rita, I feel sad: my father died before I could visit him often enough.',
      nl: 'Als ik Rita hoor, word ik verdrietig: mijn vader stierf voordat ik hem vaak genoeg kon bezoeken.',
      de: 'Wenn ich Rita höre, werde ich traurig: Mein Vater ist gestorben, bevor ich ihn oft genug besuchen konnte.',
    }),
    say('stan', 'reflect-back', {
      en: 'You feel sad, because you wanted more visits with your father than you got.',
      nl: 'Je bent verdrietig, omdat je je vader vaker had willen bezoeken dan gelukt is.',
      de: 'Du bist traurig, weil du deinen Vater öfter besuchen wolltest, als es möglich war.',
    }),
    heard('tina', true),
    advance('quirin'),
    evaluate('rita', 5, {
      en: 'Being reflected by Quirin felt like being seen.',
      nl: 'Teruggespiegeld worden door Quirin voelde als gezien worden.',
      de: 'Von Quirin gespiegelt zu werden, fühlte sich an wie gesehen zu werden.',
    }),
    advance('quirin'),
  ],
};
