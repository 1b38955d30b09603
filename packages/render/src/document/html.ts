import { escapeHtml, keepEdges, textLines } from './escape.js';
import type { Block, Doc, Inline, Line } from './model.js';
import { STYLESHEET } from './stylesheet.js';

/** Opening tags per style. */
const TAGS = { strong: 'strong', em: 'em', muted: 'span class="muted"' } as const;

function inline(run: Inline): string {
  const text = textLines(run.text).map(escapeHtml).join('<br>');
  if (text === '' || !run.style) return keepEdges(run.text, text);
  return keepEdges(run.text, `<${TAGS[run.style]}>${text}</${TAGS[run.style].split(' ')[0]}>`);
}

const line = (content: Line) => content.map(inline).join('');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(textLines(b.text).join(' '))}</h${b.level}>`;
    case 'paragraph':
      return `<p>${line(b.content)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((item) => `<li>${line(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'facts':
      return `<dl>\n${b.items.map((f) => `<dt>${escapeHtml(f.term)}</dt><dd>${line(f.value)}</dd>`).join('\n')}\n</dl>`;
    case 'table': {
      const head = b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map((cells) => `<tr>${cells.map((c) => `<td>${line(c)}</td>`).join('')}</tr>`).join('\n');
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
    case 'note':
      return `<aside>\n<p class="note-title"><strong>${escapeHtml(b.title)}</strong></p>\n${b.blocks.map(block).join('\n')}\n</aside>`;
  }
}

/**
 * Writes a document as one self-contained HTML page: inline CSS with print styles, no scripts, no
 * external resources, and a Content-Security-Policy that forbids both, so even a mistake could not run
 * code. Every text is escaped.
 */
export function toHtml(doc: Doc): string {
  const title = escapeHtml(textLines(doc.title).join(' '));
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${title}</h1>`,
    ...doc.blocks.map(block),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
