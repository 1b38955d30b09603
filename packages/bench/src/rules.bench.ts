/**
 * Throughput of the text validators: `detectAdvice` + `checkOpenQuestion` on ~200-character
 * contributions, against a single-regex baseline measured in the same run.
 *
 *   npx tsx packages/bench/src/rules.bench.ts
 *
 * Prints JSON `{ name, opsPerSec, baselineOpsPerSec, ratio }` (ratio = baseline / ours: how many
 * times slower than one regex test the full check is).
 */
import { checkOpenQuestion, detectAdvice } from '../../core/src/text/index.js';

const SEEDS = [
  'I totally understand how frustrating that must be for you, and I have been there myself. When your manager told you about the new schedule, how did you react, and what did you say to her?',
  'Thanks for sharing this, it sounds like a really difficult situation with the parents. Have you tried talking to the head of the school about it before the next meeting with them?',
  'Dat klinkt echt heel vervelend en ik herken het wel een beetje uit mijn eigen team. Wat gebeurde er precies toen je het voor het eerst aankaartte bij je leidinggevende, en hoe reageerde hij?',
  'Das klingt wirklich belastend, und ich kann gut verstehen, dass du erschöpft bist. Warum sprichst du nicht einfach mal offen mit deiner Chefin über die vielen Überstunden der letzten Wochen?',
  'Could you tell us a bit more about the history of the project, who was involved from the start, and what the original plan looked like before the reorganisation changed everything?',
  'If I were you I would document every single conversation with that client from now on, and I would also ask your team lead to join the next meeting so that you are not on your own.',
];

/** Contributions of ~200 characters, varied so that no single string is cached by the engine. */
const INPUTS: string[] = [];
for (let i = 0; i < 600; i++) {
  const s = SEEDS[i % SEEDS.length]!;
  INPUTS.push(`${s.slice(0, 190)} (${i})`);
}

const BASELINE = /\b(should|could|try|would)\b/i;

function measure(fn: (text: string) => unknown, minMs = 1500): number {
  // warm-up
  for (let i = 0; i < 5000; i++) fn(INPUTS[i % INPUTS.length]!);
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (let i = 0; i < 1000; i++) fn(INPUTS[(ops + i) % INPUTS.length]!);
    ops += 1000;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

let sink = 0;
const opsPerSec = measure((text) => {
  const a = detectAdvice(text);
  const q = checkOpenQuestion(text, { allowWhy: false });
  sink += a.reasons.length + q.length;
});
const baselineOpsPerSec = measure((text) => {
  if (BASELINE.test(text)) sink++;
});

console.log(
  JSON.stringify({
    name: 'detectAdvice+checkOpenQuestion (200 chars)',
    opsPerSec: Math.round(opsPerSec),
    baselineOpsPerSec: Math.round(baselineOpsPerSec),
    ratio: Number((baselineOpsPerSec / opsPerSec).toFixed(2)),
    sink: sink > 0,
  }),
);
