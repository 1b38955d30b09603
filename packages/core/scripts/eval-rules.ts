/**
 * Evaluates the text validators on labelled JSONL corpora and prints a table per language.
 *
 *   tsx scripts/eval-rules.ts [--advice file.jsonl] [--sphere file.jsonl] [--errors] [--json]
 *
 * Defaults to the development sets in test/fixtures/corpus. Works on any JSONL file with the same
 * schema (`id`, `text`, `lang`, `label`), e.g. a held-out set.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EvalReport, evaluateAdvice, evaluateSphere, parseJsonl } from '../src/text/metrics.js';

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
const advicePath = resolve(base, arg('--advice') ?? resolve(fixtures, 'advice.dev.jsonl'));
const spherePath = resolve(base, arg('--sphere') ?? resolve(fixtures, 'sphere.dev.jsonl'));
const onlyAdvice = arg('--advice') !== undefined && arg('--sphere') === undefined;
const onlySphere = arg('--sphere') !== undefined && arg('--advice') === undefined;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function table(title: string, report: EvalReport, fpLabel: string): void {
  console.log(`\n${title}`);
  console.log(`lang     n   prec    recall  F1      FP-rate (${fpLabel})`);
  const langs = Object.keys(report.byLang).sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
  for (const lang of langs) {
    const m = report.byLang[lang]!;
    console.log(`${lang.padEnd(5)} ${String(m.n).padStart(4)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${pct(m.fpRate)}`);
  }
  if (showErrors && report.errors.length > 0) {
    console.log(`errors (${report.errors.length}):`);
    for (const e of report.errors) {
      console.log(`  ${e.item.id}  gold=${e.item.label} predicted=${e.predicted}  [${e.detail}]  ${JSON.stringify(e.item.text)}`);
    }
  }
}

const out: Record<string, EvalReport> = {};
if (!onlySphere) out.advice = evaluateAdvice(parseJsonl(readFileSync(advicePath, 'utf8')));
if (!onlyAdvice) out.sphere = evaluateSphere(parseJsonl(readFileSync(spherePath, 'utf8')));

if (asJson) {
  console.log(JSON.stringify(out, null, 2));
} else {
  if (out.advice) table(`Advice detection (${advicePath})`, out.advice, 'clarification');
  if (out.sphere) table(`Sphere of influence (${spherePath})`, out.sphere, 'inside');
}
