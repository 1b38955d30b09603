import { builtinMethod, builtinScenario, localize, methods, runScenario, scenarios } from '@intervision/core';
import { parseArgs } from './args.js';
import { createNarrator, styles } from './narrate.js';

/** Runs one built-in method's scenario in the terminal and prints it, phase by phase. */
async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: demo [--method <id>] [--lang en|nl|de] [--no-color]\nmethods: ${Object.keys(methods).join(', ')}`);
    return 2;
  }
  const method = builtinMethod(args.method);
  const scenario = builtinScenario(args.method);
  if (!method || !scenario) {
    console.error(`unknown method "${args.method}"; choose one of: ${Object.keys(scenarios).join(', ')}`);
    return 2;
  }
  const s = styles(args.color);
  console.log(s.bold(`${localize(method.name, args.lang)} — ${localize(scenario.title, args.lang)}`));
  console.log(s.dim(localize(method.summary, args.lang)));
  console.log(s.dim(scenario.participants.map((p) => `${p.name ?? p.id} (${[p.role].flat().join(', ')})`).join(' · ')));

  const { session, ok, steps } = await runScenario(method, scenario, { lang: args.lang, onStep: createNarrator(args.lang, args.color) });
  const state = session.getState();
  console.log('');
  console.log(
    s.dim(
      `${session.getEvents().length} events · ${state.contributions.length} contributions · ${steps.filter((x) => x.result && !x.result.ok).length} refused · ${state.outputs.actions.length} actions`,
    ),
  );
  session.stop();
  if (!ok) {
    for (const step of steps.filter((x) => !x.asExpected))
      console.error(s.red(`step ${step.index} did not go as scripted: ${step.result && !step.result.ok ? step.result.code : 'accepted'}`));
    return 1;
  }
  return state.completed ? 0 : 1;
}

// Stop quietly when the reader closes the pipe (`demo | head`).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
