/**
 * `checkOpenQuestion`: flags closed (yes/no) questions, stacked questions (several at once) and,
 * when a method forbids them, "why" questions (waarom / warum).
 */
import type { RuleHit } from '../shared/span.js';
import { analyse } from './analysis.js';
import { at, skip, spanOf } from './match.js';
import { message, suggestionText } from './messages.js';
import type { PackCode, QuestionLexicon } from './pack.js';
import type { Sentence } from './sentences.js';

/** Options of {@link checkOpenQuestion}. */
export interface OpenQuestionOptions {
  /** Language of the text; detected when omitted. */
  lang?: PackCode;
  /** Session language used as a hint: the text's own language wins when it clearly differs. */
  hint?: PackCode;
  /** Whether "why" questions are allowed (default `true`). */
  allowWhy?: boolean;
}

/** Whether a sentence is a question: ends with `?`, or (unpunctuated) opens with a question word. */
function isQuestion(L: QuestionLexicon, s: Sentence): boolean {
  if (s.term === '?') return true;
  if (s.term !== '' && s.term !== '\n') return false;
  const first = skip(s.toks, 0, L.lead);
  const w = at(s.toks, first);
  return L.wh.has(w) || L.bareQuestion(w, at(s.toks, first + 1));
}

/** True for "could you explain …", "kun je vertellen …", "kannst du erzählen …": a request, open in effect. */
function isPoliteRequest(L: QuestionLexicon, s: Sentence, first: number): boolean {
  const t = s.toks;
  if (!L.modalRequest.has(at(t, first)) || !L.you.has(at(t, first + 1))) return false;
  for (let i = first + 2; i < t.length; i++) if (L.request.has(t[i]!.w)) return true;
  return false;
}

/**
 * Checks that a question is a single, open question: reports closed (yes/no) questions, several
 * questions at once, and — when `allowWhy` is false — "why" questions. Returns rule hits with
 * message keys `open-question.closed`, `open-question.stacked` and `open-question.why`.
 */
export function checkOpenQuestion(text: string, options: OpenQuestionOptions = {}): RuleHit[] {
  const a = analyse(typeof text === 'string' ? text : String(text ?? ''), options);
  const lang = a.lang;
  const L = a.pack.question;
  const hits: RuleHit[] = [];
  const questions: Sentence[] = [];
  for (const s of a.sentences) {
    if (!isQuestion(L, s)) continue;
    questions.push(s);
    // "What happened and how did you react?" — a second question inside one sentence
    const t = s.toks;
    for (let i = 1; i < t.length - 1; i++) {
      if ((t[i]!.w === ',' || L.joiners.has(t[i]!.w)) && L.wh.has(at(t, i + 1)) && L.secondQuestion(at(t, i + 2))) {
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
    if (L.closedStart(w, at(t, first + 1)) && !isPoliteRequest(L, s, first)) {
      hits.push({
        messageKey: 'open-question.closed',
        message: message('open-question.closed', lang),
        span: { start: t[first]?.start ?? s.start, end: s.end },
        suggestion: suggestionText('open.closed', lang),
        confidence: L.closedConfidence,
      });
    }
  }
  return hits;
}
