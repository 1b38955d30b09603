// The character rules of the event and command schemas, shared with the fast event path (session/fast-event.ts).
// Not part of the root API.

/** Lone UTF-16 surrogates (not valid text: PostgreSQL `text`/`jsonb` and many stores cannot hold them). */
export const LONE_SURROGATE = /\p{Surrogate}/u;
/** A character that shows something: not white space, not an invisible format character (zero-width space, joiners, BOM, …). */
const VISIBLE = /[^\p{White_Space}\p{Cf}]/u;
/** Whether `s` has a C0 control character or DEL (tab, line feed and carriage return allowed when `lines`). */
export function hasControl(s: string, lines: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 || c === 0x7f) && !(lines && (c === 0x09 || c === 0x0a || c === 0x0d))) return true;
  }
  return false;
}

/** Whether a reference's characters are valid: no control character, no lone surrogate (length is checked apart). */
export function isValidRefText(s: string): boolean {
  return !hasControl(s, false) && !LONE_SURROGATE.test(s);
}

/** Whether a text shows something: not only white space or invisible format characters. */
export function isVisibleText(s: string): boolean {
  return VISIBLE.test(s);
}
