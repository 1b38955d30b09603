import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as core from '../src/index.js';

const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

it("the README's code example runs as written and prints what its comment says", async () => {
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block).toBeTruthy();
  const imports =
    /^import \{([^}]*)\} from '@intervision\/core';$/m
      .exec(block!)?.[1]
      ?.split(',')
      .map((s) => s.trim()) ?? [];
  const body = block!.replace(/^import .*$/gm, '');
  const printed: unknown[][] = [];
  const rendered: unknown[] = [];
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  const run = new AsyncFunction(...imports, 'render', 'console', body);
  await run(...imports.map((name) => (core as Record<string, unknown>)[name]), (...args: unknown[]) => rendered.push(args), {
    log: (...args: unknown[]) => printed.push(args),
  });
  const comment = /\/\/ (rule-violation .*)$/m.exec(block!)?.[1]?.split(/\s{2,}/);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toEqual(comment);
});
