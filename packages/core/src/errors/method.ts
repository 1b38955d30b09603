import { IntervisionError, isIntervisionError } from './base.js';

/** One problem found in a method config, with the path to the offending value. */
export interface MethodIssue {
  /** Path into the config, e.g. `["phases", 2, "speakers", 0]`. */
  path: (string | number)[];
  /** What is wrong, in English, for the designer. */
  message: string;
  /** Stable code: `invalid-value`, `unknown-role`, `duplicate-id`, `unknown-rule`, … */
  code: string;
}

/** Most issues listed in a {@link MethodDefinitionError}'s message; the rest are counted. */
export const MAX_LISTED_ISSUES = 100;

/** Formats a path as `phases[2].speakers[0]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(root)';
}

/**
 * Thrown by `defineMethod` for an invalid method. `issues` lists every problem found, not just the
 * first; the message lists the first {@link MAX_LISTED_ISSUES} and counts the rest.
 */
export class MethodDefinitionError extends IntervisionError<'invalid-method'> {
  /** Every problem found, with its path. */
  readonly issues: MethodIssue[];

  constructor(methodId: string | undefined, issues: MethodIssue[]) {
    const head = `Invalid method${methodId ? ` "${methodId.slice(0, 200)}"` : ''}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    const rest = issues.length > MAX_LISTED_ISSUES ? [`  … and ${issues.length - MAX_LISTED_ISSUES} more`] : [];
    super('invalid-method', [head, ...listed, ...rest].join('\n'));
    this.issues = issues;
  }
}

/** Whether `error` is a {@link MethodDefinitionError} (from either build of the package). */
export function isMethodDefinitionError(error: unknown): error is MethodDefinitionError {
  return isIntervisionError(error, 'invalid-method');
}
