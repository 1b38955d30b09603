import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** What a browser app imports: a Session, one built-in method, one language (the default rules). */
export const BROWSER_ENTRY = `
import { createSession } from '@intervision/core';
import { method } from '@intervision/core/methods/generic-four-phase';
export const start = () => createSession(method, { participants: [{ id: 'f', role: 'facilitator' }, { id: 'i', role: 'introducer' }, { id: 'p', role: 'peer' }, { id: 'q', role: 'peer' }], lang: 'en' });
`;

/** Bundle-size targets in bytes (gzip -9), from the architecture issue; CI fails past the gate. */
export const BUNDLE_TARGETS = { allGzip: 60 * 1024, ownGzip: 25 * 1024 };

/** Bytes of the minified ESM browser bundle of `entry` against the published build (`dist`), raw and gzip -9. */
async function measure(entry: string, external: string[]): Promise<{ raw: number; gzip: number }> {
  // Inside this package, so '@intervision/core' resolves through node_modules and its exports map to `dist`.
  const dir = mkdtempSync(join(resolve(here, '..'), '.bundle-'));
  try {
    const file = join(dir, 'entry.js');
    writeFileSync(file, entry);
    const result = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      external,
      logLevel: 'silent',
      // Measure the published build: ignore the workspace tsconfig, whose paths point at the sources.
      tsconfigRaw: '{}',
    });
    const code = result.outputFiles[0]!.contents;
    return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The browser bundle of createSession + one method + one language, with all dependencies and the SDK's own code only. */
export async function bundleBench() {
  const all = await measure(BROWSER_ENTRY, []);
  const own = await measure(BROWSER_ENTRY, ['xstate', 'zod', 'zod/*']);
  return {
    name: 'browser-bundle',
    entry: 'createSession + @intervision/core/methods/generic-four-phase (en)',
    allDependenciesBytes: all.raw,
    allDependenciesGzip: all.gzip,
    sdkOwnCodeBytes: own.raw,
    sdkOwnCodeGzip: own.gzip,
    targets: BUNDLE_TARGETS,
    meetsTargets: all.gzip <= BUNDLE_TARGETS.allGzip && own.gzip <= BUNDLE_TARGETS.ownGzip,
  };
}
