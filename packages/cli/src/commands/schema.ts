import { writeFileSync } from 'node:fs';
import { methodJsonSchema } from '@intervision/core';
import { EXIT, type Io } from '../io.js';

/** The JSON Schema of method files as text. */
export function schemaText(): string {
  return `${JSON.stringify(methodJsonSchema(), null, 2)}\n`;
}

/** `intervision schema [--out file]`: prints or writes the JSON Schema of method files, for editors. */
export function schema(io: Io, options: { out?: string }): number {
  if (!options.out) {
    io.out(schemaText().trimEnd());
    return EXIT.ok;
  }
  writeFileSync(options.out, schemaText());
  io.err(io.c.green(`wrote ${options.out}`));
  return EXIT.ok;
}
