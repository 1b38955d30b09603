import type { Scenario } from '../../scenario/types.js';
import { advance, answer, refused, say, start } from './steps.js';

/** Wise Crowds: a client turned away, an observer who stays silent, and the gong when time is up. */
export const wiseCrowdsScenario: Scenario = {
  methodId: 'wise-crowds',
  title: {
    en: 'A new manager who must merge two teams with different cultures',
    nl: 'Een nieuwe manager die twee teams met verschillende culturen moet samenvoegen',
    de: 'Ein neuer Manager, der zwei Teams mit unterschiedlichen Kulturen zusammenführen muss',
  },
  participants: [
    { id: 'gert', name: 'Gert', role: 'facilitator' },
    { id: 'rosa', name: 'Rosa', role: 'introducer' },
    { id: 'sven', name: 'Sven', role: 'peer' },
    { id: 'tess', name: 'Tess', role: 'peer' },
    { id: 'ugo', name: 'Ugo', role: 'peer' },
    { id: 'vera', name: 'Vera', role: 'observer' },
  ],
  steps: [
    start('gert'),
    say('rosa', 'narrative', {
      en: 'I lead two teams that must become one by summer: one plans everything, the other improvises. My request: how do I start without picking a side?',
      nl: 'Ik leid twee teams die voor de zomer één moeten worden: het ene plant alles, het andere improviseert. Mijn vraag: hoe begin ik zonder partij te kiezen?',
      de: 'Ich leite zwei Teams, die bis zum Sommer eins werden sollen: Das eine plant alles, das andere improvisiert. Mein Anliegen: Wie fange ich an, ohne Partei zu ergreifen?',
    }),
    advance('gert'),
    say('sven', 'question', {
      en: 'What do the two teams say about each other?',
      nl: 'Wat zeggen de twee teams over elkaar?',
      de: 'Was sagen die beiden Teams übereinander?',
    }),
    answer('rosa', 'c-4', { en: '“Slow” and “chaotic”.', nl: '“Traag” en “chaotisch”.', de: '„Langsam“ und „chaotisch“.' }),
    say('tess', 'question', {
      en: 'Where do they already work well together?',
      nl: 'Waar werken ze al goed samen?',
      de: 'Wo arbeiten sie schon gut zusammen?',
    }),
    answer('rosa', 'c-6', { en: 'In emergencies, strangely enough.', nl: 'Bij calamiteiten, gek genoeg.', de: 'Bei Notfällen, seltsamerweise.' }),
    advance('gert', {
      en: 'Rosa turns around; the consultants work together.',
      nl: 'Rosa draait zich om; de consultants werken samen.',
      de: 'Rosa dreht sich um; die Berater arbeiten zusammen.',
    }),
    refused(
      say('vera', 'perception', { en: 'Tess speaks more than the others.', nl: 'Tess praat meer dan de anderen.', de: 'Tess redet mehr als die anderen.' }),
      'forbidden-role',
      {
        en: 'The observer watches the process and does not consult.',
        nl: 'De observator kijkt naar het proces en adviseert niet mee.',
        de: 'Die Beobachterin verfolgt den Ablauf und berät nicht mit.',
      },
    ),
    refused(
      say('rosa', 'idea', {
        en: 'Maybe emergencies are the key!',
        nl: 'Misschien zijn calamiteiten de sleutel!',
        de: 'Vielleicht sind Notfälle der Schlüssel!',
      }),
      'introducer-away',
      {
        en: 'The client has turned around and listens in silence.',
        nl: 'De klant heeft zich omgedraaid en luistert zwijgend.',
        de: 'Die Klientin hat sich umgedreht und hört schweigend zu.',
      },
    ),
    say('sven', 'perception', {
      en: 'Both teams know how to work under pressure; that is common ground.',
      nl: 'Beide teams kunnen werken onder druk; dat is gemeenschappelijke grond.',
      de: 'Beide Teams können unter Druck arbeiten; das ist eine Gemeinsamkeit.',
    }),
    say('tess', 'idea', {
      en: 'Let mixed pairs run a small real project in the first month.',
      nl: 'Laat gemengde duo’s in de eerste maand een klein echt project doen.',
      de: 'Lasst gemischte Paare im ersten Monat ein kleines echtes Projekt machen.',
    }),
    say('ugo', 'advice', {
      en: 'I would name the strengths of both styles out loud before changing anything.',
      nl: 'Ik zou de sterke kanten van beide stijlen hardop benoemen voordat ik iets verander.',
      de: 'Ich würde die Stärken beider Arbeitsweisen laut benennen, bevor ich etwas ändere.',
    }),
    {
      wait: 8,
      note: {
        en: 'The gong: the consult’s eight minutes are up (a warning; the timekeeper moves on).',
        nl: 'De gong: de acht minuten consult zijn om (een waarschuwing; de tijdbewaker gaat verder).',
        de: 'Der Gong: Die acht Minuten Beratung sind um (eine Warnung; der Zeitwächter geht weiter).',
      },
    },
    advance('gert'),
    say('rosa', 'reflection', {
      en: 'Most useful: start from what they share, not from what divides them. Mixed pairs it is.',
      nl: 'Het nuttigst: beginnen bij wat ze delen, niet bij wat ze scheidt. Het worden gemengde duo’s.',
      de: 'Am nützlichsten: bei dem anfangen, was sie verbindet, nicht bei dem, was sie trennt. Es werden gemischte Paare.',
    }),
    advance('gert'),
  ],
};
