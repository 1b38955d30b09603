import { formatPath, type MethodIssue } from '@intervision/core';
import type { Colors } from 'picocolors/types';
import { locate } from './files/locate.js';
import type { MethodSource, SourceFile, SyntaxProblem } from './files/read.js';

/** How serious a diagnostic is: errors make a method invalid; warnings and notes do not. */
export type Severity = 'error' | 'warning' | 'note';

/** One problem or doubt about a file, ready to print. */
export interface Diagnostic {
  /** The file it is in. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** How serious. */
  severity: Severity;
  /** Stable code (`unknown-role`, `timebox-over-duration`, …). */
  code: string;
  /** The path in the method, phases named by id (`phases.questions.speakers[1]`). */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** The file a method path points into: a texts file for `texts.<lang>.…`, else the method file. */
function fileOf(source: MethodSource, path: readonly (string | number)[]): { file: SourceFile; path: readonly (string | number)[] } {
  if (path[0] === 'texts' && typeof path[1] === 'string') {
    const texts = source.texts.get(path[1]);
    if (texts) return { file: texts, path: path.slice(2) };
  }
  return { file: source.method, path };
}

/** Turns the library's issues into diagnostics with file, line and column. */
export function toDiagnostics(source: MethodSource, issues: readonly MethodIssue[], severity: Severity): Diagnostic[] {
  return issues.map((issue) => {
    const { file, path } = fileOf(source, issue.path);
    const at = locate(file, path, issue.code === 'unknown-key' || issue.code === 'unknown-rule-option');
    return { file: file.file, line: at.line, column: at.column, severity, code: issue.code, path: formatPath(path), message: issue.message };
  });
}

/** Syntax problems as diagnostics. */
export function syntaxDiagnostics(problems: readonly SyntaxProblem[]): Diagnostic[] {
  return problems.map((p) => ({ ...p, severity: 'error', code: 'syntax', path: '(file)' }));
}

/** Prints diagnostics as `file:line:column  severity  message  path  [code]`, errors first. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], c: Colors): string {
  const order: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, note: c.cyan };
  return [...diagnostics]
    .sort((a, b) => order[a.severity] - order[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    .map((d) => `${c.bold(`${d.file}:${d.line}:${d.column}`)}  ${paint[d.severity](d.severity)}  ${d.message}  ${c.dim(`${d.path}  [${d.code}]`)}`)
    .join('\n');
}

/** One line counting errors and warnings: `2 errors, 1 warning`. */
export function summary(diagnostics: readonly Diagnostic[], c: Colors): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = count('error');
  const text = [plural(errors, 'error'), plural(count('warning'), 'warning'), ...(count('note') > 0 ? [plural(count('note'), 'note')] : [])].join(', ');
  return errors > 0 ? c.red(text) : c.green(text);
}
