import MarkdownIt from 'markdown-it';
import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';
import { expect } from 'vitest';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The elements the HTML writer may produce; anything else in the output is a failure. */
const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'aside',
  'strong',
  'em',
  'span',
  'br',
]);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'scope', 'class']);

/** Parses HTML as a browser would (parse5) and checks it holds only the writer's own elements and attributes; returns its text. */
export function inspectHtml(html: string): { text: string; elements: Element[] } {
  const doc = parse(html);
  const elements: Element[] = [];
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
    if ('tagName' in node) {
      elements.push(node);
      expect(ALLOWED_TAGS.has(node.tagName), `unexpected element <${node.tagName}>`).toBe(true);
      for (const attr of node.attrs) {
        expect(ALLOWED_ATTRIBUTES.has(attr.name), `unexpected attribute ${attr.name} on <${node.tagName}>`).toBe(true);
        expect(attr.value.toLowerCase()).not.toContain('javascript:');
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(doc);
  expect(elements.filter((e) => e.tagName === 'style')).toHaveLength(1);
  return { text, elements };
}

const strictMarkdown = new MarkdownIt({ html: true, linkify: false });
const linkifyMarkdown = new MarkdownIt({ html: true, linkify: true });

/**
 * Renders Markdown with markdown-it (raw HTML allowed, so any HTML that slipped through would show) and
 * checks that it yields no raw HTML, no links, no images and no code; with linkify on, any link must show
 * its own target as its text. Returns the rendered HTML.
 */
export function inspectMarkdown(md: string): string {
  const kinds = new Set<string>();
  const collect = (tokens: ReturnType<typeof strictMarkdown.parse>) => {
    for (const t of tokens) {
      kinds.add(t.type);
      if (t.children) collect(t.children);
    }
  };
  collect(strictMarkdown.parse(md, {}));
  for (const forbidden of ['html_block', 'html_inline', 'link_open', 'image', 'code_inline', 'code_block', 'fence', 's_open'])
    expect(kinds.has(forbidden), `markdown produced ${forbidden}`).toBe(false);
  const linkified = linkifyMarkdown.parse(md, {});
  const walk = (tokens: typeof linkified) => {
    tokens.forEach((t, i) => {
      if (t.type === 'link_open') {
        const href = String(t.attrGet('href') ?? '');
        expect(href.toLowerCase()).not.toMatch(/^\s*(javascript|data|vbscript):/);
        expect(t.markup, 'only bare addresses may become links (linkify)').toBe('linkify');
        expect(tokens[i + 1]?.content && href.includes(tokens[i + 1]!.content.replace(/^mailto:/, ''))).toBeTruthy();
      }
      if (t.children) walk(t.children);
    });
  };
  walk(linkified);
  return strictMarkdown.render(md);
}

/** The text a browser shows for an HTML fragment. */
export function textOf(html: string): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text') out += (node as DefaultTreeAdapterMap['textNode']).value;
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parseFragment(html) as unknown as Node);
  return out;
}
