/**
 * Language identification for en / nl / de by function-word and orthography scoring. Works on
 * short sentences ("Praat met HR.", "Schreib alles auf.") because the verb lexicons of the
 * validators take part in the scoring.
 */
import { LANGS, type Lang } from '../shared/lang.js';
import { DE_IMPERATIVE_VERBS } from './lexicon-de.js';
import { EN_IMPERATIVE_VERBS } from './lexicon-en.js';
import { NL_IMPERATIVE_VERBS } from './lexicon-nl.js';
import { type Sentence, splitSentences } from './sentences.js';
import { wordSet } from './words.js';

const EN_FUNCTION = wordSet(`
the a an you your yours i me my is are was were be been being do does did dont don't didnt didn't doesnt doesn't
have has had what how why when where who which would should could can will to of and or not with for on at this
that it he she they them his her their we our us just about if so there from by any some much many more very
really maybe already yet ever again after before then than because but also too like out up into other tell ask
try talk think feel get make go take give say said isnt isn't wouldnt wouldn't u ur im i'm i'd i've you're youre
it's what's whats whole anything something nothing everything thing things people colleague manager boss meeting
team work job week day time happened happen felt first last next right now even still only own those these
`);

const NL_FUNCTION = wordSet(`
de het een je jij jou jouw ik mij me mijn is zijn was waren ben bent heb hebt heeft had hadden wat hoe waarom
wanneer waar wie welke zou zouden moet moeten kun kunt kan kunnen wil wilt willen te van en of niet met voor op
aan dit dat die deze hij zij ze hun wij we ons onze gewoon over als dan er naar bij uit om door nog al ook maar
toen nu geen wel eens heel veel meer erg echt misschien daar hier zo zeggen vragen praten doen gaan gedaan gezegd
collega leidinggevende teamleider cliënt overleg gesprek vraag eigenlijk even nee ja jullie hem haar zich zelf
elke iedereen niemand iets niets altijd nooit steeds waarmee waarover daarover hierover erover eraan mee tegen
gebeurde gebeurd voelde voel vind vindt denk denkt weet zei zegt daarna toen hoelang lang ervaring werk erbij
ermee erover eraan erin eruit daarbij betrokken
`);

const DE_FUNCTION = wordSet(`
der die das den dem des ein eine einen einem einer du dich dir dein deine deinen deinem deiner ich mich mir mein
meine meinen meinem meiner ist sind war waren bin bist hast hat habe hatte was wie warum wieso weshalb wann wo
wer welche würde würdest sollte solltest musst muss kannst kann könntest willst will zu von und oder nicht mit
für auf an dies diese dieser dass er sie es ihr ihm ihn ihnen wir uns unser einfach über wenn dann nach bei aus
um durch noch schon auch aber als jetzt kein keine mal sehr viel mehr wirklich vielleicht da hier so sagen
fragen sprechen reden machen gehen gemacht gesagt kollege kollegin chef chefin gespräch frage eigentlich nein ja
euch euer sich selbst jeder niemand etwas nichts immer nie darüber damit dazu davon daran gegen doch denn genau
passiert gefühlt geht gibt alles seit vom zum zur im beim ins fürs
`);

/** Word → score per language (en, nl, de); a word shared by k languages gives each 1/k. */
const WEIGHTS: ReadonlyMap<string, readonly [number, number, number]> = (() => {
  const map = new Map<string, [number, number, number]>();
  const add = (sets: readonly ReadonlySet<string>[], weight: number): void => {
    const all = new Set<string>();
    for (const s of sets) for (const w of s) all.add(w);
    for (const w of all) {
      const hits = sets.map((s) => (s.has(w) ? 1 : 0));
      const k = hits[0]! + hits[1]! + hits[2]!;
      const prev = map.get(w) ?? [0, 0, 0];
      map.set(w, [Math.max(prev[0], (hits[0]! * weight) / k), Math.max(prev[1], (hits[1]! * weight) / k), Math.max(prev[2], (hits[2]! * weight) / k)]);
    }
  };
  add([EN_FUNCTION, NL_FUNCTION, DE_FUNCTION], 1);
  add([EN_IMPERATIVE_VERBS, NL_IMPERATIVE_VERBS, DE_IMPERATIVE_VERBS], 0.8);
  // fix up words that the function lists share across languages but that are far more frequent in one
  for (const [w, s] of [
    ['was', [0.2, 0.3, 0.5]],
    ['wie', [0, 0.5, 0.5]],
    ['die', [0, 0.4, 0.6]],
    ['is', [0.5, 0.5, 0]],
    ['in', [0.1, 0.1, 0.1]],
  ] as const) {
    map.set(w, [s[0], s[1], s[2]]);
  }
  return map;
})();

/** Per-language scores for a text: higher is more likely. */
export interface LanguageScores {
  /** English score. */
  en: number;
  /** Dutch score. */
  nl: number;
  /** German score. */
  de: number;
}

/** Scores of words seen before (bounded: cleared when full, so hostile input cannot grow it). */
const CACHE = new Map<string, readonly [number, number, number]>();
const CACHE_LIMIT = 20000;

function scoreWord(w: string, acc: [number, number, number]): void {
  let hit = CACHE.get(w);
  if (!hit) {
    const fresh: [number, number, number] = [0, 0, 0];
    computeWord(w, fresh);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(w, fresh);
    hit = fresh;
  }
  acc[0] += hit[0];
  acc[1] += hit[1];
  acc[2] += hit[2];
}

function computeWord(w: string, acc: [number, number, number]): void {
  const hit = WEIGHTS.get(w);
  if (hit) {
    acc[0] += hit[0];
    acc[1] += hit[1];
    acc[2] += hit[2];
  }
  // orthography
  if (w.length < 3) return;
  let hasUmlaut = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) hasUmlaut = true;
  }
  if (hasUmlaut) acc[2] += 1.2;
  if (w.includes('ij')) acc[1] += 0.6;
  if (w.endsWith('heid') || w.endsWith('lijk') || w.endsWith('tje') || w.endsWith('tjes') || w.includes('aa') || w.includes('uu')) acc[1] += 0.5;
  if (w.endsWith('ung') || w.endsWith('keit') || w.endsWith('heit') || w.endsWith('lich') || w.endsWith('chen') || w.includes('tz') || w.startsWith('sch'))
    acc[2] += 0.4;
  if (w.startsWith('th') || w.endsWith('ly') || w.endsWith('ing') || w.endsWith('tion') || w.endsWith("'s")) acc[0] += 0.3;
  if (w.startsWith('sch') || w.startsWith('ge')) acc[1] += 0.15;
  if (w.endsWith('en')) {
    acc[1] += 0.1;
    acc[2] += 0.1;
  }
}

/** Scores already tokenised sentences (used by the validators to avoid a second pass). */
export function scoreSentences(sentences: readonly Sentence[]): LanguageScores {
  const acc: [number, number, number] = [0, 0, 0];
  for (const s of sentences) {
    for (let i = 0; i < s.toks.length; i++) {
      const w = s.toks[i]!.w;
      if (w === ',') continue;
      scoreWord(w, acc);
      // German second person: "erwartest du", "du erwartest"
      if (w === 'du' && i > 0 && s.toks[i - 1]!.w.endsWith('st')) acc[2] += 1;
    }
  }
  return { en: acc[0], nl: acc[1], de: acc[2] };
}

/** Scores `text` for each supported language (function words, verb lexicons, orthography). */
export function scoreLanguages(text: string): LanguageScores {
  return scoreSentences(splitSentences(text));
}

/** The best language for the scores; `fallback` on a tie or when nothing was recognised. */
export function pickLanguage(scores: LanguageScores, fallback: Lang = 'en'): Lang {
  let best: Lang = fallback;
  let bestScore = scores[fallback];
  for (const l of LANGS) {
    if (scores[l] > bestScore + 1e-9) {
      best = l;
      bestScore = scores[l];
    }
  }
  return best;
}

/**
 * Detects whether `text` is English, Dutch or German. Returns `fallback` (default `en`) when the
 * text gives no evidence either way (empty, numbers only, names only).
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  return pickLanguage(scoreLanguages(text), fallback);
}

/**
 * The language to judge a text in, given a hint (the session language): the hint unless the
 * text is clearly in another language (a Dutch sentence in an English session is judged as Dutch).
 */
export function resolveLanguageFromScores(scores: LanguageScores, hint: Lang): Lang {
  const best = pickLanguage(scores, hint);
  if (best === hint) return hint;
  const margin = scores[best] - scores[hint];
  return margin >= 1 && scores[best] >= 1.5 * scores[hint] ? best : hint;
}

/** The language of a text: the detected one when it clearly beats the hint (the session language), else the hint. */
export function resolveLanguage(text: string, hint: Lang): Lang {
  return resolveLanguageFromScores(scoreLanguages(text), hint);
}
