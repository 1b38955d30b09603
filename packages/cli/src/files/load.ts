import { existsSync } from 'node:fs';
import { builtinMethod, type MethodDefinition, parseMethod } from '@intervision/core';
import { type Diagnostic, formatDiagnostics, summary, syntaxDiagnostics, toDiagnostics } from '../diagnostics.js';
import type { Io } from '../io.js';
import { type MethodSource, readMethodSource, SourceError } from './read.js';

/** A method file checked by the library: the definition when valid, and every diagnostic. */
export interface LoadedMethod {
  /** The validated definition, when there are no errors. */
  method?: MethodDefinition;
  /** The files read (absent for a built-in id or a file that could not be parsed). */
  source?: MethodSource;
  /** Errors and warnings, with file, line and column. */
  diagnostics: Diagnostic[];
}

/** Reads and validates a method file (YAML or JSON, with `texts/` next to it) through the public `parseMethod`. */
export function loadMethodFile(file: string): LoadedMethod {
  let source: MethodSource;
  try {
    source = readMethodSource(file);
  } catch (error) {
    if (error instanceof SourceError) return { diagnostics: syntaxDiagnostics(error.problems) };
    throw error;
  }
  const texts = new Map([...source.texts].map(([lang, f]) => [lang, f.value]));
  const result = parseMethod(source.method.value, { texts });
  const diagnostics = [...toDiagnostics(source, result.issues, 'error'), ...toDiagnostics(source, result.warnings, 'warning')];
  return result.success ? { method: result.method, source, diagnostics } : { source, diagnostics };
}

/** Loads a method by file path, or a built-in method by id when no such file exists. */
export function loadMethod(target: string): LoadedMethod {
  if (!existsSync(target)) {
    const builtin = builtinMethod(target);
    if (builtin) return { method: builtin, diagnostics: [] };
  }
  return loadMethodFile(target);
}

/** Loads a method for a command that needs a valid one; prints its problems and returns `undefined` when it has errors. */
export function requireMethod(io: Io, target: string): MethodDefinition | undefined {
  const loaded = loadMethod(target);
  if (loaded.method) return loaded.method;
  io.out(formatDiagnostics(loaded.diagnostics, io.c));
  io.out(summary(loaded.diagnostics, io.c));
  return undefined;
}
