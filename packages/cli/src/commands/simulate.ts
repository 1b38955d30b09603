import { requireMethod } from '../files/load.js';
import { EXIT, type Io } from '../io.js';
import { type SimulationReport, simulate } from '../simulate/random.js';

/** Options of `intervision simulate`. */
export interface SimulateCommandOptions {
  /** Sessions to run. */
  runs: number;
  /** Random seed. */
  seed: number;
  /** Most commands per session. */
  maxSteps: number;
  /** `text` or `json`. */
  format: 'text' | 'json';
  /** Whether to draw a progress bar on standard error. */
  progress: boolean;
}

const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);

function printText(io: Io, report: SimulationReport): void {
  const { c } = io;
  const pct = (n: number) => `${Math.round((100 * n) / report.runs)}%`;
  io.out(`${c.bold(`${report.runs} random sessions`)}: ${report.completed} reached the end (${pct(report.completed)})`);
  if (report.stuck.size > 0)
    io.out(
      c.yellow(
        `stuck after the step limit: ${sorted(report.stuck)
          .map(([id, n]) => `${id} ×${n}`)
          .join(', ')}`,
      ),
    );
  io.out(
    `phases entered: ${sorted(report.phaseVisits)
      .map(([id, n]) => `${id} ${pct(n)}`)
      .join(', ')}`,
  );
  if (report.neverReached.length > 0) io.out(c.yellow(`never reached: ${report.neverReached.join(', ')}`));
  io.out(
    `rules that fired: ${
      sorted(report.ruleHits)
        .filter(([, n]) => n > 0)
        .map(([id, n]) => `${id} ×${n}`)
        .join(', ') || 'none'
    }`,
  );
  if (report.rulesNeverFired.length > 0) io.out(c.yellow(`rules that never fired: ${report.rulesNeverFired.join(', ')}`));
  io.out(
    c.dim(
      `refusals: ${
        sorted(report.refusals)
          .map(([code, n]) => `${code} ×${n}`)
          .join(', ') || 'none'
      }`,
    ),
  );
  const x = report.exploration;
  const exact = x.unreachablePhases.length === 0 && x.deadEnds === 0 && x.canComplete;
  io.out(
    exact
      ? c.green('state space (exact): every phase reachable, no dead ends, the end is reachable')
      : c.red(
          `state space (exact): unreachable ${x.unreachablePhases.join(', ') || 'none'}; dead ends ${x.deadEnds}; can finish: ${x.canComplete ? 'yes' : 'no'}`,
        ),
  );
}

/** `intervision simulate <file|id> --runs N`: random sessions through the engine. Exit 1 when the exact exploration finds dead ends or unreachable phases. */
export async function simulateCommand(io: Io, target: string, options: SimulateCommandOptions): Promise<number> {
  const method = requireMethod(io, target);
  if (!method) return EXIT.problems;
  const width = 30;
  const bar = (done: number) => {
    const full = Math.round((width * done) / options.runs);
    process.stderr.write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${done}/${options.runs}${done === options.runs ? '\n' : ''}`);
  };
  const report = await simulate(method, {
    runs: options.runs,
    seed: options.seed,
    maxSteps: options.maxSteps,
    ...(options.progress ? { onRun: bar } : {}),
  });
  if (options.format === 'json') {
    const plain = Object.fromEntries(Object.entries(report).map(([k, v]) => [k, v instanceof Map ? [...v].map(([id, n]) => ({ id, count: n })) : v]));
    io.out(JSON.stringify(plain, null, 2));
  } else printText(io, report);
  const x = report.exploration;
  return x.unreachablePhases.length > 0 || x.deadEnds > 0 || !x.canComplete ? EXIT.problems : EXIT.ok;
}
