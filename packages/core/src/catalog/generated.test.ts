import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOrder, readMethodFolder } from '../../scripts/method-folder.js';
import { parseMethod } from '../method/define.js';
import { builtinMethodIds, methods, scenarios } from '../methods/index.js';

/** The text of a built ESM file and of every relative file it imports, recursively. */
function bundled(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:from|import) ['"](\.[^'"]+)['"]/g)].map((m) => join(dirname(file), m[1]!));
  return [code, ...imports.map((f) => bundled(f, seen))].join('\n');
}

const core = join(import.meta.dirname, '..', '..');
const methodsDir = join(core, 'src', 'catalog', 'methods');

describe('the catalog as data', () => {
  it('lists every method folder in catalog.yaml, in the order of the generated registry', () => {
    const folders = readdirSync(methodsDir, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(catalogOrder(methodsDir)).toEqual(builtinMethodIds);
    expect(folders.map((d) => d.name).sort()).toEqual([...builtinMethodIds].sort());
  });

  for (const id of builtinMethodIds) {
    describe(id, () => {
      const folder = readMethodFolder(join(methodsDir, id));

      it('the generated module equals what the public loader makes of the YAML files', () => {
        const loaded = parseMethod(folder.method, { texts: folder.texts });
        expect(loaded.issues).toEqual([]);
        expect(methods[id]).toEqual(loaded.method);
        expect(scenarios[id]).toEqual(folder.scenario);
      });

      it('is frozen, down to its phases, and its module holds no parser or schema code', () => {
        expect(Object.isFrozen(methods[id])).toBe(true);
        expect(Object.isFrozen(methods[id].phases[0])).toBe(true);
        const source = readFileSync(join(core, 'src', 'methods', `${id}.ts`), 'utf8');
        const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
        expect(imports).toEqual(['../method/freeze.js', '../scenario/types.js', './types.js']);
      });

      it('keeps its texts out of method.yaml: one texts file per language, English complete', () => {
        expect([...folder.texts.keys()]).toContain('en');
        expect(JSON.stringify(folder.method)).not.toMatch(/"(name|instructions|summary|description)":\{/);
      });
    });
  }

  it('builds each per-method entry point without zod, yaml or the engine (entry and every chunk it imports)', () => {
    for (const id of builtinMethodIds) {
      const code = bundled(join(core, 'dist', 'methods', `${id}.js`));
      expect(code).toContain(`"${id}"`);
      expect(code).not.toMatch(/from ['"](zod|yaml|xstate|immer)['"]/);
      expect(code).not.toMatch(/safeParse|createMachine|toJSONSchema/);
    }
  });
});
