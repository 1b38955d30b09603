/**
 * Speed of the text validators, as ratios measured in one run:
 *
 * - `detectAdvice` + `checkOpenQuestion` on ~200-character contributions, against the grammar as it was
 *   before the language packs (bundled in `fixtures/grammar-49cb14e.min.mjs`, see `fixtures/README.md`);
 * - linearity: time per character on texts of 200, 2,000 and 20,000 characters (a ratio near 1 means
 *   linear time);
 * - where today's time goes, as shares of the baseline's time for the same texts: the analysis alone
 *   (sentences, tokens, language) and the advice detectors alone on analysed sentences and their clause
 *   tails (the language pack's detectors and its statistical back-off, without the analysis).
 *
 * Both sides are measured as the same kind of code: today's checks are bundled from the sources with
 * the esbuild options that made the baseline, so that neither pays for module wrappers the other has not.
 *
 *   npx tsx packages/bench/src/rules.bench.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median } from './measure.js';

/** The two checks, as both bundles export them. */
interface Grammar {
  detectAdvice(text: string): { reasons: unknown[] };
  checkOpenQuestion(text: string, options: { allowWhy: boolean }): unknown[];
}

/** Today's bundle: the two checks, and the analysis and the detector pass each alone (for the breakdown). */
interface Today extends Grammar {
  /** Analyses a text (a new text each call: the analysis caches only the last one). */
  analyseOnly(text: string): number;
  /** Prepares the detector pass of `texts` (analysis and clause tails done beforehand, not timed). */
  detectorsOf(texts: readonly string[]): (text: string) => number;
}

const SEEDS = [
  'I totally understand how frustrating that must be for you, and I have been there myself. When your manager told you about the new schedule, how did you react, and what did you say to her?',
  'Thanks for sharing this, it sounds like a really difficult situation with the parents. Have you tried talking to the head of the school about it before the next meeting with them?',
  'Dat klinkt echt heel vervelend en ik herken het wel een beetje uit mijn eigen team. Wat gebeurde er precies toen je het voor het eerst aankaartte bij je leidinggevende, en hoe reageerde hij?',
  'Das klingt wirklich belastend, und ich kann gut verstehen, dass du erschöpft bist. Warum sprichst du nicht einfach mal offen mit deiner Chefin über die vielen Überstunden der letzten Wochen?',
  'Could you tell us a bit more about the history of the project, who was involved from the start, and what the original plan looked like before the reorganisation changed everything?',
  'If I were you I would document every single conversation with that client from now on, and I would also ask your team lead to join the next meeting so that you are not on your own.',
  "Je comprends tout à fait, ça doit être épuisant. Qu'est-ce qui s'est passé exactement lors de la dernière réunion avec ta cheffe, et comment as-tu réagi sur le moment ?",
];

/** Contributions of ~200 characters, varied so that no single string is cached by the engine. */
function inputs(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`${SEEDS[i % SEEDS.length]!.slice(0, 190)} (${i})`);
  return out;
}

/** A text of about `chars` characters in one language: whole seed sentences of that language, repeated. */
function longText(chars: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const s = `${SEEDS[(seed + i * 3) % 2]!} (${i})`;
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

let sink = 0;

/** Calls per second of `fn` over `texts`, run for at least `minMs`. */
function opsPerSec(fn: (text: string) => void, texts: readonly string[], minMs: number): number {
  for (let i = 0; i < Math.min(2000, texts.length * 20); i++) fn(texts[i % texts.length]!);
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (let i = 0; i < 50; i++) fn(texts[(ops + i) % texts.length]!);
    ops += 50;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

/** The entry's code for {@link Today}'s breakdown functions (`src` is the core's `text/` folder). */
function breakdownEntry(src: string): string {
  const from = (file: string): string => JSON.stringify(join(src, file));
  return `import { analyse } from ${from('analysis.ts')};
import { runDetectors } from ${from('detector.ts')};
import { clauseTails } from ${from('tails.ts')};
export const analyseOnly = (text) => analyse(text).sentences.length;
export function detectorsOf(texts) {
  const prepared = new Map(texts.map((text) => {
    const a = analyse(text);
    return [text, { pack: a.pack, parts: a.sentences.flatMap((s) => [s, ...clauseTails(a.text, s, a.pack.start.but, a.pack.start.after)]) }];
  }));
  const out = [];
  return (text) => {
    const { pack, parts } = prepared.get(text);
    out.length = 0;
    for (let i = 0; i < parts.length; i++) runDetectors(pack.advice, pack.start, parts[i], i, out);
    return out.length;
  };
}
`;
}

/** Bundles today's `detectAdvice` and `checkOpenQuestion` from the core sources, as the baseline was bundled. */
async function bundleToday(): Promise<Today> {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-rules-bench-'));
  try {
    const src = fileURLToPath(new URL('../../core/src/text/', import.meta.url));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      // Only English is built in: register the other packs, as an app serving every language does (the seeds are en/nl/de/fr).
      `import { registerLanguagePack } from ${JSON.stringify(join(src, 'registry.ts'))};\nimport { BUILTIN_PACKS } from ${JSON.stringify(join(src, '../lang/all.ts'))};\nregisterLanguagePack(...Object.values(BUILTIN_PACKS));\n` +
        `export { detectAdvice } from ${JSON.stringify(join(src, 'advice.ts'))};\nexport { checkOpenQuestion } from ${JSON.stringify(join(src, 'open-question.ts'))};\n` +
        breakdownEntry(src),
    );
    const outfile = join(dir, 'today.mjs');
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'node', legalComments: 'none', outfile, logLevel: 'silent' });
    return (await import(pathToFileURL(outfile).href)) as Today;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs both checks of `g` on `text` (the measured unit). */
function both(g: Grammar): (text: string) => void {
  return (text) => {
    sink += g.detectAdvice(text).reasons.length + g.checkOpenQuestion(text, { allowWhy: false }).length;
  };
}

/** Runs the rules benchmark and returns its figures. */
export async function rulesBench(minMs = 1500): Promise<Record<string, unknown>> {
  const oldFn = both((await import(new URL('../fixtures/grammar-49cb14e.min.mjs', import.meta.url).href)) as Grammar);
  const today = await bundleToday();
  const ours = both(today);
  const short = inputs(700);
  // interleave the two sides twice so that machine noise hits both alike
  const a1 = opsPerSec(ours, short, minMs / 2);
  const b1 = opsPerSec(oldFn, short, minMs / 2);
  const a2 = opsPerSec(ours, short, minMs / 2);
  const b2 = opsPerSec(oldFn, short, minMs / 2);
  const oursOps = (a1 + a2) / 2;
  const oldOps = (b1 + b2) / 2;

  // the breakdown: five short turns of baseline then part, median of the five ratios (a burst of
  // machine load hits one turn only)
  const detectors = today.detectorsOf(short);
  const share = (part: (text: string) => void): number => {
    const ratios: number[] = [];
    for (let turn = 0; turn < 5; turn++) ratios.push(opsPerSec(oldFn, short, minMs / 10) / opsPerSec(part, short, minMs / 10));
    return Number(median(ratios).toFixed(2));
  };
  const analysisShare = share((text) => {
    sink += today.analyseOnly(text);
  });
  const detectorShare = share((text) => {
    sink += detectors(text);
  });

  // linearity: nanoseconds per character at three sizes, same run; the sizes take turns over three
  // rounds and each keeps its median, so that a burst of machine load does not land on one size only
  const sizes = [200, 2000, 20000] as const;
  const samples = new Map<number, number[]>(sizes.map((size) => [size, []]));
  for (let round = 0; round < 3; round++)
    for (const size of sizes) samples.get(size)!.push(1e9 / (opsPerSec(ours, [longText(size, 0), longText(size, 1)], minMs / 4) * size));
  const perChar: Record<number, number> = {};
  for (const size of sizes) perChar[size] = median(samples.get(size)!);
  return {
    name: 'detectAdvice+checkOpenQuestion',
    opsPerSec200: Math.round(oursOps),
    oldGrammarOpsPerSec200: Math.round(oldOps),
    slowdownVsOldGrammar: Number((oldOps / oursOps).toFixed(2)),
    // today's analysis alone and detector pass alone, each as a share of the baseline's whole time
    analysisVsOldGrammar: analysisShare,
    detectorsVsOldGrammar: detectorShare,
    nsPerChar: Object.fromEntries(Object.entries(perChar).map(([k, v]) => [k, Math.round(v)])),
    perCharRatio2000vs200: Number((perChar[2000]! / perChar[200]!).toFixed(2)),
    perCharRatio20000vs200: Number((perChar[20000]! / perChar[200]!).toFixed(2)),
    sink: sink > 0,
  };
}

// Run on its own (`npx tsx packages/bench/src/rules.bench.ts`), not when bundled into `pnpm bench`'s main.
if (process.argv[1] && /rules\.bench\.[cm]?[jt]s$/.test(process.argv[1])) {
  rulesBench().then((r) => console.log(JSON.stringify(r, null, 2)));
}
