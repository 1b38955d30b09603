import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtinMethod, builtinMethodIds, didYouMean, isChoice, METHOD_FORMAT, type MethodDefinition } from '@intervision/core';

import { EXIT, type Io } from '../io.js';
import { schemaText } from './schema.js';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The phases of a method as YAML comment lines, so a designer sees which ids changes can target. */
function phaseList(method: MethodDefinition): string[] {
  return method.phases.flatMap((p) => [
    `#   ${p.id} (${p.kind})`,
    ...(isChoice(p) ? p.modules.flatMap((m) => [`#     module ${m.id}: ${m.phases.map((s) => s.id).join(', ')}`]) : []),
  ]);
}

/** The text of a new variant file extending `base`. */
export function variantText(id: string, base: MethodDefinition): string {
  const first = base.phases.find((p) => !isChoice(p))!;
  return [
    '# yaml-language-server: $schema=./method.schema.json',
    `# A variant of "${base.id}". Check it with: intervision validate ${id}.yaml && intervision lint ${id}.yaml`,
    '$schema: ./method.schema.json',
    `format: ${METHOD_FORMAT}`,
    `id: ${id}`,
    `extends: ${base.id}`,
    'version: 0.1.0',
    'name:',
    `  en: My ${base.name.en.replace(/^./, (ch) => ch.toLowerCase())}`,
    'summary:',
    `  en: A variant of ${base.name.en}.`,
    `# The phases of ${base.id}, which changes can target by id:`,
    ...phaseList(base),
    'changes:',
    `  # Example: give the first phase more time. Other ops: replace, remove, insert, set-rule, remove-rule,`,
    '  # add-module, remove-module, update-module, allow-role (see docs/method-designers.md).',
    '  - op: update',
    `    phase: ${first.id}`,
    '    set:',
    `      timebox: { minutes: ${(first.timebox?.minutes ?? 5) + 5} }`,
    '',
  ].join('\n');
}

/** `intervision new <id> --from <base>`: writes `<id>.yaml`, a variant with `$schema`, and the schema next to it. */
export function newVariant(io: Io, id: string, options: { from: string; dir: string; force?: boolean }): number {
  if (!ID.test(id)) {
    io.err(io.c.red(`"${id}" is not a method id: use kebab-case (lowercase letters, digits and single dashes)`));
    return EXIT.usage;
  }
  const base = builtinMethod(options.from);
  if (!base) {
    io.err(io.c.red(`no built-in method "${options.from}"${didYouMean(options.from, builtinMethodIds)}`));
    return EXIT.usage;
  }
  const file = join(options.dir, `${id}.yaml`);
  if (existsSync(file) && !options.force) {
    io.err(io.c.red(`${file} exists; use --force to overwrite it`));
    return EXIT.usage;
  }
  writeFileSync(file, variantText(id, base));
  const schemaFile = join(dirname(file), 'method.schema.json');
  if (!existsSync(schemaFile)) writeFileSync(schemaFile, schemaText());
  io.out(io.c.green(`wrote ${file}`));
  io.out(`next: intervision validate ${file}`);
  return EXIT.ok;
}
