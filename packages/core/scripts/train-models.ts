/**
 * Trains the statistical back-off of the advice and sphere checks (see src/text/model.ts), one naive-Bayes
 * model per check and language, on the project's own labelled corpora, and writes it as data into the
 * language pack (`src/text/lang/<code>/model.ts`, `sphere-model.ts`).
 *
 *   tsx scripts/train-models.ts [--without <batch-regex>]
 *
 * `--without 'b6|b7'` also leaves out the batch files whose name matches the pattern: train once with
 * and once without a batch and compare the held-out rows of `eval:rules -- --blind` to see whether
 * adding it helps (cross-validation on batches neither model was trained on).
 * The last blind batch of each language (HELD_OUT) is never trained on: it stays a check of how the
 * model does on wording it has not seen. The threshold is chosen by 5-fold cross-validation on the
 * training items so that at most MAX_FP of the genuine questions are flagged by the model alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/text/analysis.js';
import { type CorpusItem, parseJsonl } from '../src/text/metrics.js';
import { features } from '../src/text/model.js';
import './register-packs.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../test/fixtures/corpus');
const LANGS = ['en', 'nl', 'de', 'fr'] as const;
/** Batches kept out of training, as an honest check of generalisation. */
export const HELD_OUT = new Set([
  'advice.en.b5.jsonl',
  'advice.nl.b5.jsonl',
  'advice.de.b4.jsonl',
  'advice.fr.b4.jsonl',
  'sphere.en.b5.jsonl',
  'sphere.nl.b5.jsonl',
  'sphere.de.b4.jsonl',
  'sphere.fr.b4.jsonl',
]);
/** The two checks a model is trained for: corpus prefix, positive and negative label, file and constant name. */
const TASKS = [
  { task: 'advice', positive: 'advice', negative: 'clarification', file: 'model', suffix: 'MODEL', maxFp: 0.01 },
  { task: 'sphere', positive: 'outside', negative: 'inside', file: 'sphere-model', suffix: 'SPHERE_MODEL', maxFp: 0.03 },
] as const;
type Task = (typeof TASKS)[number];
const withoutArg = process.argv.indexOf('--without');
/** Batch files left out of this training run as well (see `--without`). */
const WITHOUT = withoutArg >= 0 ? new RegExp(process.argv[withoutArg + 1] ?? '$^') : undefined;
const ALPHA = 0.5;
const MIN_COUNT = 2;
/** Weights nearer 0 than this are dropped (they move no verdict and cost bundle bytes). */
const MIN_WEIGHT = 0.35;

type Sample = { advice: boolean; sentences: { feats: string[] }[] };

function load(lang: string, task: Task): Sample[] {
  const files = [`${task.task}.dev.jsonl`, `${task.task}.fr.dev.jsonl`, `${task.task}.extra.jsonl`].map((f) => resolve(corpus, f));
  for (const f of readdirSync(resolve(corpus, 'blind')).sort())
    if (f.startsWith(`${task.task}.${lang}.`) && !HELD_OUT.has(f) && !WITHOUT?.test(f)) files.push(resolve(corpus, 'blind', f));
  const items: CorpusItem[] = files.flatMap((f) => parseJsonl(readFileSync(f, 'utf8')));
  return items
    .filter((it) => it.lang === lang && (it.label === task.positive || it.label === task.negative))
    .map((it) => ({
      advice: it.label === task.positive,
      sentences: analyse(it.text, { lang }).sentences.map((s) => {
        const feats: string[] = [];
        features(s.toks, s.term === '?', (f) => feats.push(f));
        return { feats };
      }),
    }));
}

function train(samples: readonly Sample[]): { bias: number; weights: Map<string, number> } {
  const count = [new Map<string, number>(), new Map<string, number>()];
  const total = [0, 0];
  const docs = [0, 0];
  for (const s of samples) {
    const c = s.advice ? 1 : 0;
    docs[c]!++;
    for (const sent of s.sentences)
      for (const f of sent.feats) {
        count[c]!.set(f, (count[c]!.get(f) ?? 0) + 1);
        total[c]!++;
      }
  }
  const vocab = new Set([...count[0]!.keys(), ...count[1]!.keys()]);
  const weights = new Map<string, number>();
  for (const f of vocab) {
    const a = count[1]!.get(f) ?? 0;
    const b = count[0]!.get(f) ?? 0;
    if (a + b < MIN_COUNT) continue;
    const w = Math.log((a + ALPHA) / (total[1]! + ALPHA * vocab.size)) - Math.log((b + ALPHA) / (total[0]! + ALPHA * vocab.size));
    // two decimals: finer weights change no verdict measurably and cost bundle bytes
    if (Math.abs(w) >= MIN_WEIGHT) weights.set(f, Math.round(w * 100) / 100);
  }
  return { bias: Math.log((docs[1]! + 1) / (docs[0]! + 1)), weights };
}

function score(m: { bias: number; weights: Map<string, number> }, s: Sample): number {
  let best = -Infinity;
  for (const sent of s.sentences) {
    let x = m.bias;
    for (const f of sent.feats) x += m.weights.get(f) ?? 0;
    best = Math.max(best, x);
  }
  return best;
}

function threshold(samples: readonly Sample[], maxFp: number): number {
  const folds = 5;
  const scored: { advice: boolean; score: number }[] = [];
  for (let k = 0; k < folds; k++) {
    const m = train(samples.filter((_, i) => i % folds !== k));
    samples.forEach((s, i) => {
      if (i % folds === k) scored.push({ advice: s.advice, score: score(m, s) });
    });
  }
  const negatives = scored
    .filter((x) => !x.advice)
    .map((x) => x.score)
    .sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * maxFp);
  return Math.round(((negatives[allowed] ?? 0) + 1e-3) * 1000) / 1000;
}

for (const task of TASKS)
  for (const lang of LANGS) {
    const samples = load(lang, task);
    const t = threshold(samples, task.maxFp);
    const m = train(samples);
    const entries = [...m.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const lines = entries.map(([f, w]) => `    [${JSON.stringify(f)}, ${w}],`).join('\n');
    const name = `${lang.toUpperCase()}_${task.suffix}`;
    writeFileSync(
      resolve(here, `../src/text/lang/${lang}/${task.file}.ts`),
      `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: trained weights, not constants\n/**\n * The statistical back-off of the ${lang} ${task.task} check: naive-Bayes log-odds weights, written by\n * \`scripts/train-advice-model.ts\` from ${samples.length} labelled contributions (held-out batches excluded). Do not edit.\n */\nimport { type AdviceModel, loadModel } from '../../model.js';\n\n/** The ${lang} ${task.task} model. */\nexport const ${name}: AdviceModel = loadModel({\n  bias: ${Math.round(m.bias * 1000) / 1000},\n  threshold: ${t},\n  weights: [\n${lines}\n  ],\n});\n`,
    );
    console.log(`${task.task} ${lang}: ${samples.length} samples, ${entries.length} features, threshold ${t}`);
  }
