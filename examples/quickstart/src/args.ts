import { LANGS, type Lang } from '@intervision/core';

/** Command-line options of the demo. */
export interface DemoArgs {
  /** Method id to run. */
  method: string;
  /** Language of texts and messages. */
  lang: Lang;
  /** Whether to print in colour. */
  color: boolean;
  /** The SQLite file the session is saved in (ignored with `memory`). */
  db: string;
  /** Keep the session in memory only (nothing saved, nothing to resume). */
  memory: boolean;
  /** Continue a stopped session: its id, or `true` for the last unfinished one. */
  resume: string | true | undefined;
  /** Wait for Enter before each step (for presenting it live). */
  step: boolean;
}

/** The usage line printed with an argument error. */
export const USAGE = 'usage: demo [--method <id>] [--lang en|nl|de|fr] [--no-color] [--db <file>] [--memory] [--resume [<session id>]] [--step]';

/** The file the demo saves sessions in unless `--db` names another. */
export const DEFAULT_DB = 'intervision-demo.db';

/**
 * Parses `--method <id>`, `--lang <code>`, `--no-color`, `--db <file>`, `--memory`, `--resume [<id>]`
 * and `--step`. Throws on unknown options and on `--memory` with `--resume`.
 */
export function parseArgs(argv: readonly string[]): DemoArgs {
  const args: DemoArgs = {
    method: 'incident-method',
    lang: 'en',
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    db: DEFAULT_DB,
    memory: false,
    resume: undefined,
    step: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--') continue;
    if (arg === '--method' || arg === '-m') args.method = value();
    else if (arg === '--lang' || arg === '-l') {
      const lang = value();
      if (!(LANGS as readonly string[]).includes(lang)) throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
      args.lang = lang as Lang;
    } else if (arg === '--no-color') args.color = false;
    else if (arg === '--db') args.db = value();
    else if (arg === '--memory') args.memory = true;
    else if (arg === '--step') args.step = true;
    else if (arg === '--resume') {
      const next = argv[i + 1];
      args.resume = next !== undefined && !next.startsWith('-') ? argv[++i]! : true;
    } else throw new Error(`unknown option ${arg}`);
  }
  if (args.memory && args.resume !== undefined) throw new Error('--resume needs the SQLite file: leave out --memory');
  return args;
}
