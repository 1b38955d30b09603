/**
 * Two Sessions on one store, random interleavings of retried and duplicated commands, and a flaky
 * store (throws before writing, loses acknowledgements after writing, re-delivers old events):
 * afterwards the store's log restores to the live state of both nodes, and no command was applied twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, methods, restoreSession, type SessionStore } from '../src/index.js';
import { inClarification } from './helpers.js';

const generic = methods['generic-four-phase']!;
const QUESTIONS = ['What happened next?', 'Who else was there?', 'How did that feel?', 'What did you expect?'];

/** A store whose faults are switched by the test: throw before a write, lose the acknowledgement after one, re-deliver. */
function flakyStore(inner: SessionStore) {
  const faults = { before: false, after: false, redeliver: false };
  const store: SessionStore = {
    ...inner,
    append: async (...args) => {
      if (faults.before) throw new Error('connection refused');
      const done = await inner.append(...args);
      if (faults.after) throw new Error('acknowledgement lost');
      return done;
    },
    load: async (tenantId, sessionId, options) => {
      const events = await inner.load(tenantId, sessionId, faults.redeliver ? {} : options);
      return events;
    },
  };
  return { store, faults };
}

const step = fc.record({
  node: fc.constantFrom(0, 1),
  by: fc.constantFrom('pia', 'paul'),
  question: fc.nat(QUESTIONS.length - 1),
  commandId: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', undefined),
  fault: fc.constantFrom('none', 'none', 'none', 'before', 'after', 'redeliver'),
  refresh: fc.boolean(),
});

describe('two nodes, a flaky store, retried and duplicated commands', () => {
  it('ends with one log that restores to both live states, and no command applied twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const inner = createMemoryStore();
        const { store, faults } = flakyStore(inner);
        const { session: a, clock } = await inClarification({ store, sessionId: 'shared', follow: false });
        const b = await restoreSession(generic, { store, sessionId: 'shared' }, { follow: false, clock });
        const nodes = [a, b];
        const sentWith = new Map<string, string>();
        for (const s of steps) {
          faults.before = s.fault === 'before';
          faults.after = s.fault === 'after';
          faults.redeliver = s.fault === 'redeliver';
          const text = QUESTIONS[s.question]!;
          const node = nodes[s.node]!;
          const result = await node.send({ type: 'contribute', by: s.by, kind: 'question', text, ...(s.commandId ? { commandId: s.commandId } : {}) });
          expect(typeof (result.ok || result.code)).not.toBe('undefined');
          if (s.commandId && result.ok && !sentWith.has(s.commandId)) sentWith.set(s.commandId, `${s.by}|${text}`);
          if (s.refresh) await node.refresh();
        }
        faults.before = faults.after = faults.redeliver = false;
        await a.refresh();
        await b.refresh();
        const log = await inner.load('default', 'shared');
        expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i));
        const restored = await restoreSession(generic, { events: log }, { follow: false, clock, timers: false });
        expect(a.getState()).toEqual(restored.getState());
        expect(b.getState()).toEqual(restored.getState());
        // Each command id produced at most one event, with the payload first accepted for it.
        const byId = new Map<string, number>();
        for (const e of log) if (e.commandId) byId.set(e.commandId, (byId.get(e.commandId) ?? 0) + 1);
        for (const count of byId.values()) expect(count).toBe(1);
        for (const e of log)
          if (e.commandId && e.type === 'contributed' && sentWith.has(e.commandId)) expect(`${e.by}|${e.text}`).toBe(sentWith.get(e.commandId));
        a.stop();
        b.stop();
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});
