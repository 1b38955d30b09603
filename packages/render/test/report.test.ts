import { builtinMethod, methods, runScenario, type Session, type SessionView, scenarios, type Viewer } from '@intervision/core';

const LANGS = ['en', 'nl', 'de'] as const;

import { describe, expect, it } from 'vitest';
import { isRenderError, renderReport } from '../src/index.js';
import { moduleName } from '../src/method/outline.js';
import { findingsByParticipant, modulesByPhase } from '../src/report/view-access.js';
import { inspectHtml, inspectMarkdown, textOf } from './support/inspect.js';
import { anonymousExperiences, facilitatorView, finishedSession, READERS, reportView, SESSION_TEXTS } from './support/sessions.js';

const normalise = (s: string) => s.replace(/\s+/g, ' ');

/** Hostile text: script, event handlers, a javascript: link, unbalanced markup, and Markdown that would inject. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '<a href="javascript:alert(3)">click</a>',
  '</td></tr></table><div onclick=alert(4)>',
  '[win a prize](javascript:alert(5))',
  '![x](https://evil.example/x.png)',
  '<https://evil.example>',
  '**bold** _em_ `code` ~~gone~~',
  '| cell | break |',
  '\n# Heading\n- item\n1. one\n> quote\n---\n',
  '&lt;b&gt; &amp;',
].join(' ');

const hostileWrap = { text: (s: string) => `${HOSTILE} ${s}`, name: (s: string) => `${s} <b onmouseover=alert(6)>x</b> [n](javascript:1)` };

describe('renderReport', () => {
  for (const lang of LANGS)
    it(`reports a finished ${lang} session with its case, phases, actions, learnings, evaluation and participation`, async () => {
      const { session } = await finishedSession(lang);
      const html = renderReport({ view: facilitatorView(session), method: session.method }, { audience: 'facilitator', format: 'html', lang });
      const { text } = inspectHtml(html);
      const shown = normalise(text);
      for (const key of ['topic', 'problem', 'question', 'answer', 'disguised', 'experience', 'reflection', 'action', 'action2', 'evaluation'] as const)
        expect(shown).toContain(normalise(SESSION_TEXTS[key][lang]));
      expect(shown).toContain(normalise(SESSION_TEXTS.advice[lang])); // stopped, in the facilitator's copy
      const md = renderReport({ view: reportView(session), method: session.method }, { audience: 'participant', format: 'markdown', lang });
      const mdShown = normalise(textOf(inspectMarkdown(md)));
      expect(mdShown).not.toContain(normalise(SESSION_TEXTS.advice[lang]));
      expect(mdShown).toContain(normalise(SESSION_TEXTS.disguised[lang]));
    });

  it('formats due dates and numbers in the reader’s locale', async () => {
    const { session } = await finishedSession('en');
    const input = { view: reportView(session), method: session.method };
    expect(renderReport(input, { audience: 'participant', lang: 'en', locale: 'en-GB' })).toContain('1 March 2026');
    expect(renderReport(input, { audience: 'participant', lang: 'en', locale: 'en-US' })).toContain('March 1, 2026');
    expect(renderReport(input, { audience: 'participant', lang: 'de', locale: 'de-AT' })).toContain('1. März 2026');
    expect(renderReport(input, { audience: 'participant', lang: 'nl', locale: 'nl-BE' })).toContain('4,5');
    const inAmsterdam = renderReport(input, { audience: 'participant', lang: 'nl', timeZone: 'Europe/Amsterdam' });
    expect(inAmsterdam).toContain('09:31–10:05');
    expect(inAmsterdam).toContain('1 maart 2026');
  });

  it('gives rule findings per participant only to the facilitator', async () => {
    const { session } = await finishedSession('en');
    const facilitator = renderReport({ view: facilitatorView(session), method: session.method });
    const participant = renderReport({ view: reportView(session), method: session.method });
    expect(facilitator).toContain('Facilitator’s copy');
    expect(participant).not.toContain('Facilitator’s copy');
    // Carl's own copy: his own view holds his findings, but a participant's copy lists nobody's.
    const carl = renderReport({ view: session.viewFor({ participantId: 'carl' }), method: session.method });
    expect(carl).toMatch(/\| Carl \| 1 \| \d+ \|\n/);
    expect(carl).not.toContain('No advice');
    expect(facilitator).toMatch(/\| Carl \| 1 \| \d+ \| 1 \| 3 \| No advice ×3 and Open questions ×1 \|/);
    expect(participant).toMatch(/\| Carl \| 1 \| \d+ \|\n/);
    expect(participant).not.toContain('No advice');
    expect(participant).not.toContain(SESSION_TEXTS.advice.en);
  });

  it('leaves authors the view does not show out of the report and out of the participation counts', async () => {
    const { session } = await finishedSession('en', undefined, { method: anonymousExperiences() });
    const md = renderReport({ view: reportView(session), method: session.method }, { audience: 'participant' });
    expect(md).toContain(`*Anonymous* *(Experience)*: ${SESSION_TEXTS.experience.en}`);
    expect(md).not.toMatch(/\*\*Ahmed\*\* \*\(Experience\)\*/);
    expect(md).toMatch(/\| Ahmed \| 1 \|/);
    expect(md).toContain('Not counted: 2 contributions whose author is not shown');
    // The same session without the anonymous round counts both of Ahmed's turns.
    const { session: named } = await finishedSession('en');
    expect(renderReport({ view: reportView(named), method: named.method }, { audience: 'participant' })).toMatch(/\| Ahmed \| 2 \|/);
  });

  it('never names the authors of an anonymous round in anyone’s report, the facilitator’s and the authors’ own included', async () => {
    const { session } = await finishedSession('en', undefined, { method: anonymousExperiences() });
    const anonymous = [
      { text: SESSION_TEXTS.experience.en, author: 'Ahmed' },
      { text: SESSION_TEXTS.idea.en, author: 'Dirk' },
    ];
    let checked = 0;
    for (const viewer of READERS)
      for (const format of ['markdown', 'html'] as const) {
        const out = renderReport({ view: session.viewFor(viewer), method: session.method }, { format });
        const shown = format === 'html' ? inspectHtml(out).text : textOf(inspectMarkdown(out));
        const lines = shown.split('\n');
        for (const { text, author } of anonymous) {
          const said = lines.filter((line) => line.includes(text));
          expect(said, `${JSON.stringify(viewer)} ${format}`).toHaveLength(1);
          expect(said[0]).toContain('Anonymous');
          expect(said[0]).not.toContain(author);
          checked++;
        }
        // Ahmed's and Dirk's other turns are counted; their anonymous ones are not.
        expect(shown).toContain('Not counted: 2 contributions whose author is not shown');
      }
    expect(checked).toBe(READERS.length * 2 * anonymous.length);
  });

  it('reads findings given as a list per participant the same as by participant id', async () => {
    const { session } = await finishedSession('de');
    const view = facilitatorView(session);
    const byId = findingsByParticipant(view);
    expect([...byId.values()].flat().length).toBeGreaterThan(0);
    const asList = { ...view, findings: [...byId].map(([participantId, findings]) => ({ participantId, findings })) } as unknown as SessionView;
    const asRecord = { ...view, findings: Object.fromEntries(byId) } as unknown as SessionView;
    const report = (v: SessionView) => renderReport({ view: v, method: session.method }, { audience: 'facilitator' });
    expect(report(asList)).toBe(report(asRecord));
    expect(report(asList)).toContain('Kein Ratschlag ×');
  });

  it('reports an aborted session with its reason, escaped', async () => {
    const { session } = await finishedSession('nl', undefined, { abortAfterTopic: '<b>weg</b> [x](javascript:1)' });
    const view = reportView(session);
    expect(view.status).toBe('aborted');
    const html = renderReport({ view, method: session.method }, { audience: 'participant', format: 'html' });
    const { text } = inspectHtml(html);
    expect(text).toContain('Afgebroken');
    expect(text).toContain('<b>weg</b> [x](javascript:1)');
    expect(normalise(textOf(inspectMarkdown(renderReport({ view, method: session.method }, { audience: 'participant' }))))).toContain(
      '<b>weg</b> [x](javascript:1)',
    );
  });

  it('never shows the text of a written contribution that is not revealed yet to anyone but its author', async () => {
    // Mid-round, every reader's view is taken, as a report rendered at that moment would be.
    let midRound: { session: Session; views: Map<Viewer, SessionView>; drafts: Map<string, string> } | undefined;
    const { session } = await runScenario(methods['incident-method']!, scenarios['incident-method']!, {
      onStep: (_, s) => {
        if (midRound || !s.getState().contributions.some((c) => c.hidden)) return;
        const readers: Viewer[] = [...s.getState().participants.map((p) => ({ participantId: p.id })), { audience: 'report' }, { audience: 'observer' }];
        // Draft ids and authors from the trusted server view (which hides their texts too).
        const drafts = new Map(s.getState().contributions.flatMap((c) => (c.hidden ? [[c.id, c.by!] as const] : [])));
        midRound = { session: s, views: new Map(readers.map((v) => [v, s.viewFor(v)])), drafts };
      },
    });
    expect(midRound).toBeDefined();
    const texts = new Map(session.getState().contributions.map((c) => [c.id, c.text!]));
    const drafts = [...midRound!.drafts].map(([id, by]) => ({ text: texts.get(id)!, by }));
    expect(drafts.length).toBeGreaterThan(0);
    let checked = 0;
    for (const [viewer, view] of midRound!.views)
      for (const format of ['markdown', 'html'] as const) {
        const out = renderReport({ view, method: session.method }, { format });
        const me = 'participantId' in viewer ? viewer.participantId : null;
        // An author sees their own draft; everyone else's is a placeholder.
        const others = drafts.filter(({ by }) => by !== me);
        for (const { text } of others) expect(out, `${JSON.stringify(viewer)} ${format}`).not.toContain(text.slice(0, 30));
        if (others.length > 0) expect(out).toContain('written, not revealed yet');
        checked += others.length;
      }
    expect(checked).toBeGreaterThan(midRound!.views.size);
  });

  for (const lang of LANGS)
    it(`escapes hostile names and texts (${lang}): HTML holds them as text, Markdown renders them as text`, async () => {
      const { session } = await finishedSession(lang, hostileWrap);
      for (const audience of ['facilitator', 'participant'] as const) {
        const input = { view: audience === 'facilitator' ? facilitatorView(session) : reportView(session), method: session.method };
        const html = renderReport(input, { audience, format: 'html', lang });
        const { text, elements } = inspectHtml(html);
        expect(text).toContain('<script>alert(1)</script>');
        expect(text).toContain('<img src=x onerror="alert(2)">');
        expect(text).toContain('&lt;b&gt; &amp;');
        expect(elements.filter((e) => e.tagName === 'table')).toHaveLength(2);
        expect(html).not.toMatch(/<(script|img|a|div)\b/i);
        const md = renderReport(input, { audience, format: 'markdown', lang });
        const rendered = inspectMarkdown(md);
        const mdText = textOf(rendered);
        expect(mdText).toContain('<script>alert(1)</script>');
        expect(mdText).toContain('[win a prize](javascript:alert(5))');
        expect(mdText).toContain('**bold** _em_ `code` ~~gone~~');
        expect(rendered).not.toMatch(/<(script|img|a|div|code|s|del)\b/i);
        expect(rendered.match(/<h1>/g)).toHaveLength(1);
        // Every table row keeps its cells: hostile pipes and line breaks do not add or drop columns.
        for (const table of rendered.split('<table>').slice(1)) {
          const rows = table.split('</table>')[0]!.split('<tr>').slice(1);
          const widths = new Set(rows.map((r) => (r.match(/<t[hd]/g) ?? []).length));
          expect(widths.size).toBe(1);
        }
      }
    });

  it('refuses a view of another method, an unknown audience or format, and a bad locale, with typed errors', async () => {
    const { session } = await finishedSession('en');
    const view = reportView(session);
    const attempts: [unknown, string][] = [
      [() => renderReport({ view: session.getState(), method: session.method }), 'unprojected-view'],
      [() => renderReport({ view: session.getState(), method: session.method }, { audience: 'facilitator' }), 'unprojected-view'],
      [() => renderReport({ view, method: methods['incident-method']! }, { audience: 'participant' }), 'method-mismatch'],
      [() => renderReport({ view, method: session.method }, { audience: 'everyone' as never }), 'invalid-render-options'],
      [() => renderReport({ view, method: session.method }, { audience: 'participant', format: 'pdf' as never }), 'invalid-render-options'],
      [() => renderReport({ view, method: session.method }, { audience: 'participant', locale: 'not a locale!' }), 'invalid-render-options'],
      [() => renderReport({ view, method: session.method }, { audience: 'participant', timeZone: 'Mars/Olympus' }), 'invalid-render-options'],
    ];
    for (const [attempt, code] of attempts) {
      let thrown: unknown;
      try {
        (attempt as () => void)();
      } catch (e) {
        thrown = e;
      }
      expect(isRenderError(thrown, code as never), code).toBe(true);
    }
  });

  it('renders every catalog scenario’s session in every language without leaking markup', async () => {
    let rendered = 0;
    let modulesSeen = 0;
    for (const scenario of Object.values(scenarios))
      for (const lang of LANGS) {
        const { session } = await runScenario(builtinMethod(scenario.methodId)!, scenario, { lang });
        const facilitator = session.getState().participants.find((p) => p.roles.includes('facilitator'));
        const input = { view: session.viewFor(facilitator ? { participantId: facilitator.id } : { audience: 'report' }), method: session.method };
        const { text } = inspectHtml(renderReport(input, { audience: 'facilitator', format: 'html', lang }));
        inspectMarkdown(renderReport({ view: reportView(session), method: session.method }, { audience: 'participant', format: 'markdown' }));
        for (const carried of scenario.carriedActions ?? []) expect(normalise(text)).toContain(normalise(carried.text));
        for (const c of input.view.contributions) expect(normalise(text)).toContain(normalise(c.text!));
        for (const [, mod] of modulesByPhase(input.view)) {
          expect(normalise(text)).toContain(normalise(moduleName(input.method, mod, lang)));
          modulesSeen++;
        }
        const { topic, outputs } = input.view;
        for (const shown of [topic?.text, outputs.problemDefinition, outputs.keyQuestion, ...outputs.actions.map((a) => a.text)])
          if (shown) expect(normalise(text)).toContain(normalise(shown));
        rendered++;
      }
    expect(rendered).toBe(Object.keys(scenarios).length * LANGS.length);
    expect(modulesSeen).toBeGreaterThan(0);
  });

  for (const lang of LANGS)
    for (const audience of ['facilitator', 'participant'] as const)
      for (const [format, ext] of [
        ['markdown', 'md'],
        ['html', 'html.golden'],
      ] as const)
        it(`matches the golden ${format} report for the ${audience} in ${lang}`, async () => {
          const { session } = await finishedSession(lang);
          // The facilitator's copy from the facilitator's own view; everyone else's from the `report` audience.
          const view = audience === 'facilitator' ? facilitatorView(session) : reportView(session);
          const out = renderReport({ view, method: session.method }, { audience, format, lang });
          await expect(out).toMatchFileSnapshot(`./golden/report-${audience}.${lang}.${ext}`);
        });
});
