/**
 * `assessSphereOfInfluence`: does a proposed topic lie inside the introducer's own sphere of
 * influence? Decided on AGENCY: who is the subject of the change the topic aims at. The introducer
 * acting, thinking, feeling, deciding or coping is inside; other people, management, the
 * organisation, policy or the past as the subject of a change (or the object of a causative
 * "make / get X to …") is outside.
 */
import type { Span } from '../shared/span.js';
import { analyse } from './analysis.js';
import { at, clauseEnd, findIn, MAX_SCAN, skip, spanOf } from './match.js';
import { suggestionText } from './messages.js';
import { scoreSentence } from './model.js';
import type { PackCode, SphereLexicon } from './pack.js';
import type { Sentence, Token } from './sentences.js';
import { endsWithAny } from './words.js';

/** Why a topic was judged inside or outside the sphere of influence. */
export type SphereReasonKind =
  | 'causative'
  | 'change-others'
  | 'prevent-others'
  | 'others-obligation'
  | 'why-others'
  | 'others-subject'
  | 'first-person'
  | 'coping';

/** A reason with the words it rests on. */
export interface SphereReason {
  /** What was found. The first six kinds point outside, `first-person` and `coping` inside. */
  reason: SphereReasonKind;
  /** Character span of the words in the original topic. */
  span: Span;
  /** Index of the sentence (0-based). */
  sentence?: number;
}

/** Options of {@link assessSphereOfInfluence}. */
export interface SphereOptions {
  /** Language of the topic; detected when omitted. */
  lang?: PackCode;
  /** Session language used as a hint: the topic's own language wins when it clearly differs. */
  hint?: PackCode;
}

/** Result of {@link assessSphereOfInfluence}. */
export interface SphereResult {
  /** Whether the topic lies inside the introducer's sphere of influence. */
  inside: boolean;
  /** How sure the verdict is, 0..1. */
  confidence: number;
  /** What the verdict rests on (outside reasons first). */
  reasons: SphereReason[];
  /** For an outside topic: a reframing into an inside one, in the same language. */
  suggestion?: string;
  /** The language the topic was judged in. */
  lang: PackCode;
}

/** Reason kinds that place a topic outside the sphere of influence. */
export const OUTSIDE_REASONS: readonly SphereReasonKind[] = [
  'causative',
  'change-others',
  'prevent-others',
  'others-obligation',
  'why-others',
  'others-subject',
];

/** Kind of a noun phrase: the introducer, someone/something else, or unknown. */
type NpKind = 'self' | 'other' | 'unknown' | 'none';

interface Np {
  kind: NpKind;
  /** Index of the first and last token of the phrase. */
  a: number;
  b: number;
}

function isOther(L: SphereLexicon, w: string): boolean {
  return L.others.has(w) || (L.otherSuffixes.length > 0 && w.length > 4 && endsWithAny(w, L.otherSuffixes));
}

/** Reads the noun phrase starting at `i` (determiners, up to four words, stops at prepositions). */
function readNp(L: SphereLexicon, t: readonly Token[], i: number, skipMe = false): Np {
  let j = i;
  if (skipMe) j = skip(t, j, L.me);
  const w = at(t, j);
  if (w === '' || w === ',') return { kind: 'none', a: j, b: j };
  if (L.i.has(w)) return { kind: 'self', a: j, b: j };
  const mine = L.myPossessive.has(w);
  const k = skip(t, j, L.det);
  const end = Math.min(t.length, k + 4);
  for (let x = mine ? j + 1 : k; x < end; x++) {
    const v = t[x]!.w;
    if (v === ',' || L.stopNp.has(v)) break;
    // "Hoe vertel ik mijn leidinggevende …": the introducer is the subject before any other person is named
    if (L.i.has(v)) return { kind: 'self', a: x, b: x };
    if (mine && L.selfNouns.has(v)) return { kind: 'self', a: j, b: x };
    if (isOther(L, v)) return { kind: 'other', a: j, b: x };
  }
  if (k === j && !L.det.has(w)) {
    // no determiner: a bare word that is neither self nor other (a verb, "more", …)
    return { kind: 'none', a: j, b: j };
  }
  return { kind: 'unknown', a: j, b: Math.max(j, k) };
}

/**
 * Whether the sentence at `first` is the introducer's own act towards others: a leading infinitive of
 * such an act ("Inviter les parents …"), one after a question word ("Comment informer …", "how to tell …",
 * "what I tell …"), or one closing the first clause of a verb-final language ("Die Schule um … bitten").
 */
function ownAct(L: SphereLexicon, t: readonly Token[], first: number): boolean {
  const acts = L.selfActs;
  if (!acts) return false;
  const fw = at(t, first);
  if (acts.has(fw)) return true;
  if (L.wh.has(fw) && !L.why.has(fw)) {
    const next = at(t, first + 1);
    if (acts.has(next) || (next === 'to' && acts.has(at(t, first + 2)))) return true;
    // "What I tell volunteers …", "Was ich den Eltern sage": the introducer is the subject
    if (L.i.has(next)) return true;
  }
  if (!L.verbFinal) return false;
  const end = clauseEnd(t, first);
  for (let k = first; k < end; k++) if (L.aux.has(t[k]!.w) || L.obligation.has(t[k]!.w) || L.i.has(t[k]!.w)) return false;
  return end - first >= 3 && acts.has(at(t, end - 1));
}

/** "Now that I lead the team, what do I want to be known for?": a last clause that asks about the introducer. */
function lastClauseAsksMe(L: SphereLexicon, t: readonly Token[]): boolean {
  let c = -1;
  for (let k = Math.max(0, t.length - MAX_SCAN); k < t.length; k++) if (t[k]!.w === ',') c = k;
  if (c < 0 || !L.wh.has(at(t, c + 1)) || L.why.has(at(t, c + 1))) return false;
  for (let k = c + 2; k < Math.min(t.length, c + 5); k++) if (L.i.has(t[k]!.w)) return true;
  return false;
}

interface SentenceVerdict {
  strong: SphereReason[];
  weak: SphereReason[];
  inside: SphereReason[];
  otherNp?: Np;
}

function judgeSentence(L: SphereLexicon, s: Sentence, si: number): SentenceVerdict {
  const t = s.toks;
  const n = t.length;
  const v: SentenceVerdict = { strong: [], weak: [], inside: [] };
  const reason = (kind: SphereReasonKind, a: number, b: number): SphereReason => ({ reason: kind, span: spanOf(t, a, b), sentence: si });
  const iIdx = (() => {
    for (let x = 0; x < n; x++) if (L.i.has(t[x]!.w)) return x;
    return -1;
  })();

  for (let x = 0; x < n; x++) {
    const w = t[x]!.w;
    // causatives: "make / get X to …" (en), "X … maken / krijg ik X zover / bringe ich X dazu" (nl, de)
    if (L.causatives.has(w)) {
      if (!L.verbFinal) {
        if (at(t, x + 1) === 'sure') continue;
        const np = readNp(L, t, x + 1);
        if (np.kind === 'other') {
          v.strong.push(reason('causative', x, np.b));
          v.otherNp ??= np;
        }
      } else if (iIdx >= 0 && iIdx > x) {
        const np = readNp(L, t, iIdx + 1, true);
        if (np.kind === 'other') {
          v.strong.push(reason('causative', x, np.b));
          v.otherNp ??= np;
        }
      } else if (iIdx >= 0 && iIdx < x) {
        const np = readNp(L, t, skip(t, iIdx + 1, L.aux), true);
        if (np.kind === 'other' && np.b < x) {
          v.strong.push(reason('causative', np.a, x));
          v.otherNp ??= np;
        }
      } else if (iIdx < 0 && L.saying && !L.saying.has(at(t, x - 1))) {
        // an infinitive topic without a subject: "Die Reinigungsfirma dazu bringen, …", "Den Nachtdienst freundlicher machen"
        const np = readNp(L, t, skip(t, 0, L.lead));
        if (np.kind === 'other' && np.b < x) {
          v.strong.push(reason('causative', np.a, x));
          v.otherNp ??= np;
        }
      }
      continue;
    }
    // undoing the past: "undo last month's e-mail", "die Entscheidung rückgängig machen"
    if (L.undo?.has(w)) {
      v.strong.push(reason('change-others', x, Math.min(n - 1, x + 1)));
      continue;
    }
    // changing someone else: "change my colleague's attitude", "de houding van mijn collega veranderen"
    if (L.change.has(w)) {
      if (!L.verbFinal) {
        const np = readNp(L, t, x + 1);
        if (np.kind === 'other') {
          v.strong.push(reason('change-others', x, np.b));
          v.otherNp ??= np;
        }
      } else if (iIdx >= 0 && iIdx < x) {
        const start = skip(t, iIdx + 1, L.aux);
        const firstNp = readNp(L, t, start, true);
        if (firstNp.kind !== 'self') {
          for (let y = start; y < Math.min(x, start + MAX_SCAN); y++) {
            if (isOther(L, t[y]!.w)) {
              v.strong.push(reason('change-others', y, x));
              v.otherNp ??= { kind: 'other', a: y, b: y };
              break;
            }
          }
        }
      }
      continue;
    }
    // preventing / ensuring: "prevent X from", "make sure X", "zorgen dat X", "verhindern, dass X"
    if (!L.verbFinal && L.prevent.has(w)) {
      const np = readNp(L, t, x + 1);
      // "stop my team lead from …": allow a compound noun of up to two more words before "from"
      const from = [1, 2, 3].find((d) => L.preventFrom.has(at(t, np.b + d)));
      if (np.kind === 'other' && from !== undefined) {
        v.strong.push(reason('prevent-others', x, np.b));
        v.otherNp ??= np;
      }
      continue;
    }
    if ((L.that.has(w) && x > 0) || (x === 0 && L.wish?.has(w))) {
      const window = L.verbFinal ? 4 : 1;
      let ensureBefore = false;
      for (let y = Math.max(0, x - window); y < x; y++) if (L.ensure.has(t[y]!.w) || t[y]!.w === 'so') ensureBefore = true;
      if (ensureBefore || L.purpose.has(w) || (x === 0 && L.wish?.has(w))) {
        const np = readNp(L, t, x + 1);
        if (np.kind === 'other') {
          v.strong.push(reason('prevent-others', x, np.b));
          v.otherNp ??= np;
        }
      }
      continue;
    }
    if (!L.verbFinal && L.ensure.has(w) && (at(t, x - 1) === 'make' || w === 'ensure' || w === 'want')) {
      const np = readNp(L, t, x + 1);
      if (np.kind === 'other' && (w !== 'want' || at(t, np.b + 1) === 'to')) {
        v.strong.push(reason('prevent-others', x, np.b));
        v.otherNp ??= np;
      }
      continue;
    }
    if (L.coping.has(w) && (iIdx >= 0 || x === 0)) v.inside.push(reason('coping', x, x));
  }

  // the subject of the main clause
  const first = skip(t, 0, L.lead);
  const fw = at(t, first);
  if (first === 0 && fw.length > 4 && fw.endsWith('ing') && L.gerundCoping) {
    v.inside.push(reason('coping', 0, 0));
    return v;
  }
  if (L.coping.has(fw) && first === 0 && !L.aux.has(fw)) {
    v.inside.push(reason('coping', 0, 0));
    return v;
  }
  if (ownAct(L, t, first) || lastClauseAsksMe(L, t)) {
    v.inside.push(reason('first-person', first, first));
    return v;
  }
  let subj: Np;
  let verbIdx: number;
  const isWhy = L.why.has(fw);
  if (L.why.has(fw) || L.wh.has(fw)) {
    // wh + verb + subject ("why does my manager …", "waarom geeft mijn directeur me …")
    verbIdx = first + 1;
    let k = verbIdx + 1;
    if (at(t, k) === 'not') k++;
    subj = readNp(L, t, k, L.verbFinal);
    if (subj.kind === 'none' && L.verbFinal) subj = readNp(L, t, skip(t, k, L.me), false);
  } else if (L.aux.has(fw) || L.obligation.has(fw)) {
    verbIdx = first;
    subj = readNp(L, t, first + 1);
    // "Faut-il que j'annonce …?": an impersonal obligation whose subject comes after the complementiser
    if (L.obligation.has(fw) && L.that.has(at(t, first + 2))) subj = readNp(L, t, first + 3);
  } else {
    subj = readNp(L, t, first);
    verbIdx = subj.kind === 'none' ? first : subj.b + 1;
    // "everyone in my team should …": the subject may carry a prepositional phrase
    while (verbIdx < n && !L.aux.has(at(t, verbIdx)) && !L.obligation.has(at(t, verbIdx)) && verbIdx - first < 8) verbIdx++;
  }
  const verb = at(t, verbIdx);
  if (subj.kind === 'self') {
    // "Why do I get so little recognition from my boss?": a complaint about what others give, not about me
    if (isWhy) {
      const receives = findIn(t, L.receive, first + 1, subj.b + 3);
      const from = receives >= 0 ? findIn(t, L.from, receives + 1, n) : -1;
      const giver = from >= 0 ? readNp(L, t, from + 1) : undefined;
      if (giver?.kind === 'other') {
        v.strong.push(reason('why-others', first, giver.b));
        v.otherNp ??= giver;
        return v;
      }
    }
    v.inside.push(reason('first-person', subj.a, subj.b));
    return v;
  }
  if (isWhy) {
    const itSubject = L.it.has(at(t, subj.a)) || subj.kind === 'none';
    let mentionsMe = false;
    for (const tok of t) if (L.me.has(tok.w) || L.reflexiveSelf.has(tok.w)) mentionsMe = true;
    // "Why does the new system make me so anxious?", "Warum mich die Beschwerde so getroffen hat": my own reaction
    if (mentionsMe && L.reactions && findIn(t, L.reactions, first + 1, n) >= 0) {
      v.inside.push(reason('first-person', first, first));
      return v;
    }
    // "Warum ändert sich an unserer Schule nie etwas?", "Why doesn't anything ever change here?"
    if (!mentionsMe && findIn(t, L.whyChange, first + 1, n) >= 0) {
      v.weak.push(reason('why-others', first, Math.max(first, subj.b)));
      return v;
    }
    if (itSubject && mentionsMe) {
      v.inside.push(reason('first-person', subj.a, subj.b));
    } else if (subj.kind === 'other' || subj.kind === 'unknown') {
      v.weak.push(reason('why-others', first, subj.b));
      if (subj.kind === 'other') v.otherNp ??= subj;
    }
    return v;
  }
  // "The software is useless and management won't listen": a coordinated clause about others.
  if (subj.kind !== 'other') {
    for (let k = first + 1; k < n - 2 && k - first < MAX_SCAN; k++) {
      if (!L.coordinators.has(t[k]!.w)) continue;
      const np = readNp(L, t, k + 1);
      if (np.kind === 'other' && L.aux.has(at(t, np.b + 1))) {
        v.weak.push(reason('others-subject', np.a, np.b));
        v.otherNp ??= np;
        break;
      }
    }
  }
  if (subj.kind === 'other' || (subj.kind === 'unknown' && !L.wh.has(fw))) {
    const obligation = L.obligation.has(verb) || L.obligation.has(fw);
    if (obligation) v.strong.push(reason('others-obligation', subj.a, verbIdx < n ? verbIdx : subj.b));
    else if (subj.kind === 'other') v.weak.push(reason('others-subject', subj.a, subj.b));
    if (subj.kind === 'other') v.otherNp ??= subj;
  }
  return v;
}

/** Outside reasons that only describe a situation: in a statement that sets the scene they do not decide. */
const SCENE_REASONS: ReadonlySet<string> = new Set(['others-subject', 'others-obligation', 'why-others']);

/**
 * How many leading sentences of a topic only set the scene: when the topic ends in a question the
 * introducer asks about their own action (a first-person subject `self` in it, no outside reason) ("The parents are divided. How do I raise it without taking
 * sides?"), the statements before it describe the situation and their outside reasons do not count.
 * Returns 0 when the last sentence is not such a question, or a statement before it gives a stronger
 * reason (a causative, changing others).
 */
function sceneSentences(
  self: ReadonlySet<string>,
  sentences: readonly Sentence[],
  strong: readonly SphereReason[],
  weak: readonly SphereReason[],
  inside: readonly SphereReason[],
): number {
  const last = sentences.length - 1;
  if (last < 1 || sentences[last]!.term !== '?') return 0;
  const lastInside = inside.some((r) => r.sentence === last && r.reason === 'first-person') || sentences[last]!.toks.some((tok) => self.has(tok.w));
  const lastOutside = strong.some((r) => r.sentence === last) || weak.some((r) => r.sentence === last);
  if (!lastInside || lastOutside) return 0;
  for (const r of [...strong, ...weak]) if ((r.sentence ?? 0) < last && (!SCENE_REASONS.has(r.reason) || sentences[r.sentence ?? 0]!.term === '?')) return 0;
  return last;
}

/** Removes from `reasons` those found in the first `scene` sentences. */
function dropScene(reasons: SphereReason[], scene: number): void {
  let k = 0;
  for (const r of reasons) if ((r.sentence ?? 0) >= scene) reasons[k++] = r;
  reasons.length = k;
}

/**
 * Judges whether a proposed topic lies inside the introducer's sphere of influence (what they can
 * do, think, feel, decide, or how they deal with a situation) or outside it (changing other people,
 * management, the organisation, policy or the past). Never throws; linear in the length of the text.
 */
export function assessSphereOfInfluence(topic: string, options: SphereOptions = {}): SphereResult {
  const a = analyse(typeof topic === 'string' ? topic : String(topic ?? ''), options);
  const L = a.pack.sphere;
  const strong: SphereReason[] = [];
  const weak: SphereReason[] = [];
  const inside: SphereReason[] = [];
  let otherNp: { np: Np; s: Sentence } | undefined;
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i]!;
    const v = judgeSentence(L, s, i);
    strong.push(...v.strong);
    weak.push(...v.weak);
    inside.push(...v.inside);
    if (v.otherNp && !otherNp) otherNp = { np: v.otherNp, s };
  }
  const scene = sceneSentences(L.i, a.sentences, strong, weak, inside);
  if (scene > 0) {
    dropScene(strong, scene);
    dropScene(weak, scene);
  }
  let outside = strong.length > 0 || (weak.length > 0 && inside.length === 0);
  const model = a.pack.sphereModel;
  if (!outside && model) {
    // the statistical back-off: a topic the cues do not place outside, but whose words do
    for (let i = scene; i < a.sentences.length && !outside; i++) {
      const s = a.sentences[i]!;
      // "why do I get so angry …?" asks about the introducer's own reactions: the cues decided that, not the words
      const selfWhy = L.why.has(at(s.toks, skip(s.toks, 0, L.lead))) && inside.some((r) => r.sentence === i && r.reason === 'first-person');
      if (selfWhy) continue;
      const { score, a: from, b: to } = scoreSentence(model, s.toks, s.term === '?');
      if (score < model.threshold) continue;
      weak.push({ reason: 'others-subject', span: spanOf(s.toks, from, to), sentence: i });
      outside = true;
    }
  }
  if (!outside) {
    return { inside: true, confidence: inside.length > 0 ? 0.85 : 0.6, reasons: inside, lang: a.lang };
  }
  let suggestion = suggestionText('sphere.generic', a.lang);
  if (otherNp && L.quoteOther) {
    const { np, s } = otherNp;
    const span = spanOf(s.toks, np.a, np.b);
    let phrase = a.text.slice(span.start, span.end);
    phrase = phrase.replace(/['’]s$/, '');
    if (phrase.length > 0 && phrase.length < 60) suggestion = suggestionText('sphere.with-other', a.lang, phrase);
  }
  return {
    inside: false,
    confidence: strong.length > 0 ? 0.85 : 0.7,
    reasons: [...strong, ...weak],
    suggestion,
    lang: a.lang,
  };
}
