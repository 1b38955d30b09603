/**
 * Strict anonymity: in a session created with a pseudonym key, what a participant says in an anonymous
 * phase is logged under a per-session pseudonym (an HMAC of the session and participant ids under a
 * key the host holds), never under their id. The engine links the two only in memory, through this
 * resolver, so quotas, roles and turns still hold while a reader of the log or the database cannot
 * tell who wrote what.
 */
export interface Pseudonyms {
  /** The pseudonym a participant writes under in this session's anonymous phases. */
  of(participantId: string): string | undefined;
  /** The participant behind a pseudonym, or `undefined` for anything that is not one of this session's pseudonyms. */
  author(pseudonym: string): string | undefined;
}

/** Pseudonyms start with this character, which participant ids may not (createSession refuses them). */
export const PSEUDONYM_PREFIX = '~';

/** Whether an id has the shape of a pseudonym (not whether it belongs to a session). */
export function isPseudonym(id: string): boolean {
  return id.startsWith(PSEUDONYM_PREFIX);
}
