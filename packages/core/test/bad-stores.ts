import type { SessionEvent } from '../src/engine/schemas.js';
import { createMemoryStore } from '../src/store/memory.js';
import type { SessionStore } from '../src/store/types.js';

/** Rewrites every string in the events with `fix` (as a store column with a flawed type would). */
function mapStrings(events: readonly SessionEvent[], fix: (s: string) => string): SessionEvent[] {
  return JSON.parse(JSON.stringify(events, (_k, v: unknown) => (typeof v === 'string' ? fix(v) : v))) as SessionEvent[];
}

/** A store that writes through `fix`, otherwise the memory store. */
function writingThrough(fix: (s: string) => string): SessionStore {
  const inner = createMemoryStore();
  return { ...inner, append: (id, events, options) => inner.append(id, mapStrings(events, fix), options) };
}

/** Bad store 1: orders `seq` as text (a `TEXT` column), so event 10 comes before event 2. */
export function seqAsTextStore(): SessionStore {
  const inner = createMemoryStore();
  return {
    ...inner,
    load: async (tenantId, sessionId, options) =>
      (await inner.load(tenantId, sessionId, options)).sort((a, b) => (String(a.seq) < String(b.seq) ? -1 : String(a.seq) > String(b.seq) ? 1 : 0)),
  };
}

/** Bad store 2: truncates every text to 255 characters (a `VARCHAR(255)` column). */
export function truncatingStore(): SessionStore {
  return writingThrough((s) => s.slice(0, 255));
}

/**
 * Bad store 3: turns surrogate code units into U+FFFD (a UCS-2 or three-byte UTF-8 column). For a lone
 * surrogate that is harmless, since the core refuses lone surrogates at the command boundary; for the
 * valid surrogate pairs of emoji and other astral characters it loses text.
 */
export function surrogateMangler(): SessionStore {
  return writingThrough((s) => s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
}
