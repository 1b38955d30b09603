import { PSEUDONYM_PREFIX, type Pseudonyms } from '../engine/pseudonyms.js';
import { RestoreError, SessionConfigError } from '../errors/session.js';

/** A WebCrypto `CryptoKey` (HMAC, SHA-256), described structurally so the SDK's types need no DOM library. */
export interface WebCryptoKey {
  /** `secret` for an HMAC key. */
  readonly type: string;
  /** The key's algorithm (`HMAC`). */
  readonly algorithm: { readonly name: string };
  /** Whether the key's bytes can be exported. */
  readonly extractable: boolean;
  /** What the key may be used for (`sign`). */
  readonly usages: readonly string[];
}

type SubtleKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/**
 * The host's key for strict anonymity (HMAC-SHA-256). Keep it outside the database that holds the
 * logs (a key store, an environment secret): whoever has both can link pseudonyms to participants.
 */
export interface PseudonymKey {
  /** At least 32 random bytes, or a WebCrypto HMAC key made with `extractable: false` if you like. */
  key: Uint8Array | ArrayBuffer | WebCryptoKey;
  /** Your name for this key (stored in the log, so a restore can ask for the right one). */
  keyId: string;
}

/** What the `created` event records about a strict session: the key's id and a check value, never the key. */
export interface AnonymityRecord {
  /** `pseudonymous`: anonymous phases are logged under per-session pseudonyms. */
  mode: 'pseudonymous';
  /** The host's id of the key. */
  keyId: string;
  /** An HMAC of the session id under the key: tells a wrong key from the right one without revealing it. */
  keyCheck: string;
}

const encoder = new TextEncoder();

async function importKey(input: PseudonymKey['key']): Promise<SubtleKey> {
  if (!(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) return input as unknown as SubtleKey;
  // A copy: the key bytes the host passed are not kept, and a SharedArrayBuffer-backed view is accepted.
  const bytes = new Uint8Array(input instanceof Uint8Array ? input : new Uint8Array(input as ArrayBuffer));
  if (bytes.byteLength < 32) throw new SessionConfigError(['the pseudonym key must have at least 32 bytes']);
  return globalThis.crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

async function mac(key: SubtleKey, ...parts: string[]): Promise<string> {
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(parts.join('\u0000'))));
  let binary = '';
  for (let i = 0; i < 16; i++) binary += String.fromCharCode(signature[i]!);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Derives a session's pseudonyms (one per participant) and the key check value. */
export async function derivePseudonyms(
  key: PseudonymKey,
  sessionId: string,
  participantIds: readonly string[],
): Promise<{ pseudonyms: Pseudonyms; record: AnonymityRecord }> {
  const cryptoKey = await importKey(key.key);
  const byParticipant = new Map<string, string>();
  const byPseudonym = new Map<string, string>();
  for (const id of participantIds) {
    const pseudonym = `${PSEUDONYM_PREFIX}${await mac(cryptoKey, 'intervision-pseudonym', sessionId, id)}`;
    byParticipant.set(id, pseudonym);
    byPseudonym.set(pseudonym, id);
  }
  const keyCheck = await mac(cryptoKey, 'intervision-key-check', sessionId);
  return {
    pseudonyms: { of: (id) => byParticipant.get(id), author: (pseudonym) => byPseudonym.get(pseudonym) },
    record: { mode: 'pseudonymous', keyId: key.keyId, keyCheck },
  };
}

/** The pseudonyms for restoring a strict session's log: the key must be given and must be the one it was written with. */
export async function pseudonymsForRestore(
  record: AnonymityRecord | undefined,
  key: PseudonymKey | undefined,
  sessionId: string,
  participantIds: readonly string[],
): Promise<Pseudonyms | undefined> {
  if (!record) return undefined;
  if (!key)
    throw new RestoreError(
      'pseudonym-key-required',
      `This session logs anonymous phases under pseudonyms; pass pseudonymKey (key id "${record.keyId.slice(0, 200)}")`,
    );
  const derived = await derivePseudonyms(key, sessionId, participantIds);
  if (derived.record.keyCheck !== record.keyCheck)
    throw new RestoreError(
      'pseudonym-key-mismatch',
      `The pseudonym key given is not the one this session was written with (key id "${record.keyId.slice(0, 200)}")`,
    );
  return derived.pseudonyms;
}
