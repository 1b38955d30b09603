import { bundleBench } from './bundle.bench.js';
import { engineBench } from './engine.bench.js';

/** Runs every benchmark and prints one JSON object per benchmark. */
async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
  console.log(JSON.stringify(await bundleBench(), null, 2));
  console.log(JSON.stringify(await engineBench(rounds), null, 2));
  try {
    const rulesModule = './rules.bench.js';
    const rules = (await import(rulesModule)) as { rulesBench?: () => Promise<unknown> };
    if (typeof rules.rulesBench === 'function') console.log(JSON.stringify(await rules.rulesBench(), null, 2));
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  const { storesBench } = await import('./stores.bench.js');
  console.log(JSON.stringify(await storesBench(), null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
