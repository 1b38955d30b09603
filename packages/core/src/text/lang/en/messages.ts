/** English messages and suggestions of the built-in text rules. */
import type { MessageKey, SuggestionKey } from '../../pack.js';

/** English rule messages, by message key. */
export const EN_MESSAGES: Readonly<Record<MessageKey, string>> = {
  'no-advice.imperative': 'This is an instruction (imperative), which is advice. In the clarification round, ask a question instead.',
  'no-advice.modal-suggestion': '“You should / could …” tells the introducer what to do: that is advice.',
  'no-advice.have-you-tried': '“Have you tried / considered …?” is advice packaged as a question.',
  'no-advice.why-dont-you': '“Why don’t you (just) …?” proposes a solution: it is advice phrased as a question.',
  'no-advice.wouldnt-it-be-better': '“Wouldn’t it be better to …?” is a suggestion in disguise.',
  'no-advice.isnt-it-time': '“Isn’t it time you …?” tells the introducer what to do.',
  'no-advice.if-i-were-you': '“If I were you …” is advice.',
  'no-advice.first-person-would': '“I would …” says what you would do yourself: that is advice.',
  'no-advice.own-experience': 'Offering your own solution (“in my team we …”, “what worked for me …”) is advice in the clarification round.',
  'no-advice.what-if-you-just': '“What if you just …?” proposes a solution.',
  'no-advice.dont-you-think': '“Don’t you think …?” steers towards your own view instead of asking.',
  'no-advice.could-you-not': '“Could you not / can’t you just …?” is a suggestion phrased as a question.',
  'no-advice.explicit-advice': 'This gives advice explicitly; the clarification round is for questions.',
  'no-advice.impersonal-suggestion': '“It would be a good idea to …” is a suggestion, and so advice.',
  'no-advice.suggestion': 'This reads as a suggestion of what to do, which is advice; in the clarification round, ask a question instead.',
  'sphere-of-influence.causative': 'The topic aims to make someone else do or become something; that lies outside your own sphere of influence.',
  'sphere-of-influence.change-others': 'The topic is about changing someone else’s behaviour, attitude or the organisation, which you cannot change directly.',
  'sphere-of-influence.prevent-others': 'The topic is about what someone else should or should not do.',
  'sphere-of-influence.others-obligation': 'The topic says what others (people, management, the organisation, policy) should do, not what you can do.',
  'sphere-of-influence.why-others': 'A “why” question about other people’s behaviour, decisions or the past is outside what you can influence.',
  'sphere-of-influence.others-subject': 'The topic is about other people or the organisation rather than about what you can do, think, feel or decide.',
  'open-question.closed': 'This is a closed (yes/no) question; an open question (what, how, …) invites a fuller answer.',
  'open-question.stacked': 'Several questions at once: ask one question at a time.',
  'open-question.why': '“Why” questions can sound accusing; in this phase, ask “what” or “how” instead.',
};

/** English suggested rewordings; `{x}` is a phrase from the user's own text. */
export const EN_SUGGESTIONS: Readonly<Record<SuggestionKey, string>> = {
  'advice.default': 'What options have you considered so far?',
  'advice.tried': 'What have you already tried?',
  'advice.view': 'How do you see it yourself?',
  'advice.experience': 'What has helped you in similar situations before?',
  'sphere.generic': 'What can I do myself in this situation, and how do I want to deal with it?',
  'sphere.with-other': 'How can I respond to {x} in a way that works for me?',
  'open.closed': 'What can you tell us about that?',
  'open.why': 'What led to that?',
};
