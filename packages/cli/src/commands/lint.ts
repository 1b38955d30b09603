import { formatPath } from '@intervision/core';
import type { Diagnostic } from '../diagnostics.js';
import { loadMethodFile } from '../files/load.js';
import { locate } from '../files/locate.js';
import type { Io } from '../io.js';
import { readAllowances } from '../lint/allow.js';
import { lintMethod } from '../lint/checks.js';
import { report } from './validate.js';

/** `intervision lint <file…>`: validation, then the doubts a valid method can still raise. Exit 1 on errors or unsilenced findings. */
export function lint(io: Io, files: readonly string[], options: { format: 'text' | 'json' }): number {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const loaded = loadMethodFile(file);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.method || !loaded.source) continue;
    const source = loaded.source.method;
    const allowances = readAllowances(source.text);
    for (const allowance of allowances)
      if (allowance.reason === '')
        diagnostics.push({
          file,
          line: allowance.line,
          column: 1,
          severity: 'error',
          code: 'lint-allow-without-reason',
          path: '(comment)',
          message: `"lint-allow ${allowance.code}" needs a reason after a colon`,
        });
    for (const finding of lintMethod(loaded.method)) {
      const phase = finding.path.filter((_p, i) => finding.path[i - 1] === 'phases').at(-1);
      const allowed = allowances.find((a) => a.reason !== '' && a.code === finding.code && (a.phase === undefined || a.phase === phase));
      const at = locate(source, finding.path);
      diagnostics.push({
        file,
        line: at.line,
        column: at.column,
        severity: allowed ? 'note' : 'warning',
        code: finding.code,
        path: formatPath(finding.path),
        message: allowed ? `${finding.message} (allowed: ${allowed.reason})` : finding.message,
      });
    }
  }
  const code = report(io, diagnostics, options.format, `${files.length === 1 ? files[0] : `${files.length} files`}: valid, nothing to lint`);
  return code !== 0 || diagnostics.some((d) => d.severity === 'warning') ? 1 : 0;
}
