import { escapeMarkdown, keepEdges } from './escape.js';
import type { Block, Doc, Inline, Line } from './model.js';

/** Emphasis marks per style (muted text is set in italics in Markdown). */
const MARKS = { strong: '**', em: '*', muted: '*' } as const;

function inline(run: Inline, indent: string, breaks: boolean, atLineStart: boolean): string {
  const text = escapeMarkdown(run.text, { indent, breaks, atLineStart });
  if (text === '' || !run.style) return keepEdges(run.text, text);
  const mark = MARKS[run.style];
  return keepEdges(run.text, `${mark}${text}${mark}`);
}

function line(content: Line, indent = '', breaks = true, atLineStart = true): string {
  return content.map((run, i) => inline(run, indent, breaks, atLineStart && i === 0)).join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text, { breaks: false, atLineStart: false })}`;
    case 'paragraph':
      return line(b.content);
    case 'list':
      return b.items.map((item, i) => (b.ordered ? `${i + 1}. ${line(item, '   ')}` : `- ${line(item, '  ')}`)).join('\n');
    case 'facts':
      return b.items.map((f) => `- **${escapeMarkdown(f.term, { breaks: false })}:** ${line(f.value, '  ', true, false)}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
      const head = row(b.head.map((h) => escapeMarkdown(h, { breaks: false, atLineStart: false })));
      const rule = row(b.head.map(() => '---'));
      return [head, rule, ...b.rows.map((cells) => row(cells.map((c) => line(c, '', false, false).trim())))].join('\n');
    }
    case 'note': {
      const inner = [`**${escapeMarkdown(b.title, { breaks: false })}**`, ...b.blocks.map(block)].join('\n\n');
      return inner
        .split('\n')
        .map((l) => (l === '' ? '>' : `> ${l}`))
        .join('\n');
    }
  }
}

/** Writes a document as CommonMark/GFM Markdown. Every text is escaped; no raw HTML is written. */
export function toMarkdown(doc: Doc): string {
  return `${[`# ${escapeMarkdown(doc.title, { breaks: false, atLineStart: false })}`, ...doc.blocks.map(block).filter((s) => s !== '')].join('\n\n')}\n`;
}
