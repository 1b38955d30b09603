/** One problem found in a method config, with the path to the offending value. */
export interface MethodIssue {
  /** Path into the config, e.g. `["phases", 2, "speakers", 0]`. */
  path: (string | number)[];
  /** What is wrong, in English, for the designer. */
  message: string;
  /** Stable code: `invalid-value`, `unknown-role`, `duplicate-id`, `unknown-rule`, … */
  code: string;
}

/** Formats a path as `phases[2].speakers[0]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(root)';
}

/**
 * Thrown by `defineMethod` for an invalid method. `issues` lists every problem found, not just the first.
 */
export class MethodDefinitionError extends Error {
  /** Stable error code. */
  readonly code = 'invalid-method';
  /** Every problem found, with its path. */
  readonly issues: MethodIssue[];

  constructor(methodId: string | undefined, issues: MethodIssue[]) {
    const head = `Invalid method${methodId ? ` "${methodId}"` : ''}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super([head, ...issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`)].join('\n'));
    this.name = 'MethodDefinitionError';
    this.issues = issues;
  }
}
