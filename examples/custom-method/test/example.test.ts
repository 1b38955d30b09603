import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = join(import.meta.dirname, '..');
const bin = join(here, '..', '..', 'packages', 'cli', 'dist', 'bin.js');
const cli = (args: string[], cwd = here, input?: string) => spawnSync(process.execPath, [bin, '--no-color', ...args], { cwd, input, encoding: 'utf8' });

describe('examples/custom-method', () => {
  it('validates and lints with no finding, and its schema copy is up to date', () => {
    const validated = cli(['validate', 'team-incident.yaml']);
    expect(validated.stdout).toContain('team-incident.yaml: valid');
    expect(validated.status).toBe(0);
    const linted = cli(['lint', 'team-incident.yaml']);
    expect(linted.stdout).toContain('nothing to lint');
    expect(linted.status).toBe(0);
    expect(JSON.parse(readFileSync(join(here, 'method.schema.json'), 'utf8'))).toEqual(JSON.parse(cli(['schema']).stdout));
  });

  it('simulates and runs, as the README says', () => {
    const simulated = cli(['simulate', 'team-incident.yaml', '--runs', '30']);
    expect(simulated.status).toBe(0);
    expect(simulated.stdout).toMatch(/30 random sessions: \d+ reached the end/);
    const readme = readFileSync(join(here, 'README.md'), 'utf8');
    const session = /```text\n(start\n[\s\S]*?)```/.exec(readme)![1]!;
    const run = cli(['run', 'team-incident.yaml'], here, `${session}quit\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('refused');
    expect(run.stdout).toContain('Describe the incident');
  });

  it('shows the error the README shows for a misspelt phase', () => {
    const dir = mkdtempSync(join(tmpdir(), 'custom-method-'));
    writeFileSync(join(dir, 'team-incident.yaml'), readFileSync(join(here, 'team-incident.yaml'), 'utf8').replace('phase: questions', 'phase: questoins'));
    const r = cli(['validate', 'team-incident.yaml'], dir);
    expect(r.status).toBe(1);
    const readme = readFileSync(join(here, 'README.md'), 'utf8');
    const shown = /```text\n(team-incident\.yaml:[^\n]+)\n/.exec(readme)![1]!;
    expect(r.stdout.split('\n')).toContain(shown);
  });
});
