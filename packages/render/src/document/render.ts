import { RenderError } from '../errors.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import type { Doc } from './model.js';

/** The output formats of the script and the report. */
export type RenderFormat = 'markdown' | 'html';

/** Writes a document in `format`; throws a {@link RenderError} for any other format. */
export function writeDocument(doc: Doc, format: unknown): string {
  if (format === 'markdown') return toMarkdown(doc);
  if (format === 'html') return toHtml(doc);
  throw new RenderError('invalid-render-options', `format must be 'markdown' or 'html', not ${JSON.stringify(String(format)).slice(0, 40)}`);
}
