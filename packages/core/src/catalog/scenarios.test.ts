import { describe, expect, it } from 'vitest';
import { builtinMethod } from '../methods/find.js';
import { methods, scenarios } from '../methods/index.js';
import { runScenario } from '../scenario/run.js';
import { restoreSession } from '../session/create.js';
import { LANGS } from '../shared/lang.js';

describe('catalog scenarios', () => {
  it('has a scenario for every built-in method', () => {
    expect(Object.keys(scenarios).sort()).toEqual(Object.keys(methods).sort());
  });

  it('shows at least one refusal in every scenario', () => {
    for (const scenario of Object.values(scenarios))
      expect(
        scenario.steps.some((s) => 'expect' in s && s.expect !== undefined && s.expect !== 'accepted'),
        scenario.methodId,
      ).toBe(true);
  });

  for (const [id, scenario] of Object.entries(scenarios)) {
    describe(id, () => {
      for (const lang of LANGS) {
        it(`runs to completion in ${lang}, every step as expected, and restores to an equal state`, async () => {
          const method = builtinMethod(id)!;
          const { session, steps, ok } = await runScenario(method, scenario, { lang });
          const unexpected = steps.filter((s) => !s.asExpected).map((s) => ({ index: s.index, got: s.result && !s.result.ok ? s.result.code : 'accepted' }));
          expect(unexpected).toEqual([]);
          expect(ok).toBe(true);
          const state = session.getState();
          expect(state.status).toBe('ended');
          expect(state.completed).toBe(true);
          const restored = await restoreSession(method, { events: session.getEvents() }, { timers: false });
          expect(restored.getState()).toEqual(state);
          session.stop();
          restored.stop();
        });
      }
    });
  }
});
