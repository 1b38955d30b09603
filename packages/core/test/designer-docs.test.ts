import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseMethod } from '../src/index.js';

const docFile = join(import.meta.dirname, '..', '..', '..', 'docs', 'method-designers.md');
const doc = readFileSync(docFile, 'utf8');
const blocks = (lang: string) => [...doc.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
const checked = blocks('yaml').filter((b) => b.startsWith('# check:'));

describe('docs/method-designers.md', () => {
  it('has checked YAML examples and TypeScript examples', () => {
    expect(checked.length).toBeGreaterThanOrEqual(15);
    expect(blocks('ts').length).toBeGreaterThanOrEqual(2);
  });

  for (const [i, block] of checked.entries()) {
    const [, verdict = '', code] = /^# check: (valid|error|warning)(?: ([a-z-]+))?/.exec(block) ?? [];
    it(`YAML example ${i + 1} is ${verdict}${code ? ` (${code})` : ''}`, () => {
      const result = parseMethod(parse(block));
      if (verdict === 'valid') {
        expect(result.issues).toEqual([]);
        expect(result.warnings.filter((w) => w.code !== 'missing-text')).toEqual([]);
      } else if (verdict === 'error') {
        expect(result.success).toBe(false);
        expect(result.issues.map((issue) => issue.code)).toContain(code);
      } else expect(result.warnings.map((w) => w.code)).toContain(code);
    });
  }

  it('runs every TypeScript example against the source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'designer-docs-'));
    const entry = pathToFileURL(join(import.meta.dirname, '..', 'src', 'index.ts')).href;
    for (const [i, code] of blocks('ts').entries()) {
      const file = join(dir, `example-${i}.ts`);
      writeFileSync(file, code.replaceAll("from '@intervision/core'", `from '${entry}'`));
      await import(pathToFileURL(file).href);
    }
  });

  it('documents every phase field, method field, variant op and refusal code of the schema', async () => {
    const { PhaseSchema, ChoicePhaseSchema, MethodConfigSchema, RoleSchema, VariantChangeSchema, REJECTION_CODES } = await import('../src/index.js');
    const fields = [
      ...Object.keys(PhaseSchema.shape),
      ...Object.keys(ChoicePhaseSchema.shape),
      ...Object.keys(MethodConfigSchema.shape),
      ...Object.keys(RoleSchema.shape),
    ];
    for (const field of new Set(fields)) expect(doc, `field ${field}`).toContain(`\`${field}\``);
    for (const option of VariantChangeSchema.def.options) expect(doc, 'variant op').toContain(`\`${option.shape.op.def.values[0]}\``);
    for (const code of REJECTION_CODES) expect(doc, `refusal ${code}`).toContain(`\`${code}\``);
  });
});
