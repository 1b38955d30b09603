import { describe, expect, it } from 'vitest';
import { createMemoryStore, type SessionEvent, type SessionStore } from '../src/index.js';
import { runConformance, runSessionStoreConformance, runStoreConformance, sessionChecks, storeChecks } from '../src/testing/index.js';
import { seqAsTextStore, surrogateMangler, truncatingStore } from './bad-stores.js';

runStoreConformance('memory', async () => ({ store: createMemoryStore() }), { describe, it }, { hasRawDump: false });

runSessionStoreConformance('memory', async () => ({ store: createMemoryStore() }), { describe, it });

describe('the conformance suite fails broken stores', () => {
  const failing = async (make: () => import('../src/index.js').SessionStore) =>
    (await runConformance(async () => ({ store: make() }))).filter((r) => r.outcome === 'failed').map((r) => r.name);

  it('passes the memory store run without a test framework (raw read skipped: memory has no file)', async () => {
    const results = await runConformance(async () => ({ store: createMemoryStore() }));
    expect(results.filter((r) => r.outcome === 'failed')).toEqual([]);
    expect(results.filter((r) => r.outcome === 'skipped').map((r) => r.name)).toEqual([expect.stringContaining('raw read')]);
    expect(results).toHaveLength(storeChecks.length);
  });

  it('fails a store that orders seq as text (breaks at 11+ events)', async () => {
    expect(await failing(seqAsTextStore)).toEqual(
      expect.arrayContaining([expect.stringContaining('past 10 and past 1,000 events'), expect.stringContaining('12 events appended one by one')]),
    );
  });

  it('fails a store that truncates texts to 255 characters', async () => {
    expect(await failing(truncatingStore)).toEqual(expect.arrayContaining([expect.stringContaining('10,000-character texts')]));
  });

  it('fails a store that turns surrogates into U+FFFD (so emoji and astral characters are lost)', async () => {
    const names = await failing(surrogateMangler);
    expect(names).toEqual(expect.arrayContaining([expect.stringContaining('astral characters, emoji'), expect.stringContaining('non-ASCII ids')]));
  });

  it('fails a store that ignores command ids, and one that lets a tenant read another tenant’s log', async () => {
    const forgetful = () => {
      const inner = createMemoryStore();
      const store: import('../src/index.js').SessionStore = { ...inner, append: (id, events, { commandId: _c, ...rest }) => inner.append(id, events, rest) };
      return store;
    };
    expect(await failing(forgetful)).toEqual(expect.arrayContaining([expect.stringContaining('command-id-reused')]));
    const leaky = () => {
      const inner = createMemoryStore();
      const owners = new Map<string, string>();
      const store: import('../src/index.js').SessionStore = {
        ...inner,
        append: async (id, events, options) => {
          owners.set(id, options.tenantId);
          return inner.append(id, events, options);
        },
        load: (_tenant, id, options) => inner.load(owners.get(id) ?? _tenant, id, options),
      };
      return store;
    };
    expect(await failing(leaky)).toEqual(expect.arrayContaining([expect.stringContaining('another tenant')]));
  });
});

describe('the session-level suite fails broken stores', () => {
  const failing = async (make: () => SessionStore) =>
    (await runConformance(async () => ({ store: make() }), sessionChecks)).filter((r) => r.outcome === 'failed').map((r) => r.name);

  it('passes the memory store without a test framework', async () => {
    const results = await runConformance(async () => ({ store: createMemoryStore() }), sessionChecks);
    expect(results.map((r) => r.outcome)).toEqual(sessionChecks.map(() => 'passed'));
  });

  it('fails a store that drops command ids (a retry on another node lands twice)', async () => {
    const forgetful = (): SessionStore => {
      const inner = createMemoryStore();
      return {
        ...inner,
        append: (id, events, { commandId: _c, ...rest }) =>
          inner.append(
            id,
            events.map(({ commandId: _x, ...e }) => e as SessionEvent),
            rest,
          ),
      };
    };
    expect(await failing(forgetful)).toEqual(expect.arrayContaining([expect.stringContaining('repeated command id')]));
  });

  it('fails a store that keeps no summary, one that never notifies, and one that keeps snapshots past the redaction', async () => {
    const summaryless = (): SessionStore => {
      const inner = createMemoryStore();
      return { ...inner, append: (id, events, options) => inner.append(id, events, { ...options, summary: { ...options.summary, nextDeadline: null } }) };
    };
    expect(await failing(summaryless)).toEqual([expect.stringContaining('persists every accepted event')]);
    const silent = (): SessionStore => ({ ...createMemoryStore(), subscribe: () => () => {} });
    expect(await failing(silent)).toEqual([expect.stringContaining('live sessions drop redacted text')]);
    const hoarding = (): SessionStore => {
      const inner = createMemoryStore();
      const kept = new Map<string, import('../src/index.js').SnapshotRecord>();
      return {
        ...inner,
        saveSnapshot: async (_t, id, snapshot) => void kept.set(id, snapshot),
        loadSnapshot: async (_t, id) => kept.get(id),
      };
    };
    expect(await failing(hoarding)).toEqual(
      expect.arrayContaining([expect.stringContaining('forged snapshot is ignored'), expect.stringContaining('live sessions drop redacted text')]),
    );
  });

  it('fails a store that lets a restore read another tenant’s session', async () => {
    const leaky = (): SessionStore => {
      const inner = createMemoryStore();
      const owners = new Map<string, string>();
      return {
        ...inner,
        append: async (id, events, options) => {
          owners.set(id, options.tenantId);
          return inner.append(id, events, options);
        },
        load: async (tenant, id, options) => {
          const events = await inner.load(owners.get(id) ?? tenant, id, options);
          // A store that also rewrites the tenant of what it leaks: only the store could have stopped it.
          return events.map((e) => (e.type === 'created' ? { ...e, tenantId: tenant } : e));
        },
        loadMethod: (_tenant, id, version) => inner.loadMethod(owners.values().next().value ?? _tenant, id, version),
      };
    };
    expect(await failing(leaky)).toEqual(expect.arrayContaining([expect.stringContaining('wrong tenant')]));
  });
});
