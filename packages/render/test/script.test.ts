import { builtinMethod, defineMethod, isChoice, localize, methods, suggestionText } from '@intervision/core';

const LANGS = ['en', 'nl', 'de'] as const;

import { describe, expect, it } from 'vitest';
import { isRenderError, renderFacilitatorScript } from '../src/index.js';
import { outline } from '../src/method/outline.js';
import { inspectHtml, inspectMarkdown, textOf } from './support/inspect.js';

const normalise = (s: string) => s.replace(/\s+/g, ' ');

describe('renderFacilitatorScript', () => {
  for (const method of Object.values(methods))
    for (const lang of LANGS)
      it(`writes ${method.id} in ${lang} as clean Markdown and HTML with every phase, its time and its redirecting words`, () => {
        const html = renderFacilitatorScript(method, { lang, format: 'html' });
        const md = renderFacilitatorScript(method, { lang, format: 'markdown' });
        const { text } = inspectHtml(html);
        const mdText = normalise(inspectMarkdown(md));
        const shown = normalise(text);
        for (const { phase } of outline(method)) {
          expect(shown).toContain(normalise(localize(phase.name, lang)));
          expect(shown).toContain(normalise(localize(phase.instructions, lang)));
          if (phase.timebox?.minutesPerParticipant !== undefined) {
            const speakers = method.catalog?.groupSize.min ?? 5;
            expect(shown).toContain(String(phase.timebox.minutesPerParticipant * speakers));
          }
          if (isChoice(phase)) continue;
          const noAdvice = phase.rules['no-advice'];
          if (noAdvice !== undefined && noAdvice !== 'off' && (typeof noAdvice === 'string' || noAdvice.mode !== 'off'))
            expect(shown).toContain(suggestionText('advice.tried', lang));
          if (phase.rules['sphere-of-influence'] !== undefined) expect(shown).toContain(suggestionText('sphere.generic', lang));
        }
        for (const role of method.roles) expect(mdText).toContain(normalise(localize(role.name, lang)));
      });

  it('explains a per-participant timebox with the speakers given', () => {
    const md = renderFacilitatorScript(methods['socratic-dialogue']!, { lang: 'en', speakers: 7 });
    expect(md).toContain('3 minutes for each participant who may speak in this phase (with 7 speakers: 21 minutes)');
    expect(md).toContain('plus 3 minutes per speaker in');
  });

  it('states rule modes, where the introducer is, and what is not allowed', () => {
    const md = renderFacilitatorScript(methods['incident-method']!, { lang: 'nl' });
    expect(md).toContain('Geen advies: houdt tegen.');
    expect(md).toContain('Verlaat de ruimte');
    expect(md).toMatch(/Hier niet toegestaan:\*\* [^\n]*Advies/);
  });

  it('falls back to English for other languages and refuses unknown formats with a typed error', () => {
    const method = methods['generic-four-phase']!;
    // French: the script's own texts and method texts fall back to English; the rule's redirecting words come from the French pack.
    expect(renderFacilitatorScript(method, { lang: 'fr' }).split('\n')[0]).toBe(renderFacilitatorScript(method, { lang: 'en' }).split('\n')[0]);
    expect(renderFacilitatorScript(method, { lang: 'es' as never })).toBe(renderFacilitatorScript(method, { lang: 'en' }));
    let thrown: unknown;
    try {
      renderFacilitatorScript(method, { format: 'pdf' as never });
    } catch (e) {
      thrown = e;
    }
    expect(isRenderError(thrown, 'invalid-render-options')).toBe(true);
  });

  it('keeps hostile method texts as text in both formats', () => {
    const nasty = '<script>alert(1)</script><img src=x onerror="alert(2)"> [x](javascript:alert(3)) **bold** </p><p';
    const method = defineMethod({
      extends: 'generic-four-phase',
      id: 'hostile-texts',
      name: { en: nasty },
      changes: [{ op: 'update', phase: 'clarification', set: { instructions: { en: `${nasty}\n# heading\n- item` } } }],
    });
    const { text, elements } = inspectHtml(renderFacilitatorScript(method, { format: 'html' }));
    expect(text).toContain(nasty);
    expect(elements.filter((e) => e.tagName === 'h1')).toHaveLength(1);
    const rendered = inspectMarkdown(renderFacilitatorScript(method, { format: 'markdown' }));
    expect(rendered.match(/<h1>/g)).toHaveLength(1);
    expect(normalise(textOf(rendered))).toContain(nasty);
  });

  for (const id of ['incident-method', 'kollegiale-beratung'])
    for (const lang of LANGS)
      for (const [format, ext] of [
        ['markdown', 'md'],
        ['html', 'html.golden'],
      ] as const)
        it(`matches the golden ${format} script of ${id} in ${lang}`, async () => {
          await expect(renderFacilitatorScript(builtinMethod(id)!, { lang, format })).toMatchFileSnapshot(`./golden/script-${id}.${lang}.${ext}`);
        });
});
