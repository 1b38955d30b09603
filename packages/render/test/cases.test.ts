import { builtinMethod, runScenario, scenarios } from '@intervision/core';
import { describe, expect, it } from 'vitest';
import { renderFacilitatorScript, renderReport } from '../src/index.js';

const HEADINGS = {
  en: ['Case 1: Noor', 'Case 2: Pieter', 'Case 3: Quinten'],
  nl: ['Casus 1: Noor', 'Casus 2: Pieter', 'Casus 3: Quinten'],
  de: ['Fall 1: Noor', 'Fall 2: Pieter', 'Fall 3: Quinten'],
};

describe('a session of several cases', () => {
  for (const lang of ['en', 'nl', 'de'] as const)
    it(`reports one section per case in ${lang}, with rounds counted within a case`, async () => {
      const method = builtinMethod('troika-consulting')!;
      const { session } = await runScenario(method, scenarios['troika-consulting']!, { lang });
      const markdown = renderReport({ view: session.viewFor({ audience: 'report' }), method });
      const level3 = [...markdown.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
      // The cases section and the course each list the three cases, in order.
      expect(level3.filter((h) => HEADINGS[lang].includes(h!))).toEqual([...HEADINGS[lang], ...HEADINGS[lang]]);
      // The silent preparation ran once, before the cases: a phase of its own, not under a case.
      const level4 = [...markdown.matchAll(/^#### (.+)$/gm)].map((m) => m[1]);
      expect(level4).toHaveLength(12);
      expect(markdown).not.toMatch(/\((round|ronde|Runde) 2\)/);
      session.stop();
    });

  it('tells the facilitator which phases run once per case and how the next case starts', () => {
    const script = renderFacilitatorScript(builtinMethod('troika-consulting')!, { lang: 'en' });
    expect(script).toContain('“The client shares” to “What was most valuable” run once per case');
    expect(script).toContain('At most 4 cases.');
    expect(script).toContain('Everyone who holds the role Consultant brings a case');
    expect(renderFacilitatorScript(builtinMethod('generic-four-phase')!, { lang: 'en' })).not.toContain('once per case');
  });
});
