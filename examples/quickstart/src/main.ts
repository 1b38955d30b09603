import { createInterface } from 'node:readline';
import {
  builtinMethod,
  builtinScenario,
  createManualClock,
  createSession,
  localize,
  methods,
  registerLanguagePack,
  restoreSession,
  type Session,
  type SessionStore,
} from '@intervision/core';
import { BUILTIN_PACKS } from '@intervision/core/lang/all';
import { type DemoArgs, parseArgs, USAGE } from './args.js';
import { createNarrator, styles } from './narrate.js';
import { playScenario, resumeIndex } from './play.js';
import { DEMO_TENANT, findResumable, openDemoStore } from './store.js';

// The demo runs in any built-in language (--lang): register their text-rule packs (English is always there).
registerLanguagePack(...Object.values(BUILTIN_PACKS));

/** Waits for Enter on stdin before each step; once stdin ends, steps run on their own. */
function stepper(): (index: number, total: number) => Promise<void> {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  let ended = false;
  return async (index, total) => {
    if (ended) return;
    console.log(`▸ step ${index + 1} of ${total}: press Enter`);
    ended = (await lines.next()).done === true;
  };
}

/** Starts a new session of the chosen method, or restores the one to resume; answers it with its clock and first step. */
async function open(args: DemoArgs, store: SessionStore | undefined, where: string | undefined) {
  if (args.resume !== undefined && store) {
    const found = await findResumable(store, args.resume === true ? undefined : args.resume);
    if (!found) throw new Error(args.resume === true ? `no unfinished session in ${where}` : `no session ${args.resume} in ${where}`);
    const method = builtinMethod(found.methodId);
    const scenario = builtinScenario(found.methodId);
    if (!method || !scenario) throw new Error(`session ${found.sessionId} runs method "${found.methodId}", which has no demo scenario`);
    const clock = createManualClock(found.updatedAt);
    const session = await restoreSession(method, { store, sessionId: found.sessionId, tenantId: DEMO_TENANT }, { clock, follow: false });
    return { session, method, scenario, clock, from: resumeIndex(session) };
  }
  const method = builtinMethod(args.method);
  const scenario = builtinScenario(args.method);
  if (!method || !scenario) throw new Error(`unknown method "${args.method}"; choose one of: ${Object.keys(methods).join(', ')}`);
  const clock = createManualClock();
  const session: Session = await createSession(method, {
    clock,
    lang: args.lang,
    participants: scenario.participants,
    tenantId: DEMO_TENANT,
    ...(store ? { store, follow: false } : {}),
    ...(scenario.carriedActions ? { carriedActions: scenario.carriedActions } : {}),
  });
  return { session, method, scenario, clock, from: 0 };
}

/** Runs one built-in method's scenario in the terminal, saved to SQLite (or in memory), and prints it phase by phase. */
async function main(): Promise<number> {
  let args: DemoArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}\nmethods: ${Object.keys(methods).join(', ')}`);
    return 2;
  }
  const opened = args.memory ? undefined : openDemoStore(args.db);
  try {
    let run: Awaited<ReturnType<typeof open>>;
    try {
      run = await open(args, opened?.store, opened?.path);
    } catch (error) {
      console.error((error as Error).message);
      return 2;
    }
    const { session, method, scenario, clock, from } = run;
    const lang = session.getContext().lang;
    const s = styles(args.color);
    console.log(s.bold(`${localize(method.name, lang)} — ${localize(scenario.title, lang)}`));
    console.log(s.dim(localize(method.summary, lang)));
    console.log(s.dim(scenario.participants.map((p) => `${p.name ?? p.id} (${[p.role].flat().join(', ')})`).join(' · ')));
    if (opened) {
      console.log(s.dim(`session ${session.id} · saved in ${opened.path}`));
      if (from > 0) console.log(s.dim(`resuming at step ${from + 1} of ${scenario.steps.length} (${session.version + 1} events restored)`));
      else console.log(s.dim('stopped midway? continue with: pnpm demo -- --resume'));
    }
    const { failed, refused } = await playScenario(session, scenario, {
      from,
      clock,
      onStep: createNarrator(lang, args.color, console.log, from > 0 ? session : undefined),
      ...(args.step ? { beforeStep: stepper() } : {}),
    });
    const state = session.getState();
    console.log('');
    console.log(
      s.dim(
        `${session.getEvents().length} events · ${state.contributions.length} contributions · ${refused} refused · ${state.outputs.actions.length} actions`,
      ),
    );
    session.stop();
    for (const step of failed)
      console.error(s.red(`step ${step.index} did not go as scripted: ${step.result && !step.result.ok ? step.result.code : 'accepted'}`));
    return failed.length === 0 && state.completed ? 0 : 1;
  } finally {
    await opened?.store.close?.();
  }
}

// Stop quietly when the reader closes the pipe (`demo | head`).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
    // The stepper's reader may still hold stdin open.
    process.stdin.destroy();
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
    process.stdin.destroy();
  },
);
