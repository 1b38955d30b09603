/**
 * Sentence splitting and word tokenisation in one linear pass, keeping offsets into the original
 * text. No regular expressions: every character is looked at once, so hostile input (100k
 * characters, long runs of punctuation) stays linear.
 */

/** A word (or a clause-separating punctuation mark) with its offsets in the original text. */
export interface Token {
  /** Lower-cased, apostrophe-normalised form; `,` for any clause separator (`,` `:` `(` `)` dash). */
  w: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset one past the last character in the original text. */
  end: number;
}

/** A sentence of the original text with its tokens. */
export interface Sentence {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset one past the last character, terminator included. */
  end: number;
  /** The terminating punctuation that decided the sentence type: `?`, `!`, `.`, `;`, newline or `` (end of text). */
  term: string;
  /** The words and clause separators of the sentence. */
  toks: Token[];
}

/** True for ASCII letters/digits and the Latin-1/Latin Extended letters used by en/nl/de/fr. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0xdf;
}

/** Apostrophe variants: ' ’ ‘ ` ´. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4;
}

/** Characters that may close a sentence after its terminator (quotes, brackets). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}

/**
 * True for a character that {@link normaliseWord} may change: an upper-case ASCII letter, the back-tick,
 * or anything outside ASCII (accented capitals, typographic apostrophes). A word without one is its own
 * normal form.
 */
function mayChange(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 96 || c >= 128;
}

/** Lower-cases a word and normalises its apostrophes to `'`. */
function normaliseWord(raw: string): string {
  let lower = raw.toLowerCase();
  if (lower.indexOf('’') >= 0 || lower.indexOf('‘') >= 0 || lower.indexOf('`') >= 0 || lower.indexOf('´') >= 0) {
    lower = lower.replace(/[’‘`´]/g, "'");
  }
  return lower;
}

/**
 * Splits `text` into sentences (at `?`, `!`, `.`, `;`, `…` and newlines) and tokenises each one.
 * A `.` only ends a sentence when followed by a blank, a closing quote or the end of the text, so
 * `3.5` and `e.g.x` stay inside. Offsets always refer to the original `text`.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let toks: Token[] = [];
  let sentStart = -1;
  let i = 0;
  const flush = (end: number, term: string): void => {
    if (sentStart >= 0) {
      const last = toks[toks.length - 1];
      const stop = (term === '' || term === '\n') && last ? last.end : end;
      out.push({ start: sentStart, end: stop, term, toks });
    }
    toks = [];
    sentStart = -1;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      const s = i;
      let change = mayChange(c);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordCode(d)) {
          change ||= mayChange(d);
          i++;
        } else if ((isApostrophe(d) || d === 45) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
          change ||= mayChange(d) || mayChange(text.charCodeAt(i + 1));
          i += 2;
        } else if (isApostrophe(d) && i + 1 < n && i - s <= 12) {
          // trailing apostrophe as in "dont'" / "parents'" – swallow it, it carries no meaning here
          change ||= mayChange(d);
          i++;
          break;
        } else {
          break;
        }
      }
      if (sentStart < 0) sentStart = s;
      const raw = text.slice(s, i);
      toks.push({ w: change ? normaliseWord(raw) : raw, start: s, end: i });
      continue;
    }
    if (c === 10) {
      // newline ends a sentence
      flush(i, '\n');
      i++;
      continue;
    }
    if (c === 63 || c === 33 || c === 59 || c === 0x2026 || c === 46 || c === 0xbf || c === 0xa1) {
      let j = i;
      let term = '';
      // consume the whole run of terminators (e.g. "?!?", "...")
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 63) term = '?';
        else if (d === 33) term = term === '?' ? '?' : '!';
        else if (d === 59) term = term || ';';
        else if (d === 46 || d === 0x2026) term = term || '.';
        else if (d !== 0xbf && d !== 0xa1) break;
        j++;
      }
      const single = j === i + 1 && c === 46;
      const next = j < n ? text.charCodeAt(j) : -1;
      if (single && next !== -1 && !isSpace(next) && next !== 10 && !isCloser(next)) {
        // "3.5", "file.txt": not a sentence end
        i = j;
        continue;
      }
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if (sentStart >= 0) flush(j, term);
      i = j;
      continue;
    }
    if (c === 44 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014 || (c === 45 && i + 1 < n && isSpace(text.charCodeAt(i + 1)))) {
      if (sentStart >= 0 && toks.length > 0 && toks[toks.length - 1]?.w !== ',') {
        toks.push({ w: ',', start: i, end: i + 1 });
      }
      i++;
      continue;
    }
    i++;
  }
  flush(n, '');
  // trim trailing separators so that a sentence never ends with ','
  for (const s of out) {
    while (s.toks.length > 0 && s.toks[s.toks.length - 1]?.w === ',') s.toks.pop();
  }
  return out;
}
