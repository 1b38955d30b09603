import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { methodJsonSchema } from '../src/method/json-schema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'method.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(methodJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
