import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../src/commands/run.js';

const cliDir = join(import.meta.dirname, '..');
const bin = join(cliDir, 'dist', 'bin.js');
const catalog = join(cliDir, '..', 'core', 'src', 'catalog', 'methods');
const builtins = readdirSync(catalog, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(catalog, d.name, 'method.yaml'));

/** Runs the built CLI as a child process, as a designer would. */
function cli(args: string[], input?: string, cwd = cliDir) {
  const r = spawnSync(process.execPath, [bin, '--no-color', ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const temp = () => mkdtempSync(join(tmpdir(), 'intervision-cli-'));

/** A variant with five different mistakes (the example in the report and the docs). */
const BROKEN = `$schema: ./method.schema.json
id: broken-incident
extends: incident-method
name: { en: Broken incident }
changes:
  - op: update
    phase: questoins
    set: { timebox: { minutes: 15 } }
  - op: update
    phase: questions
    set:
      speakers: [peers, introducer]
      turnPolicy: round-robbin
  - op: set-rule
    phase: analysis
    rule: open-question
    setting: { mode: warn, options: { allowwhy: false } }
  - op: insert
    after: check
    with:
      id: silence
      kind: pause
      name: { en: Silence }
      instructions: { en: Think quietly. }
      colour: blue
`;

describe('intervision (built CLI, as a child process)', () => {
  it('prints help and its version, and exits 2 on an unknown command with a suggestion', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['validate', 'lint', 'schema', 'new', 'simulate', 'run', 'diagram', 'script']) expect(help.out).toContain(command);
    expect(cli(['--version']).out.trim()).toBe('0.1.0');
    const wrong = cli(['validat', 'x.yaml']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('validate');
  });

  it('validates and lints every built-in method folder with no finding', () => {
    const validated = cli(['validate', ...builtins]);
    expect(validated.out).toContain(`${builtins.length} files: valid`);
    expect(validated.code).toBe(0);
    const linted = cli(['lint', ...builtins]);
    expect(linted.out).toContain('nothing to lint');
    expect(linted.code).toBe(0);
  });

  it('reports five different mistakes with file:line:column, phase-id paths into changes[i] and did-you-mean; exit 1', () => {
    const dir = temp();
    writeFileSync(join(dir, 'broken.yaml'), BROKEN);
    const r = cli(['validate', 'broken.yaml'], undefined, dir);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    const line = (text: string) => lines.find((l) => l.includes(text));
    expect(line('questoins')).toMatch(
      /^broken\.yaml:7:12 {2}error {2}no phase "questoins" in "incident-method"; did you mean "questions"\? {2}changes\[0\]\.phase/,
    );
    expect(line('"peers"')).toMatch(/^broken\.yaml:12:18 .*did you mean "peer"\? {2}changes\[1\]\.set\.speakers\[0\]/);
    expect(line('round-robbin')).toMatch(/^broken\.yaml:13:19 .*did you mean "round-robin"\?/);
    expect(line('allowwhy')).toMatch(/^broken\.yaml:17:39 .*did you mean "allowWhy"\? {2}changes\[2\]\.setting\.options\.allowwhy {2}\[unknown-rule-option\]/);
    expect(line('colour')).toMatch(/^broken\.yaml:25:7 .*unknown key "colour" {2}changes\[3\]\.with\.colour/);
    expect(r.out).toMatch(/\d+ errors, \d+ warnings/);
    const json = JSON.parse(cli(['validate', '--format', 'json', 'broken.yaml'], undefined, dir).out) as {
      ok: boolean;
      diagnostics: { severity: string; code: string }[];
    };
    expect(json.ok).toBe(false);
    expect(json.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(
      expect.arrayContaining(['unknown-phase', 'unknown-role', 'invalid-value', 'unknown-rule-option', 'unknown-key']),
    );
  });

  it('reports YAML syntax errors with line and column', () => {
    const dir = temp();
    writeFileSync(join(dir, 'bad.yaml'), 'id: x\nname: { en: "open\nroles: [\n');
    const r = cli(['validate', 'bad.yaml'], undefined, dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^bad\.yaml:\d+:\d+ {2}error {2}.+\[syntax\]/m);
    expect(cli(['validate', 'missing.yaml'], undefined, dir).out).toContain('cannot read the file (ENOENT)');
  });

  it('starts a variant with new, which validates; refuses an unknown base with a suggestion', () => {
    const dir = temp();
    const made = cli(['new', 'my-incident', '--from', 'incident-method'], undefined, dir);
    expect(made.code).toBe(0);
    const text = readFileSync(join(dir, 'my-incident.yaml'), 'utf8');
    expect(text).toContain('$schema: ./method.schema.json');
    expect(text).toContain('extends: incident-method');
    expect(JSON.parse(readFileSync(join(dir, 'method.schema.json'), 'utf8')).title).toBe('Intervision method');
    const checked = cli(['validate', 'my-incident.yaml'], undefined, dir);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('0 errors');
    const wrong = cli(['new', 'x', '--from', 'incident-methd'], undefined, dir);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('did you mean "incident-method"?');
    expect(cli(['new', 'my-incident', '--from', 'incident-method'], undefined, dir).code).toBe(2);
  });

  it('prints the JSON Schema', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).$id).toBe('https://intervision.dev/schema/method.schema.json');
  });

  it('lints a weak method, and accepts a finding silenced in the file only with a reason', () => {
    const dir = temp();
    const weak = (comment: string) =>
      `${comment}\nid: weak\nextends: generic-four-phase\nname: { en: Weak, nl: Zwak, de: Schwach }\nsummary: { en: Weak, nl: Zwak, de: Schwach }\nchanges:\n  - { op: remove-rule, phase: clarification, rule: no-advice }\n`;
    writeFileSync(join(dir, 'weak.yaml'), weak(''));
    const found = cli(['lint', 'weak.yaml'], undefined, dir);
    expect(found.code).toBe(1);
    expect(found.out).toMatch(/weak\.yaml:\d+:\d+ {2}warning {2}clarification phase "clarification" does not check for advice/);
    writeFileSync(join(dir, 'weak.yaml'), weak('# lint-allow clarification-without-no-advice: this group practises spotting advice itself'));
    const allowed = cli(['lint', 'weak.yaml'], undefined, dir);
    expect(allowed.out).toContain('(allowed: this group practises spotting advice itself)');
    expect(allowed.code).toBe(0);
    writeFileSync(join(dir, 'weak.yaml'), weak('# lint-allow clarification-without-no-advice'));
    const unexplained = cli(['lint', 'weak.yaml'], undefined, dir);
    expect(unexplained.code).toBe(1);
    expect(unexplained.out).toContain('needs a reason');
  });

  it('simulates random sessions through the engine and reports phases, rules and refusals', () => {
    const r = cli(['simulate', 'incident-method', '--runs', '20', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      runs: number;
      completed: number;
      neverReached: string[];
      ruleHits: { id: string; count: number }[];
      exploration: { canComplete: boolean };
    };
    expect(report.runs).toBe(20);
    expect(report.completed).toBeGreaterThan(0);
    expect(report.exploration.canComplete).toBe(true);
    expect(report.ruleHits.map((h) => h.id).sort()).toEqual(['no-advice', 'sphere-of-influence']);
    const text = cli(['simulate', 'incident-method', '--runs', '5']);
    expect(text.out).toContain('5 random sessions');
    expect(cli(['simulate', 'incident-method', '--runs', '0']).code).toBe(2);
  });

  it('runs an interactive session from piped input', () => {
    const r = cli(['run', 'generic-four-phase'], 'start\nnext\nben question: Did you talk to him?\nquit\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ accepted');
    expect(r.out).toMatch(/refused: |accepted/);
  });

  it('runs the next case of a rotation, opt-ins and several modules from piped input', () => {
    const troika = cli(
      ['run', 'troika-consulting'],
      'start\nwait 1\nina narrative: My case.\nnext\nnext\nben idea: An idea.\nnext\nina reflection: That helped.\nnext\nnext-case ina\nnext-case ben\nquit\n',
    );
    expect(troika.code).toBe(0);
    expect(troika.out).toContain('refused: cases-remaining');
    expect(troika.out).toContain('refused: already-had-case');
    // Ben brings the second case: the session is back in its first case phase.
    expect(troika.out.split('refused: already-had-case')[1]).toContain('✓ accepted');
    expect(troika.out.split('refused: already-had-case')[1]).toContain('(share,');

    // Tietze: the case narrator opts into the turn-around (and cannot opt into a phase that does not exist).
    const tietze = cli(['run', 'kollegiale-beratung'], 'start\nina opt-in turn-around\nina opt-out nowhere\nquit\n');
    expect(tietze.code).toBe(0);
    expect(tietze.out.split('\n').filter((line) => line.includes('✓ accepted'))).toHaveLength(2);
    expect(tietze.out).toContain('refused: unknown-reference');
  });

  it('reads modules in order, opt-ins and the next case from a typed line', () => {
    expect(parseLine('module brainstorming hypotheses', 'fay')).toEqual({
      type: 'choose-module',
      by: 'fay',
      module: 'brainstorming',
      followedBy: ['hypotheses'],
    });
    expect(parseLine('ina module resonance-round', 'fay')).toEqual({ type: 'choose-module', by: 'ina', module: 'resonance-round' });
    expect(parseLine('ina opt-in turn-around', 'fay')).toEqual({ type: 'opt-in', by: 'ina', phase: 'turn-around' });
    expect(parseLine('ina opt-out turn-around', 'fay')).toEqual({ type: 'opt-out', by: 'ina', phase: 'turn-around' });
    expect(parseLine('next-case ben', 'fay')).toEqual({ type: 'next-case', by: 'fay', introducer: 'ben' });
    expect(parseLine('next-case', 'fay')).toEqual({ error: 'next-case <name>' });
    expect(parseLine('module', 'fay')).toEqual({ error: 'module <id> [<id> …]' });
    expect(parseLine('ina opt-in', 'fay')).toEqual({ error: '<name> opt-in <phase>' });
  });

  it('renders a diagram and a script through @intervision/render, or says it needs it', () => {
    let available = true;
    try {
      execFileSync(process.execPath, ['-e', "import('@intervision/render').then(()=>process.exit(0),()=>process.exit(1))"], { cwd: cliDir });
    } catch {
      available = false;
    }
    const diagram = cli(['diagram', 'incident-method']);
    const script = cli(['script', 'incident-method', '--lang', 'nl']);
    if (available) {
      expect(diagram.code).toBe(0);
      expect(diagram.out).toMatch(/stateDiagram-v2/);
      expect(script.code).toBe(0);
    } else {
      expect(diagram.code).toBe(2);
      expect(diagram.err).toContain('npm install @intervision/render');
      expect(script.code).toBe(2);
    }
  });
});
