/** German messages and suggestions of the built-in text rules. */
import type { MessageKey, SuggestionKey } from '../../pack.js';

/** German rule messages, by message key. */
export const DE_MESSAGES: Readonly<Record<MessageKey, string>> = {
  'no-advice.imperative': 'Das ist eine Aufforderung (Imperativ) und damit ein Rat. Stelle in der Klärungsrunde lieber eine Frage.',
  'no-advice.modal-suggestion': '„Du solltest / könntest …“ sagt, was die fallgebende Person tun soll: Das ist ein Rat.',
  'no-advice.have-you-tried': '„Hast du schon versucht …?“ ist ein Rat, der als Frage verpackt ist.',
  'no-advice.why-dont-you': '„Warum … du nicht (einfach) …?“ schlägt eine Lösung vor: Das ist ein Rat in Frageform.',
  'no-advice.wouldnt-it-be-better': '„Wäre es nicht besser, …?“ ist ein versteckter Vorschlag.',
  'no-advice.isnt-it-time': '„Ist es nicht Zeit, …?“ sagt der fallgebenden Person, was sie tun soll.',
  'no-advice.if-i-were-you': '„An deiner Stelle …“ ist ein Rat.',
  'no-advice.first-person-would': '„Ich würde …“ sagt, was du selbst tun würdest: Das ist ein Rat.',
  'no-advice.own-experience': 'Die eigene Lösung anzubieten („bei uns haben wir …“, „was mir geholfen hat …“) ist in der Klärungsrunde ein Rat.',
  'no-advice.what-if-you-just': '„Was wäre, wenn du einfach …?“ schlägt eine Lösung vor.',
  'no-advice.dont-you-think': '„Denkst du nicht, dass …?“ lenkt auf die eigene Sicht, statt zu fragen.',
  'no-advice.could-you-not': '„Kannst du nicht einfach …?“ ist ein Vorschlag in Frageform.',
  'no-advice.explicit-advice': 'Das ist ausdrücklich ein Rat; die Klärungsrunde ist für Fragen da.',
  'no-advice.impersonal-suggestion': '„Es wäre sinnvoll, …“ ist ein Vorschlag und damit ein Rat.',
  'no-advice.suggestion': 'Das liest sich wie ein Vorschlag, was die fallgebende Person tun soll, also ein Rat; stelle in der Klärungsrunde lieber eine Frage.',
  'sphere-of-influence.causative': 'Das Thema zielt darauf, dass jemand anderes etwas tut oder sich ändert; das liegt außerhalb deines Einflussbereichs.',
  'sphere-of-influence.change-others':
    'Das Thema handelt davon, das Verhalten oder die Haltung anderer oder die Organisation zu ändern; das kannst du nicht direkt ändern.',
  'sphere-of-influence.prevent-others': 'Das Thema handelt davon, was jemand anderes tun oder lassen soll.',
  'sphere-of-influence.others-obligation': 'Das Thema sagt, was andere (Menschen, Leitung, Organisation, Politik) tun sollen, nicht was du tun kannst.',
  'sphere-of-influence.why-others': 'Eine Warum-Frage zum Verhalten oder zu Entscheidungen anderer oder zur Vergangenheit liegt außerhalb deines Einflusses.',
  'sphere-of-influence.others-subject': 'Das Thema handelt von anderen oder der Organisation statt davon, was du tun, denken, fühlen oder entscheiden kannst.',
  'open-question.closed': 'Das ist eine geschlossene (Ja/Nein-)Frage; eine offene Frage (was, wie, …) lädt zu einer ausführlicheren Antwort ein.',
  'open-question.stacked': 'Mehrere Fragen auf einmal: Stelle eine Frage nach der anderen.',
  'open-question.why': 'Warum-Fragen können vorwurfsvoll klingen; frage in dieser Phase lieber nach dem Was oder Wie.',
};

/** German suggested rewordings; `{x}` is a phrase from the user's own text. */
export const DE_SUGGESTIONS: Readonly<Record<SuggestionKey, string>> = {
  'advice.default': 'Welche Möglichkeiten hast du selbst schon in Betracht gezogen?',
  'advice.tried': 'Was hast du bisher schon versucht?',
  'advice.view': 'Wie siehst du das selbst?',
  'advice.experience': 'Was hat dir in ähnlichen Situationen schon geholfen?',
  'sphere.generic': 'Was kann ich in dieser Situation selbst tun, und wie möchte ich damit umgehen?',
  'sphere.with-other': 'Was kann ich in dieser Situation selbst tun, und wie möchte ich damit umgehen?',
  'open.closed': 'Was kannst du darüber erzählen?',
  'open.why': 'Wie kam es dazu?',
};
