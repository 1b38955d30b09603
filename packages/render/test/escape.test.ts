import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from '../src/document/escape.js';
import { textOf } from './support/inspect.js';

const md = new MarkdownIt({ html: true, linkify: false });

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Strings made mostly of characters that mean something in Markdown or HTML. */
const markup = fc.string({
  unit: fc.constantFrom(...'`*_{}[]()<>#+-.!|~&@$^=:;"\'\\/ \t\nabcw1290'.split(''), 'www.', 'http://', 'javascript:', '&amp;', '<script>', '---', '1.', '- '),
  maxLength: 60,
});
const anything = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000'));

describe('escapeMarkdown', () => {
  it('renders (CommonMark via markdown-it) as exactly the text it was given, for markup-heavy input', () => {
    fc.assert(
      fc.property(markup, (s) => {
        const lines = escapeMarkdown(s, { breaks: false });
        expect(normalise(textOf(md.render(lines)))).toBe(normalise(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every line of a multi-line text, and nothing but text, inside one list item', () => {
    fc.assert(
      fc.property(fc.array(markup, { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.join('\n');
        const html = md.render(`- ${escapeMarkdown(text, { indent: '  ' })}\n`);
        expect(html.match(/<li>/g)).toHaveLength(1);
        expect(html).not.toMatch(/<(?!\/?(ul|li|br|p)\b)[a-z]/);
        const lines = text
          .split('\n')
          .map(normalise)
          .filter((l) => l !== '');
        expect(normalise(textOf(html))).toBe(normalise(lines.join(' ')));
      }),
      { numRuns: 1500 },
    );
  });

  it('renders any Unicode text as itself', () => {
    fc.assert(
      fc.property(anything, (s) => {
        expect(normalise(textOf(md.render(escapeMarkdown(s, { breaks: false }))))).toBe(normalise(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('breaks links, autolinks, raw HTML and emphasis', () => {
    const out = escapeMarkdown('[x](javascript:alert(1)) <https://evil.example> https://evil.example www.evil.example **b** <img src=x onerror=alert(1)>');
    expect(md.render(out)).not.toMatch(/<(a|img|strong)\b/);
  });
});

describe('escapeHtml', () => {
  it('gives character data and attribute values that read back as the text', () => {
    fc.assert(
      fc.property(fc.oneof(markup, anything), (s) => {
        expect(textOf(`<p title="${escapeHtml(s)}">${escapeHtml(s)}</p>`)).toBe(s.replace(/\r\n?/g, '\n'));
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
      { numRuns: 2000 },
    );
  });
});
