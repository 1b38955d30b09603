import { bundleBench } from './bundle.bench.js';
import { engineBench } from './engine.bench.js';
import { storesBench } from './stores.bench.js';

/**
 * Runs every benchmark and prints one JSON object per benchmark. `pnpm bench` bundles this file with
 * esbuild and runs it with plain node: under a TypeScript loader (tsx) the same engine code ran several
 * times slower, which distorted the ratios against baselines from node_modules.
 */
async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
  console.log(JSON.stringify(await bundleBench(), null, 2));
  console.log(JSON.stringify(await engineBench(rounds), null, 2));
  // The rules bench prints its own JSON when loaded; newer versions export `rulesBench` instead.
  const rules = (await import('./rules.bench.js')) as { rulesBench?: () => Promise<unknown> };
  if (typeof rules.rulesBench === 'function') console.log(JSON.stringify(await rules.rulesBench(), null, 2));
  console.log(JSON.stringify(await storesBench(), null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
