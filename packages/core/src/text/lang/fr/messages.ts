/** French messages and suggestions of the built-in text rules. */
import type { MessageKey, SuggestionKey } from '../../pack.js';

/** French rule messages, by message key. */
export const FR_MESSAGES: Readonly<Record<MessageKey, string>> = {
  'no-advice.imperative': 'C’est une consigne (impératif), donc un conseil. Pendant le tour de clarification, pose plutôt une question.',
  'no-advice.modal-suggestion': '« Tu devrais / tu pourrais … » dit à la personne ce qu’elle doit faire : c’est un conseil.',
  'no-advice.have-you-tried': '« As-tu essayé / pensé à … ? » est un conseil déguisé en question.',
  'no-advice.why-dont-you': '« Pourquoi ne … pas (tout simplement) … ? » propose une solution : c’est un conseil en forme de question.',
  'no-advice.wouldnt-it-be-better': '« Ne serait-il pas mieux de … ? » est une suggestion déguisée.',
  'no-advice.isnt-it-time': '« N’est-il pas temps de … ? » dit à la personne ce qu’elle doit faire.',
  'no-advice.if-i-were-you': '« À ta place … » est un conseil.',
  'no-advice.first-person-would': '« Moi, je … » dit ce que tu ferais toi-même : c’est un conseil.',
  'no-advice.own-experience': 'Proposer ta propre solution (« chez nous, on … », « ce qui m’a aidé … ») est un conseil pendant le tour de clarification.',
  'no-advice.what-if-you-just': '« Et si tu … ? » propose une solution.',
  'no-advice.dont-you-think': '« Tu ne crois pas que … ? » oriente vers ton propre avis au lieu de poser une question.',
  'no-advice.could-you-not': '« Tu ne pourrais pas (simplement) … ? » est une suggestion en forme de question.',
  'no-advice.explicit-advice': 'C’est explicitement un conseil ; le tour de clarification est réservé aux questions.',
  'no-advice.impersonal-suggestion': '« Il vaudrait mieux … » ou « une médiation, peut-être ? » est une suggestion, donc un conseil.',
  'no-advice.suggestion':
    'Cela se lit comme une suggestion de ce qu’il faudrait faire, donc un conseil ; pendant le tour de clarification, pose plutôt une question.',
  'sphere-of-influence.causative': 'Le sujet vise à faire faire ou faire changer quelqu’un d’autre ; cela sort de ta propre sphère d’influence.',
  'sphere-of-influence.change-others':
    'Le sujet porte sur le changement du comportement ou de l’attitude d’une autre personne ou de l’organisation, que tu ne peux pas changer directement.',
  'sphere-of-influence.prevent-others': 'Le sujet porte sur ce qu’une autre personne devrait faire ou ne pas faire.',
  'sphere-of-influence.others-obligation':
    'Le sujet dit ce que d’autres (personnes, direction, organisation, politique) devraient faire, pas ce que tu peux faire.',
  'sphere-of-influence.why-others':
    'Une question « pourquoi » sur le comportement ou les décisions d’autres personnes, ou sur le passé, sort de ce que tu peux influencer.',
  'sphere-of-influence.others-subject':
    'Le sujet porte sur d’autres personnes ou sur l’organisation plutôt que sur ce que tu peux faire, penser, ressentir ou décider.',
  'open-question.closed': 'C’est une question fermée (oui/non) ; une question ouverte (quoi, comment, …) invite à une réponse plus riche.',
  'open-question.stacked': 'Plusieurs questions à la fois : pose une question à la fois.',
  'open-question.why': 'Les questions « pourquoi » peuvent sembler accusatrices ; dans cette phase, demande plutôt « quoi » ou « comment ».',
};

/** French suggested rewordings; `{x}` is a phrase from the user's own text. */
export const FR_SUGGESTIONS: Readonly<Record<SuggestionKey, string>> = {
  'advice.default': 'Quelles possibilités as-tu déjà envisagées ?',
  'advice.tried': 'Qu’as-tu déjà essayé jusqu’ici ?',
  'advice.view': 'Comment vois-tu les choses toi-même ?',
  'advice.experience': 'Qu’est-ce qui t’a aidé dans des situations semblables ?',
  'sphere.generic': 'Que puis-je faire moi-même dans cette situation, et comment est-ce que je veux y faire face ?',
  'sphere.with-other': 'Comment puis-je réagir face à {x} d’une manière qui me convient ?',
  'open.closed': 'Que peux-tu nous en dire ?',
  'open.why': 'Qu’est-ce qui a mené à cela ?',
};
