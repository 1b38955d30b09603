import { defineConfig } from 'tsup';

// ESM + CJS + d.ts for Node 20; the driver and the core stay peer dependencies (not bundled).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  external: ['pg', '@intervision/core'],
  format: ['esm', 'cjs'],
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
});
