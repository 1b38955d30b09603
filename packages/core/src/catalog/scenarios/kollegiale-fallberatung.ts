import type { Scenario } from '../../scenario/types.js';
import { action, advance, answer, choose, evaluate, propose, refused, say, start } from './steps.js';

/** Kollegiale Fallberatung (hiba): the case-giver leaves the circle for the hypotheses and again for the proposals. */
export const kollegialeFallberatungScenario: Scenario = {
  methodId: 'kollegiale-fallberatung',
  title: {
    en: 'A social worker whose client keeps missing appointments',
    nl: 'Een maatschappelijk werker van wie de cliënt steeds afspraken mist',
    de: 'Ein Sozialarbeiter, dessen Klientin immer wieder Termine versäumt',
  },
  participants: [
    { id: 'frank', name: 'Frank', role: 'facilitator' },
    { id: 'gabi', name: 'Gabi', role: 'peer' },
    { id: 'heiko', name: 'Heiko', role: 'peer' },
    { id: 'ilse', name: 'Ilse', role: 'peer' },
    { id: 'jonas', name: 'Jonas', role: 'peer' },
  ],
  steps: [
    start('frank'),
    propose('heiko', {
      en: 'How do I keep working with a client who keeps missing appointments?',
      nl: 'Hoe blijf ik werken met een cliënt die steeds afspraken mist?',
      de: 'Wie arbeite ich weiter mit einer Klientin, die immer wieder Termine versäumt?',
    }),
    choose('frank', 't-2'),
    advance('frank'),
    say('heiko', 'narrative', {
      en: 'Ms. K. has missed four of six appointments. When she does come, she is warm and open. My team lead wants me to close the file.',
      nl: 'Mevrouw K. heeft vier van de zes afspraken gemist. Als ze wel komt, is ze hartelijk en open. Mijn teamleider wil dat ik het dossier sluit.',
      de: 'Frau K. hat vier von sechs Terminen versäumt. Wenn sie kommt, ist sie herzlich und offen. Meine Teamleitung will, dass ich die Akte schließe.',
    }),
    refused(say('gabi', 'question', { en: 'How old is she?', nl: 'Hoe oud is ze?', de: 'Wie alt ist sie?' }), 'kind-not-allowed', {
      en: 'During the presentation the consultants listen; no questions yet.',
      nl: 'Tijdens de presentatie luisteren de consultants; nog geen vragen.',
      de: 'Während der Falldarstellung hören die Berater zu; noch keine Fragen.',
    }),
    advance('frank'),
    say('gabi', 'question', {
      en: 'What happens on the days she does not come?',
      nl: 'Wat gebeurt er op de dagen dat ze niet komt?',
      de: 'Was passiert an den Tagen, an denen sie nicht kommt?',
    }),
    answer('heiko', 'c-7', {
      en: 'I call her; she apologises and says she forgot.',
      nl: 'Ik bel haar; ze biedt excuses aan en zegt dat ze het vergeten was.',
      de: 'Ich rufe sie an; sie entschuldigt sich und sagt, sie habe es vergessen.',
    }),
    say('ilse', 'question', {
      en: 'What does closing the file mean for her?',
      nl: 'Wat betekent het sluiten van het dossier voor haar?',
      de: 'Was bedeutet das Schließen der Akte für sie?',
    }),
    answer('heiko', 'c-9', {
      en: 'She would lose her housing support.',
      nl: 'Ze zou haar woonbegeleiding kwijtraken.',
      de: 'Sie würde ihre Wohnbegleitung verlieren.',
    }),
    advance('frank', {
      en: 'Heiko leaves the circle and listens.',
      nl: 'Heiko gaat buiten de kring zitten en luistert.',
      de: 'Heiko verlässt den Kreis und hört zu.',
    }),
    refused(
      say('heiko', 'hypothesis', { en: 'I think she is afraid of me.', nl: 'Ik denk dat ze bang voor me is.', de: 'Ich glaube, sie hat Angst vor mir.' }),
      'introducer-away',
      {
        en: 'Outside the circle the case-giver only listens.',
        nl: 'Buiten de kring luistert de inbrenger alleen.',
        de: 'Außerhalb des Kreises hört der Ratsuchende nur zu.',
      },
    ),
    say('gabi', 'hypothesis', {
      en: 'Maybe the appointments remind her of the agencies that once took her children.',
      nl: 'Misschien herinneren de afspraken haar aan de instanties die ooit haar kinderen weghaalden.',
      de: 'Vielleicht erinnern sie die Termine an die Behörden, die ihr einmal die Kinder genommen haben.',
    }),
    say('ilse', 'perception', {
      en: 'Heiko seems more worried about the file than about her.',
      nl: 'Heiko lijkt zich meer zorgen te maken over het dossier dan over haar.',
      de: 'Heiko scheint sich mehr Sorgen um die Akte zu machen als um sie.',
    }),
    refused(
      say('jonas', 'advice', { en: 'He should visit her at home.', nl: 'Hij moet haar thuis bezoeken.', de: 'Er sollte sie zu Hause besuchen.' }),
      'kind-not-allowed',
      { en: 'Hypotheses first: no solutions yet.', nl: 'Eerst hypothesen: nog geen oplossingen.', de: 'Erst Hypothesen: noch keine Lösungen.' },
    ),
    advance('frank'),
    say('heiko', 'statement', {
      en: 'Her children were never taken away, but her mother’s were. The worry about the file is real: my team lead pushes hard.',
      nl: 'Haar kinderen zijn nooit weggehaald, die van haar moeder wel. De zorg om het dossier klopt: mijn teamleider zet flink druk.',
      de: 'Ihre Kinder wurden nie weggenommen, aber die ihrer Mutter. Die Sorge um die Akte stimmt: Meine Teamleitung macht viel Druck.',
    }),
    advance('frank', {
      en: 'Heiko leaves the circle again; proposals go round in turn.',
      nl: 'Heiko gaat opnieuw buiten de kring; de voorstellen gaan om de beurt.',
      de: 'Heiko verlässt den Kreis erneut; die Vorschläge gehen reihum.',
    }),
    refused(
      say('jonas', 'advice', {
        en: 'In his place I would visit her at home.',
        nl: 'In zijn plaats zou ik haar thuis bezoeken.',
        de: 'An seiner Stelle würde ich sie zu Hause besuchen.',
      }),
      'not-your-turn',
      { en: 'Round-robin: Gabi speaks first.', nl: 'Om de beurt: Gabi begint.', de: 'Reihum: Gabi fängt an.' },
    ),
    say('gabi', 'advice', {
      en: 'In his place I would ask her which time of day suits her.',
      nl: 'In zijn plaats zou ik haar vragen welk moment van de dag haar past.',
      de: 'An seiner Stelle würde ich sie fragen, welche Tageszeit ihr passt.',
    }),
    say('ilse', 'advice', {
      en: 'I would tell my team lead what is at stake for her.',
      nl: 'Ik zou mijn teamleider vertellen wat er voor haar op het spel staat.',
      de: 'Ich würde meiner Teamleitung sagen, was für sie auf dem Spiel steht.',
    }),
    say('jonas', 'advice', {
      en: 'In his place I would visit her at home once.',
      nl: 'In zijn plaats zou ik haar één keer thuis bezoeken.',
      de: 'An seiner Stelle würde ich sie einmal zu Hause besuchen.',
    }),
    advance('frank'),
    refused(advance('frank'), 'output-missing', {
      en: 'The decision needs at least one action.',
      nl: 'Het besluit vraagt minstens één actie.',
      de: 'Die Entscheidung braucht mindestens einen Schritt.',
    }),
    say('heiko', 'statement', {
      en: 'I accept the hypothesis about fear of agencies. I will ask her about the time of day and talk to my team lead.',
      nl: 'Ik neem de hypothese over angst voor instanties aan. Ik ga haar vragen naar het moment van de dag en met mijn teamleider praten.',
      de: 'Ich nehme die Hypothese über die Angst vor Behörden an. Ich frage sie nach der Tageszeit und spreche mit meiner Teamleitung.',
    }),
    action(
      'heiko',
      {
        en: 'Ask Ms. K. which time of day suits her',
        nl: 'Mevrouw K. vragen welk moment van de dag haar past',
        de: 'Frau K. fragen, welche Tageszeit ihr passt',
      },
      '2026-02-20',
    ),
    advance('frank'),
    evaluate('heiko', 5, {
      en: 'Sitting outside the circle made it easier to listen.',
      nl: 'Buiten de kring zitten maakte luisteren makkelijker.',
      de: 'Außerhalb des Kreises zu sitzen hat das Zuhören leichter gemacht.',
    }),
    evaluate('gabi', 4),
    advance('frank'),
  ],
};
