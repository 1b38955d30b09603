import { LANGS, type Lang } from '@intervision/core';

/** Command-line options of the demo. */
export interface DemoArgs {
  /** Method id to run. */
  method: string;
  /** Language of texts and messages. */
  lang: Lang;
  /** Whether to print in colour. */
  color: boolean;
}

/** Parses `--method <id>`, `--lang <en|nl|de>`, `--no-color`. Throws on unknown options. */
export function parseArgs(argv: readonly string[]): DemoArgs {
  const args: DemoArgs = { method: 'incident-method', lang: 'en', color: process.stdout.isTTY === true && !process.env.NO_COLOR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--') continue;
    if (arg === '--method' || arg === '-m') args.method = value();
    else if (arg === '--lang' || arg === '-l') {
      const lang = value();
      if (!(LANGS as readonly string[]).includes(lang)) throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
      args.lang = lang as Lang;
    } else if (arg === '--no-color') args.color = false;
    else throw new Error(`unknown option ${arg}`);
  }
  return args;
}
