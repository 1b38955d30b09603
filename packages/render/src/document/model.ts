/**
 * A small document model the script and the report are built in, written out as Markdown or HTML by
 * one writer each. Every string in it is plain text (user text and labels alike): writers escape all of
 * it, and nothing can carry markup, a link or raw HTML into the output.
 */

/** A run of plain text with an optional style. */
export interface Inline {
  /** The text, as it should read (any characters; line breaks are kept as line breaks). */
  text: string;
  /** `strong` (bold), `em` (italic) or `muted` (secondary, e.g. a kind or a time). */
  style?: 'strong' | 'em' | 'muted';
}

/** A line of text made of styled runs. */
export type Line = readonly Inline[];

/** A term and its value, one entry of a `facts` block. */
export interface Fact {
  /** The term (a label). */
  term: string;
  /** Its value. */
  value: Inline[];
}

/** One block of a document. */
export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'paragraph'; content: Line }
  | { type: 'list'; items: readonly Line[]; ordered?: boolean }
  | { type: 'facts'; items: readonly Fact[] }
  | { type: 'table'; head: readonly string[]; rows: readonly (readonly Line[])[] }
  | { type: 'note'; title: string; blocks: readonly Block[] };

/** A whole document: a title, its language and its blocks. */
export interface Doc {
  /** The title (the only level-1 heading). */
  title: string;
  /** A BCP 47 language tag for the HTML `lang` attribute. */
  lang: string;
  /** The content. */
  blocks: readonly Block[];
}

/** A plain run. */
export const plain = (text: string): Inline => ({ text });
/** A bold run. */
export const strong = (text: string): Inline => ({ text, style: 'strong' });
/** An italic run. */
export const em = (text: string): Inline => ({ text, style: 'em' });
/** A secondary run. */
export const muted = (text: string): Inline => ({ text, style: 'muted' });

/** A heading block. */
export const heading = (level: 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, text });
/** A paragraph block. */
export const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
