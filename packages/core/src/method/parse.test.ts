import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, type MethodIssue } from '../errors/method.js';
import { parseMethod } from '../methods/define.js';
import { methods } from '../methods/index.js';
import { MAX_EXTENDS_DEPTH, MAX_ISSUES } from './limits.js';
import { asPhase, planOf } from './plan.js';
import { closest, editDistance } from './suggest.js';

const where = (issues: MethodIssue[]) => issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
const incident = () => structuredClone(methods['incident-method']) as unknown as Record<string, any>;
const variant = (changes: unknown[], extra: Record<string, unknown> = {}) => ({
  extends: 'incident-method',
  id: 'mine',
  name: { en: 'Mine' },
  changes,
  ...extra,
});

describe('did you mean', () => {
  it('measures edits, swaps included, and suggests only close candidates', () => {
    expect(editDistance('peer', 'peers')).toBe(1);
    expect(editDistance('allowwhy', 'allowWhy')).toBe(0);
    expect(editDistance('clarifcation', 'clarification')).toBe(1);
    expect(editDistance('qeustions', 'questions')).toBe(1);
    expect(closest('peers', ['introducer', 'peer'])).toBe('peer');
    expect(closest('zebra', ['introducer', 'peer'])).toBeUndefined();
    expect(closest('x'.repeat(1000), ['x'])).toBeUndefined();
  });
});

describe('parseMethod: errors a designer can act on', () => {
  it('names phases by id, suggests the closest role, kind, rule, option, phase kind and key, and never lists every id', () => {
    const m = incident();
    m.phases[2].kind = 'clarifcation';
    m.phases[1].turnPolicy = 'round-robbin';
    m.phases[1].speakrs = ['peer'];
    m.phases[3].speakers = ['peers'];
    m.phases[4].contributionKinds = ['hypotesis'];
    m.phases[5].rules = { 'no-advise': 'block', 'open-question': { mode: 'warn', options: { allowwhy: false } } };
    m.phases[5].loopBack = { to: 'questoins' };
    const result = parseMethod(m);
    expect(result.success).toBe(false);
    expect(where(result.issues)).toEqual(
      expect.arrayContaining([
        'phases.write-questions.kind: "clarifcation" is not a phase kind; did you mean "clarification"?',
        'phases.describe-incident.turnPolicy: "round-robbin" is not a turn policy; did you mean "round-robin"?',
        'phases.describe-incident.speakrs: unknown key "speakrs"; did you mean "speakers"?',
        'phases.questions.speakers[0]: unknown role "peers"; did you mean "peer"?',
        'phases.check.contributionKinds[0]: unknown contribution kind "hypotesis"; did you mean "hypothesis"?',
        'phases.analysis.rules.no-advise: unknown rule "no-advise"; did you mean "no-advice"?',
        'phases.analysis.rules.open-question.options.allowwhy: rule "open-question" has no option "allowwhy"; did you mean "allowWhy"?',
        'phases.analysis.loopBack.to: loops back to "questoins", which is not this phase or an earlier phase in the same sequence; did you mean "questions"?',
      ]),
    );
    for (const issue of result.issues) expect(issue.message.length).toBeLessThan(200);
  });

  it('refuses options on rules that take none, and unknown options (rule options are strict)', () => {
    const m = incident();
    m.phases[2].rules = { 'no-advice': { mode: 'block', options: { strict: true } } };
    expect(parseMethod(m).issues.map((i) => i.code)).toEqual(['unknown-rule-option']);
  });

  it('points a variant’s mistakes at its own changes[i], and inherited ones at extends', () => {
    const result = parseMethod(
      variant([
        { op: 'update', phase: 'questoins', set: {} },
        { op: 'update', phase: 'questions', set: { speakers: ['peer', 'scrib'], timebox: { minutes: -3 } } },
        { op: 'insert', after: 'check', with: { id: 'extra', kind: 'pause', name: { en: 'E' }, instructions: { en: 'I' }, contributionKinds: ['ideas'] } },
        { op: 'set-rule', phase: 'analysis', rule: 'open-question', setting: { mode: 'block', options: { alowWhy: true } } },
        { op: 'remove', phase: 'choose-incident' },
      ]),
    );
    const paths = result.issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        'changes[0].phase',
        'changes[1].set.speakers[1]',
        'changes[1].set.timebox.minutes',
        'changes[2].with.contributionKinds[0]',
        'changes[3].setting.options.alowWhy',
      ]),
    );
    expect(result.issues.find((i) => formatPath(i.path) === 'changes[0].phase')?.message).toContain('did you mean "questions"?');
    const removed = parseMethod(
      variant([
        { op: 'update', phase: 'analysis', set: { loopBack: { to: 'describe-incident' } } },
        { op: 'remove', phase: 'describe-incident' },
      ]),
    );
    expect(where(removed.issues)).toEqual([
      'changes[0].set.loopBack.to: loops back to "describe-incident", which is not this phase or an earlier phase in the same sequence',
    ]);
    const inherited = parseMethod(variant([], { roles: [{ id: 'peer', name: { en: 'Peer' }, min: 3, max: 2 }] }));
    expect(where(inherited.issues)).toEqual(['roles.peer.min: min (3) is greater than max (2)']);
  });

  it('turns hostile input into method errors, never exceptions', () => {
    expect(parseMethod({ extends: 'toString', id: 'x', name: { en: 'x' } }).issues[0]?.code).toBe('unknown-method');
    expect(parseMethod({ extends: '__proto__', id: 'x', name: { en: 'x' } }).issues[0]?.code).toBe('unknown-method');
    const bases: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) bases[`m${i}`] = { id: `m${i}`, extends: `m${i + 1}`, name: { en: 'x' } };
    expect(parseMethod({ id: 'a', extends: 'm0', name: { en: 'x' } }, { bases: bases as never }).issues).toEqual([
      { path: ['extends'], code: 'extends-too-deep', message: `variants extend each other more than ${MAX_EXTENDS_DEPTH} deep` },
    ]);
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < 100_000; i++) node = node.x = {} as Record<string, unknown>;
    expect(parseMethod(root).issues[0]?.code).toBe('too-deep');
    const many = incident();
    many.phases[0].speakers = Array.from({ length: 500 }, (_, i) => `ghost-${i}`);
    const capped = parseMethod(many).issues;
    expect(capped).toHaveLength(MAX_ISSUES + 1);
    expect(capped.at(-1)?.message).toBe('… and 400 more problems');
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), fc.anything({ maxDepth: 4 }), (junk, changes) => {
        const a = parseMethod(junk);
        const b = parseMethod({ extends: 'incident-method', id: 'j', name: { en: 'J' }, changes });
        return a.success === false && Array.isArray(b.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('checks the format version', () => {
    expect(parseMethod({ ...incident(), format: 1 }).success).toBe(true);
    expect(where(parseMethod({ ...incident(), format: 2 }).issues)).toEqual([
      'format: written for method format 2; this version of @intervision/core reads format 1: update it',
    ]);
  });
});

describe('parseMethod: warnings', () => {
  it('warns about a text missing in a language the method uses elsewhere, never about a language it does not use', () => {
    const m = incident();
    delete m.phases[2].name.nl;
    const result = parseMethod(m);
    expect(result.success).toBe(true);
    expect(where(result.warnings)).toEqual(['phases.write-questions.name.nl: no Dutch (nl) text, though the method has nl elsewhere']);
    expect(parseMethod(incident()).warnings).toEqual([]);
  });
});

describe('variants: modules, kind roles, output setters, action plans, anonymity', () => {
  it('adds, removes and updates the modules of a choice phase by id', () => {
    const kb = methods['kollegiale-beratung'];
    const choice = kb.phases.find((p) => p.kind === 'choice')!;
    if (choice.kind !== 'choice') throw new Error('no choice phase');
    const [first, second] = choice.modules;
    const extra = { ...structuredClone(second!), id: 'extra', phases: second!.phases.map((p) => ({ ...structuredClone(p), id: `extra-${p.id}` })) };
    const result = parseMethod({
      extends: 'kollegiale-beratung',
      id: 'kb-trim',
      name: { en: 'Trimmed' },
      changes: [
        { op: 'remove-module', phase: choice.id, module: first!.id },
        { op: 'update-module', phase: choice.id, module: second!.id, set: { name: { en: 'Renamed' } } },
        { op: 'add-module', phase: choice.id, module: extra, before: second!.id },
      ],
    });
    expect(where(result.issues)).toEqual([]);
    const after = result.method!.phases.find((p) => p.id === choice.id)!;
    if (after.kind !== 'choice') throw new Error('no choice phase');
    expect(after.modules.map((m) => m.id)).toEqual(['extra', second!.id, ...choice.modules.slice(2).map((m) => m.id)]);
    expect(after.modules[1]!.name).toEqual({ ...second!.name, en: 'Renamed' });
    const wrong = parseMethod({
      extends: 'kollegiale-beratung',
      id: 'w',
      name: { en: 'W' },
      changes: [{ op: 'remove-module', phase: 'presentation', module: 'x' }],
    });
    expect(wrong.issues[0]?.code).toMatch(/invalid-change|unknown-phase/);
  });

  it('lets one more role say one kind without listing every other kind (allow-role), and merges kindRoles in update', () => {
    const result = parseMethod(
      variant([
        { op: 'allow-role', phase: 'analysis', role: 'facilitator', kinds: ['question'] },
        { op: 'allow-role', phase: 'reveal', role: 'facilitator', kinds: ['quesiton'] },
      ]),
    );
    expect(where(result.issues)).toEqual([`changes[1].kinds[0]: kind "quesiton" is not one of the phase's contribution kinds; did you mean "question"?`]);
    const ok = parseMethod(
      variant([
        { op: 'allow-role', phase: 'describe-incident', role: 'facilitator', kinds: ['narrative'] },
        { op: 'update', phase: 'questions', set: { kindRoles: { answer: ['introducer', 'facilitator'] } } },
      ]),
    );
    expect(where(ok.issues)).toEqual([]);
    const plan = planOf(ok.method!);
    expect(asPhase(plan.steps.get('questions')?.phase)?.kindRoles).toEqual({ question: ['peer'], answer: ['introducer', 'facilitator'] });
    expect(asPhase(plan.steps.get('describe-incident')?.phase)?.speakers).toEqual(['introducer', 'facilitator']);
  });

  it('validates output setters, action-plan requirements and anonymity', () => {
    const ok = parseMethod(
      variant([
        {
          op: 'update',
          phase: 'closing-discussion',
          set: { outputSetters: { 'action-plan': ['introducer'] }, actionPlan: { requireOwner: true, requireDue: true } },
        },
        { op: 'update', phase: 'write-positions', set: { anonymous: true } },
      ]),
    );
    expect(where(ok.issues)).toEqual([]);
    expect(asPhase(ok.method!.phases.find((p) => p.id === 'closing-discussion'))).toMatchObject({
      outputSetters: { 'action-plan': ['introducer'] },
      actionPlan: { requireOwner: true, requireDue: true },
      anonymous: false,
    });
    expect(asPhase(ok.method!.phases.find((p) => p.id === 'write-positions'))?.anonymous).toBe(true);
    const bad = parseMethod(
      variant([{ op: 'update', phase: 'analysis', set: { outputSetters: { 'key-question': ['introducr'] }, actionPlan: { requireOwner: true } } }]),
    );
    expect(where(bad.issues)).toEqual([
      'changes[0].set.outputSetters.key-question[0]: unknown role "introducr"; did you mean "introducer"?',
      'changes[0].set.outputSetters.key-question: the phase does not output "key-question"',
      `changes[0].set.actionPlan: actionPlan needs "action-plan" in the phase's outputs`,
    ]);
  });
});
