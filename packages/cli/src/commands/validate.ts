import { type Diagnostic, formatDiagnostics, summary } from '../diagnostics.js';
import { loadMethodFile } from '../files/load.js';
import { EXIT, type Io } from '../io.js';

/** Options of `intervision validate`. */
export interface ValidateOptions {
  /** `text` (default) or `json`. */
  format: 'text' | 'json';
}

/** Prints diagnostics in the chosen format, and the exit code they mean. */
export function report(io: Io, diagnostics: readonly Diagnostic[], format: 'text' | 'json', okLine: string): number {
  const failed = diagnostics.some((d) => d.severity === 'error');
  if (format === 'json') io.out(JSON.stringify({ ok: !failed, diagnostics }, null, 2));
  else {
    if (diagnostics.length > 0) io.out(formatDiagnostics(diagnostics, io.c));
    io.out(diagnostics.length === 0 ? io.c.green(okLine) : summary(diagnostics, io.c));
  }
  return failed ? EXIT.problems : EXIT.ok;
}

/** `intervision validate <file…>`: every problem with file, line, column and path; warnings apart; exit 1 on errors. */
export function validate(io: Io, files: readonly string[], options: ValidateOptions): number {
  const diagnostics = files.flatMap((file) => loadMethodFile(file).diagnostics);
  return report(io, diagnostics, options.format, `${files.length === 1 ? files[0] : `${files.length} files`}: valid`);
}
