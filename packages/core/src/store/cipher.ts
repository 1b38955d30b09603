import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { StoreError } from '../errors/store.js';

/** A host-supplied AES-256 key and the id it is known by (stored with every value it encrypts). */
export interface EncryptionKey {
  /** Key id: 1–64 characters of `A–Z a–z 0–9 . _ -`. */
  id: string;
  /** The key: exactly 32 bytes. */
  key: Uint8Array;
}

/** Encryption at rest for a store: the key new values are written with, and older keys still readable. */
export interface EncryptionOptions {
  /** The key every new value is encrypted with. */
  current: EncryptionKey;
  /** Keys of earlier rotations, for reading values not yet re-encrypted. */
  previous?: readonly EncryptionKey[];
}

/** Encrypts and decrypts stored strings (event bodies, snapshots, method definitions). */
export interface ValueCipher {
  /** Whether values are encrypted at all (false for {@link plainValues}). */
  readonly encrypts: boolean;
  /** The stored form of `plain`; `context` (e.g. the row's key) is authenticated, so a value cannot be moved to another row. */
  seal(plain: string, context: string): string;
  /** The plain text of a stored value; a wrong or unknown key or a changed value is a `StoreError` `decryption-failed`. */
  open(stored: string, context: string): string;
  /** Whether a stored value is not (yet) encrypted with the current key, so a rotation must rewrite it. */
  stale(stored: string): boolean;
}

const PREFIX = 'aes256gcm.';
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Stores values as they are (no encryption at rest). */
export const plainValues: ValueCipher = {
  encrypts: false,
  seal: (plain) => plain,
  open: (stored) => {
    if (stored.startsWith(PREFIX)) throw new StoreError('decryption-failed', 'This value is encrypted, but the store was opened without encryption keys');
    return stored;
  },
  stale: () => false,
};

function checkKey(key: EncryptionKey): Uint8Array {
  if (!KEY_ID.test(key.id)) throw new StoreError('invalid-row', 'An encryption key id must be 1–64 characters of A–Z a–z 0–9 . _ -');
  if (!(key.key instanceof Uint8Array) || key.key.length !== 32) throw new StoreError('invalid-row', `Encryption key ${key.id} must be exactly 32 bytes`);
  return key.key;
}

/**
 * AES-256-GCM encryption of stored values with a host-supplied key. A value is stored as
 * `aes256gcm.<key id>.<iv>.<ciphertext+tag>` (base64url), so rotation knows what each row was written
 * with. Values written before encryption was switched on (no prefix) are read as they are and
 * rewritten by a rotation.
 */
export function createValueCipher(options: EncryptionOptions): ValueCipher {
  const keys = new Map<string, Uint8Array>();
  for (const key of [options.current, ...(options.previous ?? [])]) keys.set(key.id, checkKey(key));
  const current = options.current.id;
  const currentKey = keys.get(current)!;
  return {
    encrypts: true,
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${PREFIX}${current}.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(stored, context) {
      if (!stored.startsWith(PREFIX)) return stored;
      const [keyId = '', iv = '', body = ''] = stored.slice(PREFIX.length).split('.');
      const key = keys.get(keyId);
      if (!key) throw new StoreError('decryption-failed', `A stored value is encrypted with key "${keyId}", which the store was not given`);
      try {
        const bytes = Buffer.from(body, 'base64url');
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(bytes.subarray(bytes.length - 16));
        return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
      } catch (error) {
        throw new StoreError('decryption-failed', `A stored value does not decrypt with key "${keyId}" (wrong key, or the value was changed)`, {
          cause: error,
        });
      }
    },
    stale: (stored) => !stored.startsWith(`${PREFIX}${current}.`),
  };
}

/** A cipher for a store's options: AES-256-GCM with the given keys, or plain values without. */
export function valueCipher(options?: EncryptionOptions): ValueCipher {
  return options ? createValueCipher(options) : plainValues;
}
