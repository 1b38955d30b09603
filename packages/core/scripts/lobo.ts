/**
 * Leave-one-batch-out scores of the advice and sphere checks on the blind batches: for each batch file,
 * the back-off model of its language is retrained without that batch (threshold by cross-validation as
 * in `train-models.ts`), swapped into the pack, and the batch is scored. Columns: the grammar detectors
 * alone (model silenced), the shipped model (which may have trained on the batch: in-sample), and the
 * retrained model that never saw it (out-of-sample for the model; the detectors' authors may have read
 * the batch, see SCORES.md).
 *
 *   tsx scripts/lobo.ts [--only <file-regex>] [--errors <file-regex>] [--train-without <file-regex>]
 *                       [--max-fp-advice 0.01] [--max-fp-sphere 0.03]
 *
 * `--errors` lists the misclassified items of the matching batch files (leave-one-out column).
 * `--train-without` also drops matching files from every training run (e.g. to ask whether a batch helps).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type EvalReport, evaluateAdvice, evaluateSphere, parseJsonl } from '../src/text/metrics.js';
import { CORPUS, corpusFiles, fitModel, LANGS, loadSamples, maxFpOf, runtimeOf, TASKS } from './model-training.js';

function arg(name: string): RegExp | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? new RegExp(process.argv[i + 1] ?? '$^') : undefined;
}
const only = arg('--only');
const errorsOf = arg('--errors');
const trainWithout = arg('--train-without');
/** `--max-fp-advice 0.01` tries another cross-validated false-positive budget than the shipped one. */
const maxFp = (task: (typeof TASKS)[number], lang: string): number => {
  const i = process.argv.indexOf(`--max-fp-${task.task}`);
  return i >= 0 ? Number(process.argv[i + 1]) : maxFpOf(task, lang);
};

const f3 = (x: number): string => x.toFixed(3);
const pc = (x: number): string => `${(x * 100).toFixed(1)}%`;
const row = (r: EvalReport): string => {
  const m = r.byLang.all!;
  return `${f3(m.f1)} / ${pc(m.fpRate)}`;
};
const totals = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
function add(key: string, r: EvalReport): void {
  const m = r.byLang.all!;
  const t = totals.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
  t.tp += m.tp;
  t.fp += m.fp;
  t.fn += m.fn;
  t.tn += m.tn;
  totals.set(key, t);
}

console.log('| batch | n | detectors alone F1 / FP | shipped model F1 / FP | leave-one-batch-out F1 / FP |');
console.log('|---|---|---|---|---|');
for (const task of TASKS)
  for (const lang of LANGS) {
    const runtime = runtimeOf(task, lang);
    const model = runtime.model;
    const shipped = { ...model };
    const files = corpusFiles(task).filter((f) => !trainWithout?.test(f));
    const samples = loadSamples(lang, task, files);
    const evaluate = task.task === 'advice' ? evaluateAdvice : evaluateSphere;
    for (const file of corpusFiles(task)) {
      if (!file.startsWith(`blind/${task.task}.${lang}.`) || (only && !only.test(file))) continue;
      const items = parseJsonl(readFileSync(resolve(CORPUS, file), 'utf8'));
      Object.assign(model, shipped, { threshold: Number.POSITIVE_INFINITY });
      const alone = evaluate(items);
      Object.assign(model, shipped);
      const inSample = evaluate(items);
      Object.assign(
        model,
        fitModel(
          samples.filter((s) => s.file !== file),
          maxFp(task, lang),
          task.trainer,
          runtime,
        ).model,
      );
      const out = evaluate(items);
      Object.assign(model, shipped);
      add(`${task.task}.${lang} alone`, alone);
      add(`${task.task}.${lang} shipped`, inSample);
      add(`${task.task}.${lang} lobo`, out);
      console.log(`| ${file.slice(6)} | ${out.byLang.all!.n} | ${row(alone)} | ${row(inSample)} | ${row(out)} |`);
      if (errorsOf?.test(file)) for (const e of out.errors) console.log(`    ${e.item.id} gold=${e.item.label} [${e.detail}] ${JSON.stringify(e.item.text)}`);
    }
  }
console.log('\n| pooled | detectors alone F1 / FP | shipped F1 / FP | leave-one-batch-out F1 / FP |\n|---|---|---|---|');
for (const key of new Set([...totals.keys()].map((k) => k.split(' ')[0]!))) {
  const cell = (v: string): string => {
    const c = totals.get(`${key} ${v}`)!;
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    return `${f3(p + r ? (2 * p * r) / (p + r) : 0)} / ${pc(c.fp / (c.fp + c.tn || 1))}`;
  };
  console.log(`| ${key} | ${cell('alone')} | ${cell('shipped')} | ${cell('lobo')} |`);
}
