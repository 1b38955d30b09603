/**
 * Trains the statistical back-off of the advice and sphere checks (see src/text/model.ts), one linear model
 * per check and language (naive Bayes plus logistic regression, see `TrainerSettings` in model-training.ts), on the project's own labelled corpora, and writes it as data into the
 * language pack (`src/text/lang/<code>/model.ts`, `sphere-model.ts`).
 *
 *   tsx scripts/train-models.ts [--without <batch-regex>]
 *
 * The held-out blind batches (`HELD_OUT_BATCHES` in model-training.ts: b9, b10) are never read.
 * `--without 'b8'` also leaves out the batch files whose name matches the pattern.
 * Whether adding a batch helps is judged by leave-one-batch-out scores: `tsx scripts/lobo.ts`.
 * The threshold is chosen by 5-fold cross-validation on the training items so that at most `maxFp` of
 * the negatives (genuine questions, inside topics) would be flagged by the model as the check runs (after
 * the detectors and the framing pass), not merely scored above it.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles, fitModel, LANGS, loadSamples, maxFpOf, runtimeOf, TASKS } from './model-training.js';
import './register-packs.js';

const here = dirname(fileURLToPath(import.meta.url));
const withoutArg = process.argv.indexOf('--without');
/** Batch files left out of this training run (see `--without`). */
const WITHOUT = withoutArg >= 0 ? new RegExp(process.argv[withoutArg + 1] ?? '$^') : undefined;

for (const task of TASKS)
  for (const lang of LANGS) {
    const files = corpusFiles(task).filter((f) => !WITHOUT?.test(f));
    const samples = loadSamples(lang, task, files);
    const { trained, threshold } = fitModel(samples, maxFpOf(task, lang), task.trainer, runtimeOf(task, lang));
    const entries = [...trained.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const lines = entries.map(([f, w]) => `    [${JSON.stringify(f)}, ${w}],`).join('\n');
    const name = `${lang.toUpperCase()}_${task.suffix}`;
    writeFileSync(
      resolve(here, `../src/text/lang/${lang}/${task.file}.ts`),
      `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: trained weights, not constants\n/**\n * The statistical back-off of the ${lang} ${task.task} check: log-odds weights (naive Bayes plus logistic regression), written by\n * \`scripts/train-models.ts\` from ${samples.length} labelled contributions. Do not edit.\n */\nimport { type AdviceModel, loadModel } from '../../model.js';\n\n/** The ${lang} ${task.task} model. */\nexport const ${name}: AdviceModel = loadModel({\n  bias: ${Math.round(trained.bias * 1000) / 1000},\n  threshold: ${threshold},\n  weights: [\n${lines}\n  ],\n});\n`,
    );
    console.log(`${task.task} ${lang}: ${samples.length} samples, ${entries.length} features, threshold ${threshold}`);
  }
