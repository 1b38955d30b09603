import type { MethodIssue } from '../errors/method.js';

/** Deepest nesting a method file may have (a real method needs about 12 levels). */
export const MAX_METHOD_DEPTH = 64;
/** Most values (objects, arrays, scalars) a method file may hold. */
export const MAX_METHOD_NODES = 200_000;
/** Longest `extends` chain (a variant of a variant of …). */
export const MAX_EXTENDS_DEPTH = 16;
/** Most problems a parse returns; the rest are counted in one last issue. */
export const MAX_ISSUES = 100;

/**
 * Checks that input is small and shallow enough to validate, without recursion (so hostile input
 * cannot overflow the stack). Returns the problem, or `undefined` when the input is fine.
 */
export function checkSize(input: unknown, path: (string | number)[] = []): MethodIssue | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++nodes > MAX_METHOD_NODES) return { path, code: 'too-large', message: `the method holds more than ${MAX_METHOD_NODES} values` };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_METHOD_DEPTH) return { path, code: 'too-deep', message: `the method is nested more than ${MAX_METHOD_DEPTH} levels deep` };
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

/** At most {@link MAX_ISSUES} issues, and one more that counts the rest. */
export function capIssues(issues: MethodIssue[]): MethodIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [...issues.slice(0, MAX_ISSUES), { path: [], code: 'too-many-issues', message: `… and ${issues.length - MAX_ISSUES} more problems` }];
}
