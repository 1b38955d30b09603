import { isLang, type Lang, registerLanguagePack } from '@intervision/core';
import { BUILTIN_PACKS } from '@intervision/core/lang/all';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { lint } from './commands/lint.js';
import { newVariant } from './commands/new.js';
import { diagram, script } from './commands/render.js';
import { runCommand } from './commands/run.js';
import { schema } from './commands/schema.js';
import { simulateCommand } from './commands/simulate.js';
import { validate } from './commands/validate.js';
import { EXIT, terminalIo } from './io.js';

const VERSION = '0.1.0';

// A command-line tool serves every language: the text rules of `run` and `simulate` need their packs.
registerLanguagePack(...Object.values(BUILTIN_PACKS));

function positiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    return n;
  };
}

function lang(value: string): Lang {
  if (!isLang(value)) throw new InvalidArgumentError('expected en, nl or de');
  return value;
}

const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

/**
 * Runs the `intervision` command line with `argv` (as `process.argv`) and returns the exit code:
 * 0 fine, 1 the method has errors or findings, 2 the command was used wrongly.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const color = !argv.includes('--no-color') && !process.env.NO_COLOR;
  const io = terminalIo(color);
  const program = new Command('intervision')
    .description('Check, try and render intervision methods written in YAML or JSON.')
    .version(VERSION)
    .option('--no-color', 'print without colours (also: NO_COLOR=1)')
    .showHelpAfterError('(run with --help for usage)')
    .showSuggestionAfterError(true)
    .exitOverride();
  program.configureOutput({ outputError: (text, write) => write(io.c.red(text)) });

  program
    .command('validate')
    .description('check method files: every problem with file:line:column, warnings apart')
    .argument('<files...>', 'method files (.yaml, .yml or .json; texts/ next to a method file is read too)')
    .addOption(formatOption())
    .action((files: string[], opts: { format: 'text' | 'json' }) => {
      code = validate(io, files, opts);
    });

  program
    .command('lint')
    .description('validate, then look for what a valid method can still get wrong (silence a finding with "# lint-allow <check>: <reason>")')
    .argument('<files...>', 'method files')
    .addOption(formatOption())
    .action((files: string[], opts: { format: 'text' | 'json' }) => {
      code = lint(io, files, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of method files (for editor completion)')
    .option('-o, --out <file>', 'write it to a file')
    .action((opts: { out?: string }) => {
      code = schema(io, opts);
    });

  program
    .command('new')
    .description('start a variant of a built-in method: writes <id>.yaml with $schema, and method.schema.json')
    .argument('<id>', 'id of the new method (kebab-case)')
    .requiredOption('--from <base>', 'the built-in method it extends, e.g. incident-method')
    .option('--dir <dir>', 'folder to write to', '.')
    .option('--force', 'overwrite an existing file')
    .action((id: string, opts: { from: string; dir: string; force?: boolean }) => {
      code = newVariant(io, id, opts);
    });

  program
    .command('simulate')
    .description('run random sessions through the engine: phases never reached, sessions stuck, rules that never fire')
    .argument('<method>', 'a method file or a built-in method id')
    .option('--runs <n>', 'number of sessions', positiveInt(100_000), 200)
    .option('--seed <n>', 'random seed (same seed, same sessions)', positiveInt(2 ** 31), 1)
    .option('--max-steps <n>', 'most commands per session', positiveInt(100_000), 400)
    .option('--no-progress', 'no progress bar')
    .addOption(formatOption())
    .action(async (target: string, opts: { runs: number; seed: number; maxSteps: number; progress: boolean; format: 'text' | 'json' }) => {
      code = await simulateCommand(io, target, { ...opts, progress: opts.progress && process.stderr.isTTY === true && opts.runs >= 50 });
    });

  program
    .command('run')
    .description('try a method in an interactive terminal session on a simulated clock')
    .argument('<method>', 'a method file or a built-in method id')
    .option('--lang <lang>', 'session language: en, nl or de', lang, 'en' as Lang)
    .action(async (target: string, opts: { lang: Lang }) => {
      code = await runCommand(io, target, opts);
    });

  program
    .command('diagram')
    .description('print the method as a Mermaid flowchart')
    .argument('<method>', 'a method file or a built-in method id')
    .option('--lang <lang>', 'language of the labels', lang, 'en' as Lang)
    .addOption(new Option('--direction <dir>', 'top-bottom or left-right').choices(['TB', 'LR']).default('TB'))
    .action(async (target: string, opts: { lang: Lang; direction: 'TB' | 'LR' }) => {
      code = await diagram(io, target, opts);
    });

  program
    .command('script')
    .description('print a facilitator script for the method')
    .argument('<method>', 'a method file or a built-in method id')
    .option('--lang <lang>', 'language of the script', lang, 'en' as Lang)
    .addOption(new Option('--format <format>', 'markdown or html').choices(['markdown', 'html']).default('markdown'))
    .action(async (target: string, opts: { lang: Lang; format: 'markdown' | 'html' }) => {
      code = await script(io, target, opts);
    });

  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return code;
}
