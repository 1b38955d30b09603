/** The English language pack. */
import type { LanguagePack } from '../../pack.js';
import { wordSet } from '../../words.js';
import { EN_ADVICE } from './advice.js';
import {
  EN_AUX,
  EN_BE_FEELINGS,
  EN_CAUSATIVES,
  EN_CHANGE_VERBS,
  EN_COPING,
  EN_IMPERATIVE_VERBS,
  EN_LEAD,
  EN_OBLIGATION,
  EN_OTHERS,
  EN_PREVENT_VERBS,
  EN_REQUEST_OBJECT_VERBS,
  EN_REQUEST_VERBS,
  EN_SELF_NOUNS,
  EN_WH,
} from './lexicon.js';
import { EN_MESSAGES, EN_SUGGESTIONS } from './messages.js';
import { normaliseEn } from './normalise.js';
import { EN_REJECTIONS } from './rejections.js';
import { EN_SPHERE_MODEL } from './sphere-model.js';

const EN_FUNCTION = wordSet(`
the a an you your yours i me my is are was were be been being do does did dont don't didnt didn't doesnt doesn't
have has had what how why when where who which would should could can will to of and or not with for on at this
that it he she they them his her their we our us just about if so there from by any some much many more very
really maybe already yet ever again after before then than because but also too like out up into other tell ask
try talk think feel get make go take give say said isnt isn't wouldnt wouldn't u ur im i'm i'd i've you're youre
it's what's whats whole anything something nothing everything thing things people colleague manager boss meeting
team work job week day time happened happen felt first last next right now even still only own those these
`);

/** The English language pack. */
export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  detection: {
    functionWords: EN_FUNCTION,
    verbs: EN_IMPERATIVE_VERBS,
    overrides: new Map([
      ['was', 0.2],
      ['is', 0.5],
      ['in', 0.1],
    ]),
    orthography: (w) => (w.startsWith('th') || w.endsWith('ly') || w.endsWith('ing') || w.endsWith('tion') || w.endsWith("'s") ? 0.3 : 0),
  },
  normalise: normaliseEn,
  start: {
    lead: EN_LEAD,
    conj: wordSet('and but or so'),
    but: wordSet('but so'),
    after: wordSet('when if once before after whenever next'),
    reporting: wordSet('said mentioned told'),
    wh: EN_WH,
    cueLabels: wordSet('tip tips advice suggestion hint protip'),
  },
  advice: EN_ADVICE,
  framing: {
    talk: [
      'take time',
      'try remember',
      'try recall',
      'think back',
      'imagine',
      'picture',
      'go on',
      'go ahead',
      '!let me',
      '!help me understand',
      '!correct me',
      '!excuse me',
      '!forgive me',
      '!bear with me',
      'walk through',
    ],
    check: wordSet('right correct true accurate'),
    feelings: EN_BE_FEELINGS,
    know: wordSet('know realise realize understand'),
    noRemedy: [
      'example',
      'curious',
      'wonder',
      'wondering',
      'describe',
      'elaborate',
      'tell me',
      'tell us',
      'been there',
      'get it',
      'know feeling',
      'sounds hard',
      'that sounds',
      'sounds tough',
    ],
  },
  question: {
    wh: EN_WH,
    why: wordSet('why'),
    lead: EN_LEAD,
    closedStart: (w) => EN_AUX.has(w),
    bareQuestion: (w, next) => EN_AUX.has(w) && next !== '',
    request: new Set([...EN_REQUEST_VERBS, ...EN_REQUEST_OBJECT_VERBS]),
    you: wordSet('you'),
    modalRequest: wordSet('can could would will'),
    joiners: wordSet('and or'),
    secondQuestion: (next) => EN_AUX.has(next),
    closedConfidence: 0.85,
  },
  sphere: {
    verbFinal: false,
    i: wordSet('i we'),
    me: wordSet('me myself'),
    reflexiveSelf: wordSet('myself'),
    it: wordSet('it this that'),
    why: wordSet('why'),
    wh: EN_WH,
    aux: wordSet('do does did is are was were am have has had can could will would should shall may might must not'),
    det: wordSet('the a an my our his her their this that these those all every some other new own your its several most any'),
    myPossessive: wordSet('my'),
    others: EN_OTHERS,
    otherSuffixes: [],
    selfNouns: EN_SELF_NOUNS,
    causatives: EN_CAUSATIVES,
    undo: wordSet('undo reverse unsend retract'),
    change: EN_CHANGE_VERBS,
    prevent: EN_PREVENT_VERBS,
    preventFrom: wordSet('from'),
    ensure: wordSet('ensure sure want'),
    that: wordSet('that'),
    purpose: wordSet(''),
    coping: EN_COPING,
    obligation: EN_OBLIGATION,
    lead: wordSet('so and but then my question is how topic'),
    stopNp: wordSet('to with at about for in on towards from of by without when if as'),
    whyChange: wordSet('change changes changed'),
    receive: wordSet('get receive'),
    from: wordSet('from'),
    coordinators: wordSet('and but'),
    gerundCoping: true,
    quoteOther: true,
    reactions: wordSet(
      'anxious angry upset hurt hit affects affected bothers bother stresses stressed nervous guilty sad afraid scared frustrated frustrates annoys annoyed',
    ),
    selfActs: wordSet('tell ask inform invite explain support say raise approach address answer respond reply talk speak'),
  },
  sphereModel: EN_SPHERE_MODEL,
  messages: EN_MESSAGES,
  rejections: EN_REJECTIONS,
  suggestions: EN_SUGGESTIONS,
};
