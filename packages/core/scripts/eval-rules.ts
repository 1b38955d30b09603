/**
 * Evaluates the text validators on labelled JSONL corpora and prints a table per language.
 *
 *   tsx scripts/eval-rules.ts [--advice file.jsonl] [--sphere file.jsonl] [--errors] [--json]
 *   tsx scripts/eval-rules.ts --blind dir [--errors]      one markdown row per batch file in `dir`
 *
 * Defaults to the development sets in test/fixtures/corpus (en/nl/de and fr). Works on any JSONL file
 * with the same schema (`id`, `text`, `lang`, `label`), e.g. a held-out set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusItem, type EvalReport, evaluateAdvice, evaluateSphere, parseJsonl } from '../src/text/metrics.js';
import './register-packs.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../test/fixtures/corpus');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const showErrors = process.argv.includes('--errors');
const asJson = process.argv.includes('--json');
// Paths are relative to where the command was typed (pnpm runs the script in the package folder).
const base = process.env.INIT_CWD ?? process.cwd();
const load = (...paths: string[]): CorpusItem[] => paths.flatMap((p) => parseJsonl(readFileSync(p, 'utf8')));

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function printErrors(report: EvalReport): void {
  if (!showErrors || report.errors.length === 0) return;
  console.log(`errors (${report.errors.length}):`);
  for (const e of report.errors) console.log(`  ${e.item.id}  gold=${e.item.label} predicted=${e.predicted}  [${e.detail}]  ${JSON.stringify(e.item.text)}`);
}

function table(title: string, report: EvalReport, fpLabel: string): void {
  console.log(`\n${title}`);
  console.log(`lang     n   prec    recall  F1      FP-rate (${fpLabel})`);
  const langs = Object.keys(report.byLang).sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
  for (const lang of langs) {
    const m = report.byLang[lang]!;
    console.log(`${lang.padEnd(5)} ${String(m.n).padStart(4)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${pct(m.fpRate)}`);
  }
  printErrors(report);
}

/** One markdown row per batch file: `| file | n | precision | recall | F1 | FP-rate |`. */
function blind(dir: string): void {
  console.log('| batch | n | precision | recall | F1 | false-positive rate |');
  console.log('|---|---|---|---|---|---|');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const items = load(resolve(dir, file));
    const report = file.startsWith('sphere') ? evaluateSphere(items) : evaluateAdvice(items);
    const m = report.byLang.all;
    if (!m) continue;
    const p = (x: number): string => x.toFixed(3);
    console.log(`| ${file} | ${m.n} | ${p(m.precision)} | ${p(m.recall)} | ${p(m.f1)} | ${(m.fpRate * 100).toFixed(1)}% |`);
    printErrors(report);
  }
}

const blindDir = arg('--blind');
if (blindDir !== undefined) {
  blind(resolve(base, blindDir));
} else {
  const adviceArg = arg('--advice');
  const sphereArg = arg('--sphere');
  const advicePaths = adviceArg ? [resolve(base, adviceArg)] : [resolve(fixtures, 'advice.dev.jsonl'), resolve(fixtures, 'advice.fr.dev.jsonl')];
  const spherePaths = sphereArg ? [resolve(base, sphereArg)] : [resolve(fixtures, 'sphere.dev.jsonl'), resolve(fixtures, 'sphere.fr.dev.jsonl')];
  const onlyAdvice = adviceArg !== undefined && sphereArg === undefined;
  const onlySphere = sphereArg !== undefined && adviceArg === undefined;
  const out: Record<string, EvalReport> = {};
  if (!onlySphere) out.advice = evaluateAdvice(load(...advicePaths));
  if (!onlyAdvice) out.sphere = evaluateSphere(load(...spherePaths));
  if (asJson) {
    console.log(JSON.stringify(out, null, 2));
  } else {
    if (out.advice) table(`Advice detection (${advicePaths.join(', ')})`, out.advice, 'clarification');
    if (out.sphere) table(`Sphere of influence (${spherePaths.join(', ')})`, out.sphere, 'inside');
  }
}
