import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per built-in method export (`@intervision/core/methods/<id>`) in package.json. */
const methodEntries = Object.fromEntries(
  Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).exports)
    .filter((key) => key.startsWith('./methods/'))
    .map((key) => [key.slice(2), `src/${key.slice(2)}.ts`]),
);

/** The package's entry points (the exports map), by output name. */
const entry = { index: 'src/index.ts', machine: 'src/machine.ts', testing: 'src/testing/index.ts', 'store-kit': 'src/store/kit.ts', ...methodEntries };

export default defineConfig([
  // ESM stays modules, one file per source file, so a bundler keeps only what the app imports.
  {
    entry: ['src/**/*.ts', '!src/**/*.test.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry },
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  // CommonJS: one file per entry point.
  {
    entry,
    format: ['cjs'],
    dts: { entry },
    sourcemap: true,
    clean: false,
    target: 'node20',
    external: ['vitest'],
  },
]);
