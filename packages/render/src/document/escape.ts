/** Escaping of plain text for the two output formats. */

const HTML_ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** Text as HTML character data or a quoted attribute value: `& < > " '` become character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES.get(ch)!);
}

/** Splits text into its non-empty lines, trimmed (any line-break convention, including U+2028/U+2029). */
export function textLines(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

/** Characters that start Markdown syntax anywhere in a line (emphasis, links, code, HTML, entities, tables, …). */
const MD_ANYWHERE = /[\\`*_{}[\]<>#|~&@$^]/g;

/** Escapes one line of plain text for Markdown (CommonMark and GFM); `atLineStart` when it may open a block. */
function escapeMarkdownLine(line: string, atLineStart: boolean): string {
  const inner = line
    .replace(MD_ANYWHERE, '\\$&')
    // GFM autolinks: `scheme://…` and `www.…` would become links without any bracket.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  // At the start of a line: list markers, setext underlines, definition lists, ordered lists.
  return atLineStart ? inner.replace(/^([-+=:!])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : inner;
}

/**
 * Plain text as Markdown that renders as exactly that text: every character that could start markup,
 * a link, an autolink, raw HTML or an entity is backslash-escaped, and line breaks become hard breaks
 * followed by `indent` (so a multi-line text stays inside its list item). With `breaks: false` lines are
 * joined with spaces instead (for headings and table cells). `atLineStart: false` says the text follows
 * other text on its line, where list markers and the like have no meaning.
 */
export function escapeMarkdown(text: string, options: { breaks?: boolean; indent?: string; atLineStart?: boolean } = {}): string {
  const first = options.atLineStart ?? true;
  const lines = textLines(text).map((l, i) => escapeMarkdownLine(l, first || (i > 0 && options.breaks !== false)));
  return options.breaks === false ? lines.join(' ') : lines.join(`\\\n${options.indent ?? ''}`);
}

/** The text's leading and trailing white space, each folded to one space, around `body`. */
export function keepEdges(text: string, body: string): string {
  if (body === '') return /\s/.test(text) ? ' ' : '';
  return `${/^\s/.test(text) ? ' ' : ''}${body}${/\s$/.test(text) ? ' ' : ''}`;
}
