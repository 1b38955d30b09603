import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    'lang/en': 'src/lang/en.ts',
    'lang/nl': 'src/lang/nl.ts',
    'lang/de': 'src/lang/de.ts',
    'lang/fr': 'src/lang/fr.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  external: ['vitest'],
});
