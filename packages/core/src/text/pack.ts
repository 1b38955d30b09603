/**
 * The shape of a language pack: everything the text validators know about one language, in one typed
 * object. The engines (advice, open question, sphere, language detection, normalisation) hold no
 * language-specific words; they read them from the pack of the language a text is judged in.
 */
import type { Lang } from '../shared/lang.js';
import type { RejectionCatalog } from '../shared/rejection-codes.js';
import type { AdvicePattern } from './advice-types.js';
import type { AdviceDetector } from './detector.js';
import type { AdviceModel } from './model.js';
import type { Token } from './sentences.js';

/**
 * A language code a text can be judged in: a built-in {@link Lang} or the code of a pack a host app
 * registered with `registerLanguagePack`.
 */
export type PackCode = Lang | (string & {});

/** The sphere-of-influence reason kinds that place a topic outside (their message keys are fixed). */
export type OutsideReasonKind = 'causative' | 'change-others' | 'prevent-others' | 'others-obligation' | 'why-others' | 'others-subject';

/** Every message key of the built-in text rules; a pack must give a full sentence for each. */
export type MessageKey =
  | `no-advice.${AdvicePattern}`
  | `sphere-of-influence.${OutsideReasonKind}`
  | 'open-question.closed'
  | 'open-question.stacked'
  | 'open-question.why';

/** Every suggestion key; `{x}` in a text is filled in with a phrase from the user's own text. */
export type SuggestionKey =
  | 'advice.default'
  | 'advice.tried'
  | 'advice.view'
  | 'advice.experience'
  | 'sphere.generic'
  | 'sphere.with-other'
  | 'open.closed'
  | 'open.why';

/** How a pack takes part in language detection. */
export interface DetectionProfile {
  /** Frequent words of the language (articles, pronouns, auxiliaries, question words, …): weight 1. */
  functionWords: ReadonlySet<string>;
  /** Verbs that open imperatives (often the only words of a short contribution): weight 0.8. */
  verbs: ReadonlySet<string>;
  /**
   * Fixed weights for words several languages share but one uses far more ("was", "die"): a word
   * listed by any pack takes exactly the listed weights, 0 for packs that do not list it.
   */
  overrides?: ReadonlyMap<string, number>;
  /** Score from spelling alone (umlauts, "ij", "-tion", accents), for words of 3+ letters. */
  orthography(word: string): number;
  /** Extra score from a word and the word before it ("erwartest du"), when the pack needs it. */
  context?(word: string, previous: string): number;
}

/** Words that decide where a sentence starts, for the advice detectors. */
export interface StartLexicon {
  /** Fillers skipped before the first word ("honestly", "just", "gewoon"). */
  lead: ReadonlySet<string>;
  /** Conjunctions skipped before a question's finite verb ("and", "en", "und"). */
  conj: ReadonlySet<string>;
  /** Contrastive and concluding conjunctions ("but", "so", "maar"): after ", but" the detectors read the rest as a new start. */
  but?: ReadonlySet<string>;
  /**
   * Subordinators that can open a sentence ("when", "als", "wenn", "quand"): after the comma that ends
   * such a clause the detectors read the main clause as a new start ("When she starts again, just leave").
   */
  after?: ReadonlySet<string>;
  /** Verbs of reporting ("said"): a sentence with one reports speech. */
  reporting: ReadonlySet<string>;
  /** Question words. */
  wh: ReadonlySet<string>;
  /**
   * Words that open a tip before a colon, not a speaker's name ("Tip: …", "Faustregel: …"): such a
   * label is kept, where "Pia: …" is dropped before analysis.
   */
  cueLabels?: ReadonlySet<string>;
}

/**
 * Words of the contribution-level framing pass (`text/framing.ts`), which keeps the framing of a
 * genuine question from blocking it.
 */
export interface FramingLexicon {
  /**
   * Imperatives that address the conversation, not the problem, as normalised words in order (gaps of a
   * few words allowed: "stell vor" matches "Stell dir mal vor"): "take time", "try remember", "go on".
   * They count only before a question, unless written with a leading `!` ("!let me": the speaker's own
   * action).
   */
  talk: readonly string[];
  /** Words of a short confirmation question after a paraphrase ("right", "klopt", "stimmt", "bien"). */
  check: ReadonlySet<string>;
  /** Feelings: "in your place I would be angry too" shares a feeling, it gives no remedy. */
  feelings: ReadonlySet<string>;
  /** Verbs of knowing: "you should know we are behind you" is an assurance. */
  know: ReadonlySet<string>;
  /**
   * Phrases (words in order, as in {@link talk}) that make a sentence a request to talk or a shared
   * feeling, anywhere in it: "give an example", "I'm curious", "I've been there". The statistical
   * back-off never counts there (a grammar detector still does).
   */
  noRemedy?: readonly string[];
}

/** What the open-question check needs to know about a language. */
export interface QuestionLexicon {
  /** Question words (open questions start with one). */
  wh: ReadonlySet<string>;
  /** The "why" question words. */
  why: ReadonlySet<string>;
  /** Fillers skipped before the first word. */
  lead: ReadonlySet<string>;
  /** Whether a question starting with `word` (followed by `next`) is closed (yes/no). */
  closedStart(word: string, next: string): boolean;
  /** Whether an unpunctuated sentence starting with `word` (followed by `next`) is still a question. */
  bareQuestion(word: string, next: string): boolean;
  /** Verbs of a polite request ("could you explain …"): such a question is open in effect. */
  request: ReadonlySet<string>;
  /** Second-person pronouns. */
  you: ReadonlySet<string>;
  /** Modals of a polite request ("could", "kun", "kannst", "pourriez"). */
  modalRequest: ReadonlySet<string>;
  /** Words that join two questions in one sentence ("and", "or"; the comma is always one). */
  joiners: ReadonlySet<string>;
  /** Whether a question word followed by `next` opens a second main-clause question (not an indirect one). */
  secondQuestion(next: string): boolean;
  /** Confidence of a closed-question hit (lower where closed questions are harder to tell). */
  closedConfidence: number;
}

/** What the sphere-of-influence check needs to know about a language. */
export interface SphereLexicon {
  /** Whether the verb of a subordinate or infinitive clause comes last (nl, de). */
  verbFinal: boolean;
  /** First-person subjects ("I", "we"). */
  i: ReadonlySet<string>;
  /** First-person objects ("me", "myself"). */
  me: ReadonlySet<string>;
  /** Reflexive first-person pronouns ("myself", "mich"). */
  reflexiveSelf: ReadonlySet<string>;
  /** Pronouns for a situation ("it", "this"). */
  it: ReadonlySet<string>;
  /** "Why" question words. */
  why: ReadonlySet<string>;
  /** Question words. */
  wh: ReadonlySet<string>;
  /** Auxiliaries and modals. */
  aux: ReadonlySet<string>;
  /** Determiners that open a noun phrase. */
  det: ReadonlySet<string>;
  /** First-person possessives ("my"). */
  myPossessive: ReadonlySet<string>;
  /** Other people and bodies. */
  others: ReadonlySet<string>;
  /** Endings of compound nouns naming other people or bodies (nl, de). */
  otherSuffixes: readonly string[];
  /** The introducer's own things ("my time", "my anger"). */
  selfNouns: ReadonlySet<string>;
  /** Verbs that make someone else do or become something ("make", "get"). */
  causatives: ReadonlySet<string>;
  /** Verbs that change their object. */
  change: ReadonlySet<string>;
  /** Verbs of preventing someone else (subject-verb-object languages). */
  prevent: ReadonlySet<string>;
  /** The word after a prevented person ("from"). */
  preventFrom: ReadonlySet<string>;
  /** Verbs of ensuring ("make sure", "zorgen"). */
  ensure: ReadonlySet<string>;
  /** Complementisers after an ensuring verb ("that", "dat"). */
  that: ReadonlySet<string>;
  /** Complementisers of purpose that need no ensuring verb ("zodat", "damit"). */
  purpose: ReadonlySet<string>;
  /** Verbs of undoing the past ("undo", "terugdraaien", "rückgängig", "annuler"): whatever follows is outside. */
  undo?: ReadonlySet<string>;
  /**
   * Words that open a topic stating a wish about others ("Dass die Kanzlei ihre Praxis ändert."): with another
   * person or body right after, the topic is outside.
   */
  wish?: ReadonlySet<string>;
  /**
   * Words before a causative that make it the introducer's own way of saying something ("klar machen", "deutlich
   * machen"): "Den Kolleginnen klar machen, was ich brauche" is the introducer's act, not a change of them.
   */
  saying?: ReadonlySet<string>;
  /** Coping verbs ("deal with", "omgaan"). */
  coping: ReadonlySet<string>;
  /** Obligation modals for a third-person subject. */
  obligation: ReadonlySet<string>;
  /** Words skipped at the start of a topic. */
  lead: ReadonlySet<string>;
  /** Words that end a noun phrase (prepositions, subordinators). */
  stopNp: ReadonlySet<string>;
  /** Inflected change verbs in why-questions about how things are ("why does nothing change"). */
  whyChange: ReadonlySet<string>;
  /** Verbs of receiving ("why do I get … from them"). */
  receive: ReadonlySet<string>;
  /** The word that names the giver ("from"). */
  from: ReadonlySet<string>;
  /** Words that join two main clauses ("and", "but"). */
  coordinators: ReadonlySet<string>;
  /** Whether gerund topics ("Dealing with …", "-ing") are coping topics. */
  gerundCoping: boolean;
  /** Whether the `sphere.with-other` suggestion can quote the other person's noun phrase. */
  quoteOther: boolean;
  /**
   * Words of the introducer's own reaction ("anxious", "hit", "getroffen", "touchée"): "why does the new
   * system make me so anxious?" asks about that reaction, not about the system.
   */
  reactions?: ReadonlySet<string>;
  /**
   * Infinitives of the introducer's own acts towards others ("ask", "inform", "bitten", "inviter"): a topic
   * that is such an act ("Die Schule um einen anderen Stundenplan bitten", "Comment informer mes clients")
   * names others as its object, not as the subject of a change.
   */
  selfActs?: ReadonlySet<string>;
}

/** A language pack: one per language, in `text/lang/<code>/`. */
export interface LanguagePack {
  /** The language code ("en", "fr", or a host app's own code). */
  code: PackCode;
  /** The language's English name. */
  name: string;
  /** Language detection. */
  detection: DetectionProfile;
  /**
   * Normalisation of one lower-cased token: the words it stands for ("don't" → do not, "l'équipe" →
   * la équipe), or `undefined` when it stands for itself. Expanded words keep the token's offsets.
   */
  normalise(word: string): readonly string[] | undefined;
  /** Sentence-start words for the advice detectors. */
  start: StartLexicon;
  /** The advice detectors, run in order on every sentence. */
  advice: readonly AdviceDetector[];
  /** Words of the framing pass that keeps the framing of a genuine question from blocking it (optional for host packs). */
  framing?: FramingLexicon;
  /** Open-question cues. */
  question: QuestionLexicon;
  /** Sphere-of-influence cues. */
  sphere: SphereLexicon;
  /** Optional statistical back-off of the sphere check (outside vs inside), used where the cues find nothing outside. */
  sphereModel?: AdviceModel;
  /** Rule messages. */
  messages: Readonly<Record<MessageKey, string>>;
  /** Suggested rewordings. */
  suggestions: Readonly<Record<SuggestionKey, string>>;
  /**
   * Messages of the refusals `session.send` returns, by rejection code (`{name}` placeholders are filled
   * in). A code the pack leaves out is worded in English; the built-in packs carry every code.
   */
  rejections?: Readonly<Partial<RejectionCatalog>>;
}

/** A token as the detectors see it (re-exported for pack authors). */
export type { Token };
