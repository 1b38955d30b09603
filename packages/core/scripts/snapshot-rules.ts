/**
 * Writes every output of the text rules to a JSON file, so that a change meant to keep them (a speed-up,
 * a refactoring) can be checked to the byte: run it before and after, then compare the two files.
 *
 *   tsx scripts/snapshot-rules.ts /tmp/rules-before.json     (write outside the repository)
 *   … change the code …
 *   tsx scripts/snapshot-rules.ts /tmp/rules-after.json && cmp /tmp/rules-before.json /tmp/rules-after.json
 *
 * Texts: every item of every corpus file under test/fixtures/corpus (blind batches included; the file
 * names items by file and line only, never by text), 6,000 seeded word salads built from the corpora's
 * words and punctuation, and long or hostile texts. Outputs per text: language detection, scores and
 * resolution; `detectAdvice`, `checkOpenQuestion` and `assessSphereOfInfluence` without options, with
 * the item's language as a hint, and (for texts under 5,000 characters) judged in each built-in language.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../src/shared/lang.js';
import { detectAdvice } from '../src/text/advice.js';
import { detectLanguage, resolveLanguage, scoreLanguages } from '../src/text/language.js';
import { parseJsonl } from '../src/text/metrics.js';
import { checkOpenQuestion } from '../src/text/open-question.js';
import { splitSentences } from '../src/text/sentences.js';
import { assessSphereOfInfluence } from '../src/text/sphere.js';
import './register-packs.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../test/fixtures/corpus');

/** A text to judge: a stable key, the text and the language to hint. */
interface Case {
  key: string;
  text: string;
  lang: string;
}

function jsonlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsonlFiles(path);
      return name.endsWith('.jsonl') ? [path] : [];
    });
}

function corpusCases(): Case[] {
  return jsonlFiles(corpus).flatMap((file) =>
    parseJsonl(readFileSync(file, 'utf8')).map((item, i) => ({ key: `${relative(corpus, file)}#${i}`, text: item.text, lang: item.lang })),
  );
}

/** Seeded word salads from the corpora's words, with punctuation, newlines and speaker or tip labels. */
function saladCases(words: readonly string[], count: number): Case[] {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const marks = ['', '', '', '', ',', '.', '?', '!', ';', ':', ' -', '…', '?!', '...', '\n'];
  const out: Case[] = [];
  for (let k = 0; k < count; k++) {
    const start = Math.floor(random() * words.length);
    const parts: string[] = [];
    const n = 1 + Math.floor(random() * 30);
    for (let j = 0; j < n; j++) {
      const word = random() < 0.6 ? words[(start + j) % words.length]! : pick(words);
      parts.push(word + (random() < 0.15 ? pick(marks) : ''));
    }
    if (random() < 0.3) parts.unshift(random() < 0.5 ? 'Pia:' : 'Tip:');
    out.push({ key: `salad${k}`, text: parts.join(' '), lang: LANGS[k % LANGS.length]! });
  }
  return out;
}

function repeat(chars: number, unit: string): string {
  return `${unit} `.repeat(Math.ceil(chars / (unit.length + 1))).slice(0, chars);
}

function hostileCases(sample: string): Case[] {
  const cases: [string, string][] = [
    ['long20k', repeat(20000, sample)],
    ['nopunct100k', repeat(100000, 'you should just talk to him and tell her what')],
    ['punct', '?!.,;:'.repeat(5000)],
    ['commas', repeat(30000, 'why , do , you , not , try ,')],
    ['unicode', '💥 Ünïcödé ‘quotes’ don’t l’équipe «bon» — test… ¿qué? ¡sí! 3.5 e.g.x'.repeat(300)],
    ['empty', ''],
    ['blank', '   \n\n  '],
    ['longword', 'a'.repeat(50000)],
    ['apostrophes', "don't'".repeat(5000)],
  ];
  return cases.map(([key, text]) => ({ key, text, lang: 'en' }));
}

function judge({ key, text, lang }: Case): Record<string, unknown> {
  const out: Record<string, unknown> = {
    key,
    detected: detectLanguage(text),
    scores: scoreLanguages(text),
    resolved: resolveLanguage(text, lang),
    sentences: splitSentences(text).length,
    advice: detectAdvice(text),
    open: checkOpenQuestion(text, { allowWhy: false }),
    adviceHint: detectAdvice(text, { hint: lang }),
    adviceNoBackoff: detectAdvice(text, { hint: lang, backoff: false }),
    openHint: checkOpenQuestion(text, { hint: lang }),
    sphere: assessSphereOfInfluence(text),
    sphereHint: assessSphereOfInfluence(text, { hint: lang }),
  };
  if (text.length < 5000) {
    for (const l of LANGS) {
      out[`advice.${l}`] = detectAdvice(text, { lang: l });
      out[`open.${l}`] = checkOpenQuestion(text, { lang: l, allowWhy: false });
      out[`sphere.${l}`] = assessSphereOfInfluence(text, { lang: l });
    }
  }
  return out;
}

const target = process.argv[2];
if (!target) throw new Error('usage: tsx scripts/snapshot-rules.ts <out.json>');
const items = corpusCases();
const words = items.flatMap((c) => c.text.split(/\s+/).filter(Boolean));
const cases = [
  ...items,
  ...saladCases(words, 6000),
  ...hostileCases(
    items
      .slice(0, 8)
      .map((c) => c.text)
      .join(' '),
  ),
];
// one line per text, so that a difference names its text's key
writeFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), target), `${cases.map((c) => JSON.stringify(judge(c))).join('\n')}\n`);
console.log(`${cases.length} texts → ${target}`);
