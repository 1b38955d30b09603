/** Dutch messages and suggestions of the built-in text rules. */
import type { MessageKey, SuggestionKey } from '../../pack.js';

/** Dutch rule messages, by message key. */
export const NL_MESSAGES: Readonly<Record<MessageKey, string>> = {
  'no-advice.imperative': 'Dit is een opdracht (gebiedende wijs) en daarmee een advies. Stel in de verhelderingsronde liever een vraag.',
  'no-advice.modal-suggestion': '“Je moet / je zou … kunnen” zegt wat de inbrenger moet doen: dat is een advies.',
  'no-advice.have-you-tried': '“Heb je al geprobeerd / overwogen …?” is een advies verpakt als vraag.',
  'no-advice.why-dont-you': '“Waarom … je niet (gewoon) …?” stelt een oplossing voor: het is een advies in vraagvorm.',
  'no-advice.wouldnt-it-be-better': '“Zou het niet beter zijn om …?” is een verkapt voorstel.',
  'no-advice.isnt-it-time': '“Is het niet tijd om …?” vertelt de inbrenger wat hij of zij moet doen.',
  'no-advice.if-i-were-you': '“Als ik jou was …” is een advies.',
  'no-advice.first-person-would': '“Ik zou …” zegt wat je zelf zou doen: dat is een advies.',
  'no-advice.own-experience': 'Je eigen oplossing aanreiken (“bij ons doen we …”, “wat mij hielp …”) is in de verhelderingsronde een advies.',
  'no-advice.what-if-you-just': '“Wat als je gewoon …?” stelt een oplossing voor.',
  'no-advice.dont-you-think': '“Denk je niet dat …?” stuurt naar je eigen mening in plaats van te vragen.',
  'no-advice.could-you-not': '“Kun je niet (gewoon) …?” is een voorstel in vraagvorm.',
  'no-advice.explicit-advice': 'Dit is uitdrukkelijk een advies; de verhelderingsronde is voor vragen.',
  'no-advice.impersonal-suggestion': '“Het is verstandig om …” is een voorstel en dus een advies.',
  'no-advice.suggestion': 'Dit leest als een voorstel voor wat de inbrenger moet doen, en dus als een advies; stel in de verhelderingsronde liever een vraag.',
  'sphere-of-influence.causative': 'Het onderwerp wil iemand anders iets laten doen of laten veranderen; dat ligt buiten je eigen invloedssfeer.',
  'sphere-of-influence.change-others':
    'Het onderwerp gaat over het veranderen van het gedrag of de houding van een ander of van de organisatie; dat kun je niet rechtstreeks veranderen.',
  'sphere-of-influence.prevent-others': 'Het onderwerp gaat over wat iemand anders wel of niet moet doen.',
  'sphere-of-influence.others-obligation': 'Het onderwerp zegt wat anderen (mensen, leiding, organisatie, beleid) moeten doen, niet wat jij kunt doen.',
  'sphere-of-influence.why-others': 'Een waaromvraag over het gedrag of de besluiten van anderen of over het verleden valt buiten je invloed.',
  'sphere-of-influence.others-subject': 'Het onderwerp gaat over anderen of de organisatie in plaats van over wat jij kunt doen, denken, voelen of beslissen.',
  'open-question.closed': 'Dit is een gesloten (ja/nee-)vraag; een open vraag (wat, hoe, …) nodigt uit tot een vollediger antwoord.',
  'open-question.stacked': 'Meerdere vragen tegelijk: stel één vraag per keer.',
  'open-question.why': 'Waaromvragen kunnen beschuldigend klinken; vraag in deze fase liever naar het wat of hoe.',
};

/** Dutch suggested rewordings; `{x}` is a phrase from the user's own text. */
export const NL_SUGGESTIONS: Readonly<Record<SuggestionKey, string>> = {
  'advice.default': 'Welke mogelijkheden heb je zelf al overwogen?',
  'advice.tried': 'Wat heb je tot nu toe al geprobeerd?',
  'advice.view': 'Hoe zie jij het zelf?',
  'advice.experience': 'Wat heeft je in vergelijkbare situaties eerder geholpen?',
  'sphere.generic': 'Wat kan ik zelf doen in deze situatie, en hoe wil ik ermee omgaan?',
  'sphere.with-other': 'Hoe kan ik omgaan met {x} op een manier die bij mij past?',
  'open.closed': 'Wat kun je daarover vertellen?',
  'open.why': 'Wat bracht je daartoe?',
};
