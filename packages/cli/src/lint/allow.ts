/** A `# lint-allow <code>[ <phase>]: <reason>` comment in a method file. */
export interface LintAllowance {
  /** The check it silences. */
  code: string;
  /** Only for this phase id, when given. */
  phase?: string;
  /** Why (required). */
  reason: string;
  /** 1-based line of the comment. */
  line: number;
}

const ALLOW = /#\s*lint-allow\s+([a-z][a-z0-9-]*)(?:\s+([a-z][a-z0-9-]*))?\s*(?::\s*(.*))?$/;

/** Reads the `lint-allow` comments of a YAML file. Comments without a reason are returned with an empty reason. */
export function readAllowances(text: string): LintAllowance[] {
  const out: LintAllowance[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const m = ALLOW.exec(line);
    if (m) out.push({ code: m[1]!, ...(m[2] ? { phase: m[2] } : {}), reason: (m[3] ?? '').trim(), line: i + 1 });
  }
  return out;
}
