import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/** The parsed files of one method folder: `method.yaml`, `texts/<lang>.yaml` and `scenario.yaml`. */
export interface MethodFolder {
  /** The method file. */
  method: unknown;
  /** Texts files by language code. */
  texts: Map<string, unknown>;
  /** The scenario file, when there is one. */
  scenario: unknown;
}

const read = (file: string): unknown => parse(readFileSync(file, 'utf8'), { prettyErrors: true });

/** Reads a method folder of the catalog (build time only: uses the `yaml` package and the file system). */
export function readMethodFolder(dir: string): MethodFolder {
  const textsDir = join(dir, 'texts');
  const texts = new Map<string, unknown>();
  if (existsSync(textsDir))
    for (const name of readdirSync(textsDir).sort()) if (name.endsWith('.yaml')) texts.set(basename(name, '.yaml'), read(join(textsDir, name)));
  const scenarioFile = join(dir, 'scenario.yaml');
  return { method: read(join(dir, 'method.yaml')), texts, scenario: existsSync(scenarioFile) ? read(scenarioFile) : undefined };
}

/** The catalog's method ids, in catalog order (from `catalog.yaml`). */
export function catalogOrder(methodsDir: string): string[] {
  const doc = read(join(methodsDir, 'catalog.yaml')) as { methods?: unknown };
  if (!Array.isArray(doc.methods) || !doc.methods.every((id) => typeof id === 'string'))
    throw new Error(`${methodsDir}/catalog.yaml: "methods" must be a list of ids`);
  return doc.methods;
}
