/**
 * `checkOpenQuestion`: flags closed (yes/no) questions, stacked questions (several at once) and,
 * when a method forbids them, "why" questions (waarom / warum).
 */
import type { Lang } from '../shared/lang.js';
import type { RuleHit } from '../shared/span.js';
import { analyse } from './analysis.js';
import { DE_LEAD, DE_WH } from './lexicon-de.js';
import { EN_AUX, EN_LEAD, EN_REQUEST_OBJECT_VERBS, EN_REQUEST_VERBS, EN_WH } from './lexicon-en.js';
import { NL_LEAD, NL_WH } from './lexicon-nl.js';
import { at, skip, spanOf } from './match.js';
import { message, suggestionText } from './messages.js';
import type { Sentence } from './sentences.js';
import { wordSet } from './words.js';

/** Options of {@link checkOpenQuestion}. */
export interface OpenQuestionOptions {
  /** Language of the text; detected when omitted. */
  lang?: Lang;
  /** Session language used as a hint: the text's own language wins when it clearly differs. */
  hint?: Lang;
  /** Whether "why" questions are allowed (default `true`). */
  allowWhy?: boolean;
}

interface QuestionLexicon {
  wh: ReadonlySet<string>;
  why: ReadonlySet<string>;
  lead: ReadonlySet<string>;
  /** Words that can open a yes/no question (finite verbs). */
  closedStart: (w: string, next: string) => boolean;
  /** Verbs of a polite request ("could you explain …"): such a question is open in effect. */
  request: ReadonlySet<string>;
  you: ReadonlySet<string>;
}

const NL_FINITE_NOT = wordSet(`
de het een ik je jij u hij zij ze we wij jullie mijn jouw zijn haar onze dit dat deze die er als en maar of dus
toen nu hier daar wel niet ook nog al dan in op bij met voor naar van over om uit door tegen na sinds zonder
`);
const DE_FINITE_NOT = wordSet(`
der die das den dem des ein eine einen einem einer ich du er sie es wir ihr mein dein sein unser euer dies diese
dieser dass als und aber oder denn also dann jetzt hier da auch noch schon nicht in an auf bei mit für nach von
über um aus durch gegen seit ohne zu
`);
const NL_REQUEST = wordSet('vertellen uitleggen beschrijven toelichten schetsen verduidelijken zeggen omschrijven vertel leg');
const DE_REQUEST = wordSet('erzählen erklären beschreiben schildern sagen erläutern ausführen nennen');
const EN_YOU = wordSet('you');
const NL_YOU = wordSet('je jij u');
const DE_YOU = wordSet('du sie');
const EN_MODAL_REQUEST = wordSet('can could would will');
const NL_MODAL_REQUEST = wordSet('kun kunt kan zou wil wilt');
const DE_MODAL_REQUEST = wordSet('kannst könntest würdest willst magst');
const EN_AND = wordSet('and or');

const QLEX: Readonly<Record<Lang, QuestionLexicon>> = {
  en: {
    wh: EN_WH,
    why: wordSet('why'),
    lead: EN_LEAD,
    closedStart: (w) => EN_AUX.has(w),
    request: wordSet([...EN_REQUEST_VERBS, ...EN_REQUEST_OBJECT_VERBS].join(' ')),
    you: EN_YOU,
  },
  nl: {
    wh: NL_WH,
    why: wordSet('waarom hoezo'),
    lead: NL_LEAD,
    closedStart: (w, next) => !NL_FINITE_NOT.has(w) && !NL_WH.has(w) && next !== '' && w.length > 1,
    request: NL_REQUEST,
    you: NL_YOU,
  },
  de: {
    wh: DE_WH,
    why: wordSet('warum wieso weshalb'),
    lead: DE_LEAD,
    closedStart: (w, next) => !DE_FINITE_NOT.has(w) && !DE_WH.has(w) && next !== '' && w.length > 1,
    request: DE_REQUEST,
    you: DE_YOU,
  },
};

const MODAL_REQUEST: Readonly<Record<Lang, ReadonlySet<string>>> = { en: EN_MODAL_REQUEST, nl: NL_MODAL_REQUEST, de: DE_MODAL_REQUEST };

/** Whether a sentence is a question: ends with `?`, or (unpunctuated) opens with a question word. */
function isQuestion(L: QuestionLexicon, s: Sentence, lang: Lang): boolean {
  if (s.term === '?') return true;
  if (s.term !== '' && s.term !== '\n') return false;
  const first = skip(s.toks, 0, L.lead);
  const w = at(s.toks, first);
  return L.wh.has(w) || (lang === 'en' && EN_AUX.has(w) && at(s.toks, first + 1) !== '');
}

/** True for "could you explain …", "kun je vertellen …", "kannst du erzählen …": a request, open in effect. */
function isPoliteRequest(L: QuestionLexicon, lang: Lang, s: Sentence, first: number): boolean {
  const t = s.toks;
  if (!MODAL_REQUEST[lang].has(at(t, first)) || !L.you.has(at(t, first + 1))) return false;
  for (let i = first + 2; i < t.length; i++) if (L.request.has(t[i]!.w)) return true;
  return false;
}

/**
 * Words that, right after a Dutch or German question word, mark an indirect question in a subordinate
 * clause ("Wie erfährst du, was er braucht?", "Hoe merk je, wat zij nodig heeft?"): the subject comes
 * before the verb there, while a second main-clause question puts the verb first ("…, was machst du?").
 */
const SUBORDINATE_SUBJECTS = new Set(
  `er sie es ich du wir ihr man der die das den dem des ein eine einen einem einer mein meine dein deine sein seine unser unsere euer eure jemand niemand alle
   hij zij ze het ik jij je wij we jullie u men de een mijn jouw zijn haar ons onze hun iemand niemand dat dit die deze iedereen`.split(/\s+/),
);

/**
 * Checks that a question is a single, open question: reports closed (yes/no) questions, several
 * questions at once, and — when `allowWhy` is false — "why" questions. Returns rule hits with
 * message keys `open-question.closed`, `open-question.stacked` and `open-question.why`.
 */
export function checkOpenQuestion(text: string, options: OpenQuestionOptions = {}): RuleHit[] {
  const a = analyse(typeof text === 'string' ? text : String(text ?? ''), options);
  const lang = a.lang;
  const L = QLEX[lang];
  const hits: RuleHit[] = [];
  const questions: Sentence[] = [];
  for (const s of a.sentences) {
    if (!isQuestion(L, s, lang)) continue;
    questions.push(s);
    // "What happened and how did you react?" — a second question inside one sentence
    const t = s.toks;
    for (let i = 1; i < t.length - 1; i++) {
      if (
        (t[i]!.w === ',' || EN_AND.has(t[i]!.w) || t[i]!.w === 'en' || t[i]!.w === 'und' || t[i]!.w === 'of' || t[i]!.w === 'oder') &&
        L.wh.has(at(t, i + 1)) &&
        (lang === 'en' ? EN_AUX.has(at(t, i + 2)) : !SUBORDINATE_SUBJECTS.has(at(t, i + 2)))
      ) {
        hits.push({
          messageKey: 'open-question.stacked',
          message: message('open-question.stacked', lang),
          span: { start: t[i + 1]!.start, end: s.end },
          suggestion: `${a.text
            .slice(s.start, t[i]!.start)
            .trim()
            .replace(/[,\s]+$/, '')}?`,
          confidence: 0.7,
        });
        break;
      }
    }
  }
  if (questions.length > 1) {
    const second = questions[1]!;
    const firstQ = questions[0]!;
    hits.push({
      messageKey: 'open-question.stacked',
      message: message('open-question.stacked', lang),
      span: { start: second.start, end: questions[questions.length - 1]!.end },
      suggestion: a.text.slice(firstQ.start, firstQ.end),
      confidence: 0.9,
    });
  }
  for (const s of questions) {
    const t = s.toks;
    const first = skip(t, 0, L.lead);
    const w = at(t, first);
    if (L.why.has(w)) {
      if (options.allowWhy === false) {
        hits.push({
          messageKey: 'open-question.why',
          message: message('open-question.why', lang),
          span: spanOf(t, first, first),
          suggestion: suggestionText('open.why', lang),
          confidence: 0.95,
        });
      }
      continue;
    }
    if (L.wh.has(w)) continue;
    if (L.closedStart(w, at(t, first + 1)) && !isPoliteRequest(L, lang, s, first)) {
      hits.push({
        messageKey: 'open-question.closed',
        message: message('open-question.closed', lang),
        span: { start: t[first]?.start ?? s.start, end: s.end },
        suggestion: suggestionText('open.closed', lang),
        confidence: lang === 'en' ? 0.85 : 0.7,
      });
    }
  }
  return hits;
}
