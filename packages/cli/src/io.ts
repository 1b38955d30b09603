import pc from 'picocolors';
import type { Colors } from 'picocolors/types';

/** Where a command writes, and with which colours. */
export interface Io {
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** Colours (no-ops when colour is off). */
  c: Colors;
}

/** Exit codes: 0 fine, 1 the method has errors (or lint findings), 2 the command was used wrongly or a file is missing. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** The terminal's output, coloured when it supports colour and `--no-color` / `NO_COLOR` are not set. */
export function terminalIo(color: boolean): Io {
  const c = pc.createColors(color && pc.isColorSupported);
  return { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`), c };
}
