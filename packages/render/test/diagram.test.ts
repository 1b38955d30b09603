import { builtinMethod, defineMethod, isChoice, type MethodDefinition, methods } from '@intervision/core';

const LANGS = ['en', 'nl', 'de'] as const;

import { describe, expect, it } from 'vitest';
import { mermaidId, mermaidLabel } from '../src/diagram/mermaid-text.js';
import { renderMethodDiagram } from '../src/index.js';
import { outline } from '../src/method/outline.js';

const ID = '(?:\\[\\*\\]|[a-z]+_[A-Za-z0-9_]+)';
const LABEL = '(?:[^"#:;%{}<>\\n\\[\\]]|#\\d+;)+';
const STATEMENTS = [
  /^stateDiagram-v2$/,
  /^ {2}direction (?:TB|LR)$/,
  new RegExp(`^ {2}state "(${LABEL})" as (${ID})$`),
  new RegExp(`^ {2}state (${ID}) <<choice>>$`),
  new RegExp(`^ {2}(${ID}) --> (${ID})(?: : (${LABEL}))?$`),
  /^$/,
];

/** Checks every line against the statements the renderer may write; returns declared states and edges. */
function parse(source: string) {
  const declared = new Set<string>(['[*]']);
  const edges: { from: string; to: string; label: string | undefined }[] = [];
  for (const line of source.trimEnd().split('\n')) {
    const match = STATEMENTS.map((re) => re.exec(line)).find((m) => m !== null);
    expect(match, `unexpected line: ${line}`).toBeTruthy();
    if (line.startsWith('  state "')) declared.add(match![2]!);
    else if (line.startsWith('  state ')) declared.add(match![1]!);
    else if (line.includes('-->')) edges.push({ from: match![1]!, to: match![2]!, label: match![3] });
  }
  return { declared, edges };
}

describe('renderMethodDiagram', () => {
  for (const method of Object.values(methods))
    for (const lang of LANGS)
      it(`draws ${method.id} in ${lang}: every phase a state, every edge between declared states`, () => {
        const { declared, edges } = parse(renderMethodDiagram(method, { lang }));
        for (const { phase } of outline(method)) expect(declared.has(mermaidId('p', phase.id))).toBe(true);
        for (const e of edges) {
          expect(declared.has(e.from), e.from).toBe(true);
          expect(declared.has(e.to), e.to).toBe(true);
        }
        for (const { phase } of outline(method)) {
          const from = edges.filter((e) => e.from === mermaidId('p', phase.id));
          if (isChoice(phase)) expect(from).toHaveLength(phase.modules.length);
          else {
            const loops = phase.repeatable ? 1 : 0;
            expect(from).toHaveLength(1 + loops + (phase.loopBack ? 1 : 0));
            if (phase.repeatable) expect(from.some((e) => e.to === e.from)).toBe(true);
          }
        }
        expect(edges.filter((e) => e.to === 'ended_state')).toHaveLength(
          new Set(
            outline(method)
              .filter((p) => p.next === null && !isChoice(p.phase))
              .map((p) => p.phase.id),
          ).size,
        );
      });

  it('draws a when-skipped phase behind a choice point with both ways out', () => {
    const { edges } = parse(renderMethodDiagram(methods['kollegiale-beratung']!));
    const check = mermaidId('w', 'find-key-question');
    expect(edges.filter((e) => e.to === check).map((e) => e.from)).toEqual([mermaidId('p', 'key-question')]);
    expect(edges.filter((e) => e.from === check).map((e) => e.to)).toEqual([mermaidId('p', 'find-key-question'), mermaidId('p', 'method-choice')]);
    expect(edges.find((e) => e.from === mermaidId('p', 'find-key-question') && e.to === mermaidId('p', 'key-question'))?.label).toBe('back (at most 2×)');
  });

  it('labels in the chosen language and falls back to English for others', () => {
    const method = methods['generic-four-phase']!;
    expect(renderMethodDiagram(method, { lang: 'nl' })).toContain('"2. Verhelderingsronde · 15 min"');
    expect(renderMethodDiagram(method, { lang: 'de' })).toContain('wiederholen (höchstens 2×)');
    expect(renderMethodDiagram(method, { lang: 'fr' })).toBe(renderMethodDiagram(method, { lang: 'en' }));
    expect(renderMethodDiagram(method, { times: false })).not.toContain('min');
    expect(renderMethodDiagram(method, { direction: 'LR' }).split('\n')[1]).toBe('  direction LR');
  });

  it('keeps hostile method texts inside their labels', () => {
    const nasty = '"; end\n%% x --> y : {click p_topic call alert(1)} <script>alert(1)</script> #35; ;';
    const method: MethodDefinition = defineMethod({
      extends: 'generic-four-phase',
      id: 'hostile-names',
      name: { en: 'Hostile' },
      changes: [{ op: 'update', phase: 'topic', set: { name: { en: nasty, nl: nasty, de: nasty } } }],
    });
    const source = renderMethodDiagram(method);
    parse(source);
    expect(source).not.toContain('<script>');
    expect(source).not.toContain('%%');
    expect(source).toContain('#35;35#59;');
  });

  it('gives every id its own safe state id', () => {
    const ids = ['end', 'state', 'a-b', 'a_b', 'a--b', 'A', 'x0041', '__proto__', 'toString', 'ü', '"]; x', ''];
    const out = ids.map((id) => mermaidId('p', id));
    expect(new Set(out).size).toBe(ids.length);
    for (const id of out) expect(id).toMatch(/^p_[A-Za-z0-9_]*$/);
    expect(mermaidId('p', 'key-question')).toBe('p_key_question');
  });

  it('escapes every character outside letters, digits and harmless punctuation', () => {
    expect(mermaidLabel('a:b "c"\n\td')).toBe('a#58;b #34;c#34; d');
    expect(mermaidLabel('Überprüfung (2×) – ok?')).toBe('Überprüfung (2×) – ok?');
  });

  for (const id of ['kollegiale-beratung', 'five-step', 'generic-four-phase'])
    for (const lang of LANGS)
      it(`matches the golden diagram of ${id} in ${lang}`, async () => {
        await expect(renderMethodDiagram(builtinMethod(id)!, { lang })).toMatchFileSnapshot(`./golden/diagram-${id}.${lang}.mmd`);
      });
});
