// Build-time checks that keep every published version of a built-in method restorable:
// `src/catalog/methods/<id>/history/<version>.json` holds each earlier definition, and
// `src/catalog/methods/published.json` records the content hash of every version ever published, so a
// built-in cannot change without a new version and no published version can silently disappear.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatPath } from '../src/errors/method.js';
import { type MethodDefinition, parseMethod } from '../src/method/define.js';

/** Orders `1.2.10` after `1.2.9` (numeric parts; pre-release tags are not used by the catalog). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Reads and validates a method folder's `history/` (earlier published versions), oldest first. */
export function readHistory(dir: string, currentVersion: string, problems: string[]): Map<string, MethodDefinition> {
  const past = new Map<string, MethodDefinition>();
  const historyDir = join(dir, 'history');
  if (!existsSync(historyDir)) return past;
  const id = basename(dir);
  const files = readdirSync(historyDir).filter((name) => name.endsWith('.json'));
  for (const file of files.sort((a, b) => compareVersions(basename(a, '.json'), basename(b, '.json')))) {
    const version = basename(file, '.json');
    const result = parseMethod(JSON.parse(readFileSync(join(historyDir, file), 'utf8')) as unknown);
    if (!result.success) {
      for (const issue of result.issues) problems.push(`${id}/history/${file}: ${formatPath(issue.path)}: ${issue.message}`);
      continue;
    }
    if (result.method.id !== id) problems.push(`${id}/history/${file}: id "${result.method.id}" differs from the folder name`);
    if (result.method.version !== version) problems.push(`${id}/history/${file}: version "${result.method.version}" differs from the file name`);
    if (compareVersions(version, currentVersion) >= 0)
      problems.push(`${id}/history/${file}: version ${version} is not older than the current version ${currentVersion}`);
    past.set(version, result.method);
  }
  return past;
}

/** One built-in as the build sees it: its current definition and its earlier published ones. */
export interface PublishedMethod {
  /** The method id. */
  id: string;
  /** The current definition (`method.yaml` + texts). */
  current: MethodDefinition;
  /** Earlier published definitions, by version. */
  past: Map<string, MethodDefinition>;
}

/**
 * Compares the catalog with the record of published versions. A version seen for the first time is
 * added to the record (the file is rewritten; commit it). Returns the problems: a published version
 * whose content changed, or one that is neither current nor kept in `history/`.
 */
export function checkPublished(file: string, methods: readonly PublishedMethod[], hash: (definition: MethodDefinition) => string): string[] {
  const record = new Map<string, Map<string, string>>(
    existsSync(file)
      ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>).map(([id, versions]) => [
          id,
          new Map(Object.entries(versions)),
        ])
      : [],
  );
  const problems: string[] = [];
  let changed = false;
  for (const { id, current, past } of methods) {
    const versions = record.get(id) ?? new Map<string, string>();
    record.set(id, versions);
    const seen = new Map([...past, [current.version, current]]);
    for (const [version, definition] of seen) {
      const recorded = versions.get(version);
      const actual = hash(definition);
      if (recorded === undefined) {
        versions.set(version, actual);
        changed = true;
      } else if (recorded !== actual)
        problems.push(
          `${id}/: version ${version} was published with content ${recorded} and now has ${actual}: give the change a new version and keep the published definition in ${id}/history/${version}.json`,
        );
    }
    for (const version of versions.keys())
      if (!seen.has(version))
        problems.push(`${id}/: version ${version} was published; keep its definition in ${id}/history/${version}.json so its logs still restore`);
  }
  if (changed && problems.length === 0) {
    const sorted = Object.fromEntries(
      [...record].sort(([a], [b]) => a.localeCompare(b)).map(([id, v]) => [id, Object.fromEntries([...v].sort(([a], [b]) => compareVersions(a, b)))]),
    );
    writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  }
  return problems;
}
