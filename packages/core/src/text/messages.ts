/**
 * Keyed, complete messages and suggestions of the built-in text rules in en / nl / de. Every key
 * has a full sentence in every language; nothing is assembled from fragments of different languages.
 */
import type { Lang } from '../shared/lang.js';

/** A text in each supported language. */
export type Localised = Readonly<Record<Lang, string>>;

/** Messages of the built-in text rules, by message key (`<rule-id>.<reason>`). */
export const MESSAGES: Readonly<Record<string, Localised>> = {
  'no-advice.imperative': {
    en: 'This is an instruction (imperative), which is advice. In the clarification round, ask a question instead.',
    nl: 'Dit is een opdracht (gebiedende wijs) en daarmee een advies. Stel in de verhelderingsronde liever een vraag.',
    de: 'Das ist eine Aufforderung (Imperativ) und damit ein Rat. Stelle in der Klärungsrunde lieber eine Frage.',
  },
  'no-advice.modal-suggestion': {
    en: '“You should / could …” tells the introducer what to do: that is advice.',
    nl: '“Je moet / je zou … kunnen” zegt wat de inbrenger moet doen: dat is een advies.',
    de: '„Du solltest / könntest …“ sagt, was die fallgebende Person tun soll: Das ist ein Rat.',
  },
  'no-advice.have-you-tried': {
    en: '“Have you tried / considered …?” is advice packaged as a question.',
    nl: '“Heb je al geprobeerd / overwogen …?” is een advies verpakt als vraag.',
    de: '„Hast du schon versucht …?“ ist ein Rat, der als Frage verpackt ist.',
  },
  'no-advice.why-dont-you': {
    en: '“Why don’t you (just) …?” proposes a solution: it is advice phrased as a question.',
    nl: '“Waarom … je niet (gewoon) …?” stelt een oplossing voor: het is een advies in vraagvorm.',
    de: '„Warum … du nicht (einfach) …?“ schlägt eine Lösung vor: Das ist ein Rat in Frageform.',
  },
  'no-advice.wouldnt-it-be-better': {
    en: '“Wouldn’t it be better to …?” is a suggestion in disguise.',
    nl: '“Zou het niet beter zijn om …?” is een verkapt voorstel.',
    de: '„Wäre es nicht besser, …?“ ist ein versteckter Vorschlag.',
  },
  'no-advice.isnt-it-time': {
    en: '“Isn’t it time you …?” tells the introducer what to do.',
    nl: '“Is het niet tijd om …?” vertelt de inbrenger wat hij of zij moet doen.',
    de: '„Ist es nicht Zeit, …?“ sagt der fallgebenden Person, was sie tun soll.',
  },
  'no-advice.if-i-were-you': {
    en: '“If I were you …” is advice.',
    nl: '“Als ik jou was …” is een advies.',
    de: '„An deiner Stelle …“ ist ein Rat.',
  },
  'no-advice.first-person-would': {
    en: '“I would …” says what you would do yourself: that is advice.',
    nl: '“Ik zou …” zegt wat je zelf zou doen: dat is een advies.',
    de: '„Ich würde …“ sagt, was du selbst tun würdest: Das ist ein Rat.',
  },
  'no-advice.own-experience': {
    en: 'Offering your own solution (“in my team we …”, “what worked for me …”) is advice in the clarification round.',
    nl: 'Je eigen oplossing aanreiken (“bij ons doen we …”, “wat mij hielp …”) is in de verhelderingsronde een advies.',
    de: 'Die eigene Lösung anzubieten („bei uns haben wir …“, „was mir geholfen hat …“) ist in der Klärungsrunde ein Rat.',
  },
  'no-advice.what-if-you-just': {
    en: '“What if you just …?” proposes a solution.',
    nl: '“Wat als je gewoon …?” stelt een oplossing voor.',
    de: '„Was wäre, wenn du einfach …?“ schlägt eine Lösung vor.',
  },
  'no-advice.dont-you-think': {
    en: '“Don’t you think …?” steers towards your own view instead of asking.',
    nl: '“Denk je niet dat …?” stuurt naar je eigen mening in plaats van te vragen.',
    de: '„Denkst du nicht, dass …?“ lenkt auf die eigene Sicht, statt zu fragen.',
  },
  'no-advice.could-you-not': {
    en: '“Could you not / can’t you just …?” is a suggestion phrased as a question.',
    nl: '“Kun je niet (gewoon) …?” is een voorstel in vraagvorm.',
    de: '„Kannst du nicht einfach …?“ ist ein Vorschlag in Frageform.',
  },
  'no-advice.explicit-advice': {
    en: 'This gives advice explicitly; the clarification round is for questions.',
    nl: 'Dit is uitdrukkelijk een advies; de verhelderingsronde is voor vragen.',
    de: 'Das ist ausdrücklich ein Rat; die Klärungsrunde ist für Fragen da.',
  },
  'no-advice.impersonal-suggestion': {
    en: '“It would be a good idea to …” is a suggestion, and so advice.',
    nl: '“Het is verstandig om …” is een voorstel en dus een advies.',
    de: '„Es wäre sinnvoll, …“ ist ein Vorschlag und damit ein Rat.',
  },
  'sphere-of-influence.causative': {
    en: 'The topic aims to make someone else do or become something; that lies outside your own sphere of influence.',
    nl: 'Het onderwerp wil iemand anders iets laten doen of laten veranderen; dat ligt buiten je eigen invloedssfeer.',
    de: 'Das Thema zielt darauf, dass jemand anderes etwas tut oder sich ändert; das liegt außerhalb deines Einflussbereichs.',
  },
  'sphere-of-influence.change-others': {
    en: 'The topic is about changing someone else’s behaviour, attitude or the organisation, which you cannot change directly.',
    nl: 'Het onderwerp gaat over het veranderen van het gedrag of de houding van een ander of van de organisatie; dat kun je niet rechtstreeks veranderen.',
    de: 'Das Thema handelt davon, das Verhalten oder die Haltung anderer oder die Organisation zu ändern; das kannst du nicht direkt ändern.',
  },
  'sphere-of-influence.prevent-others': {
    en: 'The topic is about what someone else should or should not do.',
    nl: 'Het onderwerp gaat over wat iemand anders wel of niet moet doen.',
    de: 'Das Thema handelt davon, was jemand anderes tun oder lassen soll.',
  },
  'sphere-of-influence.others-obligation': {
    en: 'The topic says what others (people, management, the organisation, policy) should do, not what you can do.',
    nl: 'Het onderwerp zegt wat anderen (mensen, leiding, organisatie, beleid) moeten doen, niet wat jij kunt doen.',
    de: 'Das Thema sagt, was andere (Menschen, Leitung, Organisation, Politik) tun sollen, nicht was du tun kannst.',
  },
  'sphere-of-influence.why-others': {
    en: 'A “why” question about other people’s behaviour, decisions or the past is outside what you can influence.',
    nl: 'Een waaromvraag over het gedrag of de besluiten van anderen of over het verleden valt buiten je invloed.',
    de: 'Eine Warum-Frage zum Verhalten oder zu Entscheidungen anderer oder zur Vergangenheit liegt außerhalb deines Einflusses.',
  },
  'sphere-of-influence.others-subject': {
    en: 'The topic is about other people or the organisation rather than about what you can do, think, feel or decide.',
    nl: 'Het onderwerp gaat over anderen of de organisatie in plaats van over wat jij kunt doen, denken, voelen of beslissen.',
    de: 'Das Thema handelt von anderen oder der Organisation statt davon, was du tun, denken, fühlen oder entscheiden kannst.',
  },
  'open-question.closed': {
    en: 'This is a closed (yes/no) question; an open question (what, how, …) invites a fuller answer.',
    nl: 'Dit is een gesloten (ja/nee-)vraag; een open vraag (wat, hoe, …) nodigt uit tot een vollediger antwoord.',
    de: 'Das ist eine geschlossene (Ja/Nein-)Frage; eine offene Frage (was, wie, …) lädt zu einer ausführlicheren Antwort ein.',
  },
  'open-question.stacked': {
    en: 'Several questions at once: ask one question at a time.',
    nl: 'Meerdere vragen tegelijk: stel één vraag per keer.',
    de: 'Mehrere Fragen auf einmal: Stelle eine Frage nach der anderen.',
  },
  'open-question.why': {
    en: '“Why” questions can sound accusing; in this phase, ask “what” or “how” instead.',
    nl: 'Waaromvragen kunnen beschuldigend klinken; vraag in deze fase liever naar het wat of hoe.',
    de: 'Warum-Fragen können vorwurfsvoll klingen; frage in dieser Phase lieber nach dem Was oder Wie.',
  },
};

/** Suggested rewordings, by key; `{x}` is filled in with a phrase from the user's own text. */
export const SUGGESTIONS: Readonly<Record<string, Localised>> = {
  'advice.default': {
    en: 'What options have you considered so far?',
    nl: 'Welke mogelijkheden heb je zelf al overwogen?',
    de: 'Welche Möglichkeiten hast du selbst schon in Betracht gezogen?',
  },
  'advice.tried': {
    en: 'What have you already tried?',
    nl: 'Wat heb je tot nu toe al geprobeerd?',
    de: 'Was hast du bisher schon versucht?',
  },
  'advice.view': {
    en: 'How do you see it yourself?',
    nl: 'Hoe zie jij het zelf?',
    de: 'Wie siehst du das selbst?',
  },
  'advice.experience': {
    en: 'What has helped you in similar situations before?',
    nl: 'Wat heeft je in vergelijkbare situaties eerder geholpen?',
    de: 'Was hat dir in ähnlichen Situationen schon geholfen?',
  },
  'sphere.generic': {
    en: 'What can I do myself in this situation, and how do I want to deal with it?',
    nl: 'Wat kan ik zelf doen in deze situatie, en hoe wil ik ermee omgaan?',
    de: 'Was kann ich in dieser Situation selbst tun, und wie möchte ich damit umgehen?',
  },
  'sphere.with-other': {
    en: 'How can I respond to {x} in a way that works for me?',
    nl: 'Hoe kan ik omgaan met {x} op een manier die bij mij past?',
    de: 'Was kann ich in dieser Situation selbst tun, und wie möchte ich damit umgehen?',
  },
  'open.closed': {
    en: 'What can you tell us about that?',
    nl: 'Wat kun je daarover vertellen?',
    de: 'Was kannst du darüber erzählen?',
  },
  'open.why': {
    en: 'What led to that?',
    nl: 'Wat bracht je daartoe?',
    de: 'Wie kam es dazu?',
  },
};

/** The message for `key` in `lang` (falls back to English, then to the key itself). */
export function message(key: string, lang: Lang): string {
  const entry = MESSAGES[key];
  return entry ? (entry[lang] ?? entry.en) : key;
}

/** The suggestion for `key` in `lang`, with `{x}` replaced by `x` (when given). */
export function suggestionText(key: string, lang: Lang, x?: string): string {
  const entry = SUGGESTIONS[key];
  const text = entry ? (entry[lang] ?? entry.en) : key;
  return x === undefined ? text : text.replace('{x}', x);
}
