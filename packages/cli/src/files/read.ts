import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';

/** One parsed file: its text, its YAML/JSON document (with source ranges) and its value. */
export interface SourceFile {
  /** The path as given. */
  file: string;
  /** The parsed document, for locating problems. */
  doc: Document;
  /** Line starts, to turn offsets into line and column. */
  lines: LineCounter;
  /** The plain value. */
  value: unknown;
  /** The raw text (for `lint-allow` comments). */
  text: string;
}

/** A method file with the texts files found next to it (`texts/<lang>.yaml`). */
export interface MethodSource {
  /** The method file. */
  method: SourceFile;
  /** Texts files by language code. */
  texts: Map<string, SourceFile>;
}

/** A syntax error in a file, with where it is. */
export interface SyntaxProblem {
  /** The file. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong. */
  message: string;
}

/** Thrown when a file cannot be read or parsed; carries every syntax problem. */
export class SourceError extends Error {
  /** The problems. */
  readonly problems: SyntaxProblem[];
  constructor(problems: SyntaxProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.problems = problems;
  }
}

/** Most bytes a method file may have. */
const MAX_BYTES = 5_000_000;

/** Reads and parses a YAML or JSON file (JSON is read as YAML, which keeps line and column ranges). */
export function readSource(file: string): SourceFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SourceError([{ file, line: 1, column: 1, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  if (text.length > MAX_BYTES) throw new SourceError([{ file, line: 1, column: 1, message: `the file is larger than ${MAX_BYTES} bytes` }]);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    throw new SourceError(
      doc.errors.map((e) => {
        const at = lines.linePos(e.pos[0]);
        return { file, line: at.line, column: at.col, message: e.message.split('\n')[0] ?? e.message };
      }),
    );
  return { file, doc, lines, value: doc.toJS({ maxAliasCount: 100 }), text };
}

/**
 * Reads a method file and, when it sits in a method folder, its texts files: `texts/<lang>.yaml`
 * (or `.json`) next to it.
 */
export function readMethodSource(file: string): MethodSource {
  const method = readSource(file);
  const texts = new Map<string, SourceFile>();
  const dir = join(dirname(file), 'texts');
  if (existsSync(dir))
    for (const name of readdirSync(dir).sort()) {
      const ext = extname(name);
      if (ext === '.yaml' || ext === '.yml' || ext === '.json') texts.set(basename(name, ext), readSource(join(dir, name)));
    }
  return { method, texts };
}
