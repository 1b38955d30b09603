let counter = 0;

/** A new client-made command id: random where `crypto.randomUUID` exists, else time and a counter. */
export function newCommandId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return random ?? `c-${Date.now().toString(36)}-${counter.toString(36)}`;
}
