import { describe, expect, it } from 'vitest';
import { builtinMethod } from '../src/index.js';
import { exploreMethod } from '../src/machine.js';

describe.each(['generic-four-phase', 'incident-method'])('model-based paths: %s', (id) => {
  const method = builtinMethod(id)!;
  const exploration = exploreMethod(method);

  it('reaches every phase', () => {
    expect(exploration.unreachablePhases).toEqual([]);
    expect(exploration.reachablePhases).toHaveLength(method.phases.length);
  });

  it('can complete, and every reachable state can still reach the end', () => {
    expect(exploration.canComplete).toBe(true);
    expect(exploration.deadEnds).toEqual([]);
  });

  it('enters phases only in the method order (or by a declared repeat)', () => {
    const order = method.phases.map((p) => p.id);
    for (const path of exploration.paths) {
      const entered = path.state.context.phaseLog.map((e) => order.indexOf(e.phaseId));
      for (let i = 1; i < entered.length; i++) expect(entered[i]! >= entered[i - 1]!).toBe(true);
    }
  });
});
