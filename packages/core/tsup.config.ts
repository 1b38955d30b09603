import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per built-in method export (`@intervision/core/methods/<id>`) in package.json. */
const methodEntries = Object.fromEntries(
  Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).exports)
    .filter((key) => key.startsWith('./methods/'))
    .map((key) => [key.slice(2), `src/${key.slice(2)}.ts`]),
);

export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', ...methodEntries },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  external: ['vitest'],
});
