import { describe, expect, it } from 'vitest';
import { createMemoryStore, isConcurrencyError, type SessionStore } from '../src/index.js';
import { runConformance, timerChecks } from '../src/testing/index.js';

/** The names of the timer checks a store fails. */
const failing = async (make: () => SessionStore) =>
  (await runConformance(async () => ({ store: make() }), timerChecks)).filter((r) => r.outcome === 'failed').map((r) => r.name);

// The timer checks run on every store through runSessionStoreConformance (memory: store.test.ts;
// SQLite and PostgreSQL: their packages' conformance tests). Here: they fail stores that break them.
describe('the timer-delivery checks fail broken stores', () => {
  it('fails a store whose dueTimers answers every session with a deadline, due or not (sessions restored needlessly)', async () => {
    const eager = (): SessionStore => {
      const inner = createMemoryStore();
      return { ...inner, dueTimers: (_now, options) => inner.dueTimers(Number.MAX_SAFE_INTEGER, options) };
    };
    expect(await failing(eager)).toEqual(expect.arrayContaining([expect.stringContaining('restoring only that session')]));
  });

  it('fails a store that never lists a due timer (expiries are never delivered after a restart)', async () => {
    const blind = (): SessionStore => ({ ...createMemoryStore(), dueTimers: async () => [] });
    expect(await failing(blind)).toEqual(timerChecks.map((c) => c.name));
  });

  it('fails a store that swallows concurrency conflicts (two workers both believe they delivered)', async () => {
    const swallowing = (): SessionStore => {
      const inner = createMemoryStore();
      return {
        ...inner,
        append: (id, events, options) =>
          inner.append(id, events, options).catch((error: unknown) => {
            if (isConcurrencyError(error)) return { version: options.expectedVersion + events.length };
            throw error;
          }),
      };
    };
    expect(await failing(swallowing)).toEqual(expect.arrayContaining([expect.stringContaining('record each expiry once')]));
  });
});
