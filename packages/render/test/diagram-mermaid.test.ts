// @vitest-environment happy-dom
import { defineMethod, methods } from '@intervision/core';

const LANGS = ['en', 'nl', 'de'] as const;

import { describe, expect, it } from 'vitest';
import { renderMethodDiagram } from '../src/index.js';

// Mermaid's own parser (it needs a DOM for its sanitiser, hence happy-dom here).
const { default: mermaid } = await import('mermaid');

describe('renderMethodDiagram under the real Mermaid parser', () => {
  it('parses every built-in method in every language as a state diagram', async () => {
    let parsed = 0;
    for (const method of Object.values(methods))
      for (const lang of LANGS) {
        const result = await mermaid.parse(renderMethodDiagram(method, { lang, direction: 'LR' }));
        expect(result && typeof result === 'object' ? result.diagramType : result).toBe('stateDiagram');
        parsed++;
      }
    expect(parsed).toBe(Object.keys(methods).length * LANGS.length);
  });

  it('parses a method whose texts try to break out of their labels', async () => {
    const nasty = '"; end\n%% x --> y : {click p_topic call alert(1)} <b>bold</b> #35; ; [*]';
    const method = defineMethod({
      extends: 'kollegiale-beratung',
      id: 'hostile-names',
      name: { en: 'Hostile' },
      changes: [{ op: 'update', phase: 'narrative', set: { name: { en: nasty, nl: nasty, de: nasty } } }],
    });
    await expect(mermaid.parse(renderMethodDiagram(method))).resolves.toMatchObject({ diagramType: 'stateDiagram' });
  });

  it('refuses what the renderer must never write (the parser is a real check)', async () => {
    await expect(mermaid.parse('stateDiagram-v2\n  state "a" b" as x\n')).rejects.toThrow();
  });
});
