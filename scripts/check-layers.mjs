#!/usr/bin/env node
// Checks that the folders of each package's `src/` import only folders listed before them in the
// package's layer order (folder level: a file-level cycle tool does not see cycles between folders).
// Usage: node scripts/check-layers.mjs  (exit 1 and one line per offending import on failure)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Layer order per package: a folder may import itself and folders listed before it. */
const LAYERS = {
  'packages/core/src': [
    'shared',
    'errors',
    'i18n',
    'text',
    'rules',
    'method',
    'engine',
    'machine',
    'store',
    'session',
    'analysis',
    'scenario',
    'testing',
    'catalog',
    'lang',
    'methods',
    '(entry)',
  ],
};

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) yield path;
  }
}

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const problems = [];
for (const [pkgSrc, order] of Object.entries(LAYERS)) {
  const src = join(root, pkgSrc);
  const layerOf = (file) => {
    const rel = relative(src, file).split(sep);
    return rel.length === 1 ? '(entry)' : rel[0];
  };
  for (const file of files(src)) {
    const from = layerOf(file);
    const fromRank = order.indexOf(from);
    if (fromRank < 0) problems.push(`${relative(root, file)}: folder "${from}" is not in the layer order of ${pkgSrc}`);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1] ?? m[2]);
      if (!target.startsWith(src)) continue;
      const to = layerOf(target);
      if (to === from) continue;
      const toRank = order.indexOf(to);
      if (toRank < 0 || toRank > fromRank) problems.push(`${relative(root, file)}: ${from} imports ${to} (${m[1] ?? m[2]}), which comes after it`);
    }
  }
}
if (problems.length > 0) {
  console.error(`Layer check failed: ${problems.length} import(s) against the layer order\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Layer check: no folder imports a folder after it.');
