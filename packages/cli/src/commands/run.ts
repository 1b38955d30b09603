import { createInterface } from 'node:readline';
import { type Command, createManualClock, createSession, type Lang, localize, type Session } from '@intervision/core';
import { requireMethod } from '../files/load.js';
import { EXIT, type Io } from '../io.js';
import { controllerNow, simulatedParticipants } from '../simulate/random.js';

const HELP = [
  'commands (a name is a participant id; the controller runs start, next, reveal, module and next-case):',
  '  start | next | reveal | end',
  '  module <id> [<id> …]      choose one module, or several to run in that order',
  '  <name> module <id> [<id> …]   choose as <name> (a choice phase may let only its choosers choose)',
  '  <name> opt-in <phase>     opt into an optional phase   <name> opt-out <phase>',
  '  next-case <name>          start the next case with <name> as introducer (methods with a rotation)',
  '  <name> <kind>: <text>     contribute, e.g. "ben question: What did you feel?"',
  '  <name> topic: <text>      propose a topic        choose <t-id>   choose a proposal',
  '  <name> pass               pass your turn         <name> output <key-question|problem-definition>: <text>',
  '  <name> action: <text>     add an action          <name> evaluate <1-5>: <text>',
  '  wait <minutes>            let time pass on the simulated clock',
  '  status | help | quit',
].join('\n');

/** `module <id> [<id> …]`: the first module, and the ones to run after it. */
function moduleCommand(by: string, ids: readonly string[]): Command | { error: string } {
  const [module, ...followedBy] = ids;
  if (!module) return { error: 'module <id> [<id> …]' };
  return { type: 'choose-module', by, module, ...(followedBy.length > 0 ? { followedBy } : {}) };
}

/** Parses one line typed by the user into a command, or a meta action. */
export function parseLine(line: string, controller: string): Command | { meta: 'status' | 'help' | 'quit' } | { wait: number } | { error: string } {
  const text = line.trim();
  if (text === '') return { meta: 'status' };
  const [word = '', ...rest] = text.split(/\s+/);
  switch (word) {
    case 'start':
      return { type: 'start', by: controller };
    case 'next':
      return { type: 'advance', by: controller };
    case 'reveal':
      return { type: 'reveal', by: controller };
    case 'end':
      return { type: 'end', by: controller };
    case 'module':
      return moduleCommand(controller, rest);
    case 'next-case':
      return rest[0] ? { type: 'next-case', by: controller, introducer: rest[0] } : { error: 'next-case <name>' };
    case 'choose':
      return rest[0] ? { type: 'choose-topic', by: controller, proposalId: rest[0] } : { error: 'choose <t-id>' };
    case 'wait': {
      const minutes = Number(rest[0]);
      return Number.isFinite(minutes) && minutes > 0 && minutes <= 600 ? { wait: minutes } : { error: 'wait <minutes>' };
    }
    case 'status':
    case 'help':
    case 'quit':
      return { meta: word };
  }
  if (rest[0] === 'module') return moduleCommand(word, rest.slice(1));
  if (rest[0] === 'opt-in' || rest[0] === 'opt-out') return rest[1] ? { type: rest[0], by: word, phase: rest[1] } : { error: `<name> ${rest[0]} <phase>` };
  const m = /^(\S+)\s+(\S+?)(?:\s+(\S+?))?\s*(?::\s*(.*))?$/.exec(text);
  if (!m) return { error: `not understood: "${text}" (type help)` };
  const [, by = '', verb = '', arg, said = ''] = m;
  if (verb === 'pass') return { type: 'pass', by };
  if (verb === 'topic') return { type: 'propose-topic', by, text: said };
  if (verb === 'action') return { type: 'add-action', by, text: said };
  if (verb === 'output' && (arg === 'key-question' || arg === 'problem-definition')) return { type: 'set-output', by, output: arg, text: said };
  if (verb === 'evaluate') return { type: 'evaluate', by, rating: Number(arg ?? 4), ...(said ? { text: said } : {}) };
  return { type: 'contribute', by, kind: verb, text: said };
}

function status(io: Io, session: Session): void {
  const state = session.getState();
  const { c } = io;
  if (!state.phase) {
    io.out(c.dim(`session ${state.status}`));
    return;
  }
  const p = state.phase;
  const left = session.remainingMs();
  io.out(`${c.bold(`▸ ${p.name}`)} ${c.dim(`(${p.id}, ${p.turnPolicy}${left !== null ? `, ${Math.ceil(left / 60_000)} min left` : ''})`)}`);
  io.out(`  ${p.instructions}`);
  io.out(
    c.dim(
      `  speakers: ${p.speakers.join(', ') || 'nobody'} · kinds: ${p.contributionKinds.join(', ') || 'none'}${state.turn?.current ? ` · turn: ${state.turn.current}` : ''}`,
    ),
  );
  if (p.modules.length > 0) io.out(c.dim(`  modules: ${p.modules.map((m) => m.id).join(', ')}`));
  if (state.proposals.length > 0) io.out(c.dim(`  proposals: ${state.proposals.map((t) => `${t.id} "${t.text}"`).join(' · ')}`));
}

/**
 * `intervision run <file|id>`: an interactive session in the terminal, on a simulated clock, with
 * made-up participants for every role. Reads commands line by line (works with piped input too).
 */
export async function runCommand(io: Io, target: string, options: { lang: Lang }): Promise<number> {
  const method = requireMethod(io, target);
  if (!method) return EXIT.problems;
  const people = simulatedParticipants(method);
  const controller = people[1]?.id ?? people[0]!.id;
  const clock = createManualClock();
  const session = await createSession(method, { participants: people, clock, lang: options.lang });
  io.out(io.c.bold(localize(method.name, options.lang)));
  io.out(io.c.dim(`participants: ${people.map((p) => `${p.id} (${[p.role].flat().join(', ')})`).join(', ')} · type help`));
  const input = createInterface({ input: process.stdin, terminal: false });
  let lines = 0;
  for await (const line of input) {
    if (++lines > 10_000) break;
    // The controller is whoever controls now (with a rotation, the one who brings a case does not).
    const parsed = parseLine(line, controllerNow(method, session, controller));
    if ('error' in parsed) io.out(io.c.yellow(parsed.error));
    else if ('meta' in parsed) {
      if (parsed.meta === 'quit') break;
      if (parsed.meta === 'help') io.out(HELP);
      else status(io, session);
    } else if ('wait' in parsed) {
      clock.advance(parsed.wait * 60_000);
      await session.tick();
      io.out(io.c.dim(`${parsed.wait} min later`));
      status(io, session);
    } else {
      const before = session.getState().phase?.id;
      const result = await session.send(parsed);
      for (const f of result.findings)
        io.out(`${f.severity === 'block' ? io.c.red('✖') : io.c.yellow('!')} ${f.ruleId}: ${f.message}${f.suggestion ? io.c.dim(` → ${f.suggestion}`) : ''}`);
      const proposal = parsed.type === 'propose-topic' && result.ok ? session.getState().proposals.at(-1) : undefined;
      if (result.ok) io.out(io.c.green(`✓ accepted${proposal ? ` as ${proposal.id} (choose ${proposal.id})` : ''}`));
      else io.out(`${io.c.red(`✖ refused: ${result.code}`)} ${result.message}`);
      const state = session.getState();
      if (state.phase?.id !== before || state.status === 'ended') status(io, session);
    }
    if (['ended', 'aborted'].includes(session.getState().status)) {
      io.out(io.c.green(`session ${session.getState().status}`));
      break;
    }
  }
  input.close();
  session.stop();
  return EXIT.ok;
}
