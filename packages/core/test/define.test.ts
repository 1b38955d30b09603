import { describe, expect, it } from 'vitest';
import { builtinConfigs, builtinMethod, defineMethod, type MethodConfig, MethodDefinitionError, methodJsonSchema, methods, parseMethod } from '../src/index.js';

const minimal = (): MethodConfig => ({
  id: 'tiny',
  name: { en: 'Tiny' },
  summary: { en: 'A tiny method' },
  roles: [
    { id: 'introducer', name: { en: 'Introducer' }, min: 1, max: 1 },
    { id: 'facilitator', name: { en: 'Facilitator' }, min: 1, max: 1 },
    { id: 'peer', name: { en: 'Peer' }, min: 1 },
  ],
  phases: [
    { id: 'tell', kind: 'narrative', name: { en: 'Tell' }, instructions: { en: 'Tell the case.' }, speakers: ['introducer'], contributionKinds: ['narrative'] },
    {
      id: 'ask',
      kind: 'clarification',
      name: { en: 'Ask' },
      instructions: { en: 'Ask.' },
      speakers: ['peer', 'introducer'],
      contributionKinds: ['question', 'answer'],
      rules: { 'no-advice': 'block' },
    },
  ],
});

describe('defineMethod', () => {
  it('returns a typed definition with defaults filled in', () => {
    const method = defineMethod(minimal());
    expect(method.version).toBe('1.0.0');
    expect(method.phases[0]).toMatchObject({ turnPolicy: 'free', introducer: 'present', onTimeout: 'warn', outputs: [], repeatable: false });
    expect(Object.isFrozen(method.phases)).toBe(true);
  });

  it('lists every problem with its path, not just the first', () => {
    const broken = minimal() as any;
    broken.roles.push({ id: 'peer', name: { en: 'Again' } });
    broken.roles[2].min = 5;
    broken.roles[2].max = 2;
    broken.phases[0].speakers = ['ghost'];
    broken.phases[1].rules = { 'no-such-rule': 'block', 'open-question': { mode: 'warn', options: { allowWhy: 'sometimes' } } };
    broken.phases[1].contributionKinds.push('gossip');
    broken.phases.push({ ...broken.phases[0] });
    broken.phases[2].name = { nl: 'Alleen Nederlands' };
    broken.phases[1].loopBack = { to: 'nowhere' };
    let error: unknown;
    try {
      defineMethod(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MethodDefinitionError);
    const issues = (error as MethodDefinitionError).issues;
    const at = (path: string) => issues.find((i) => i.path.join('.') === path);
    expect(at('phases.2.name.en')?.message).toBeTruthy();
    expect(at('roles.2.min')?.code).toBe('invalid-range');
    expect(at('roles.3.id')?.code).toBe('duplicate-id');
    expect(at('phases.0.speakers.0')?.code).toBe('unknown-role');
    expect(at('phases.ask.rules.no-such-rule')?.code).toBe('unknown-rule');
    expect(at('phases.ask.rules.open-question.options.allowWhy')?.code).toBe('invalid-rule-options');
    expect(at('phases.ask.contributionKinds.2')?.code).toBe('unknown-kind');
    expect(at('phases.ask.loopBack.to')?.code).toBe('invalid-reference');
    expect(issues.length).toBeGreaterThanOrEqual(8);
    expect((error as Error).message).toContain('phases[0].speakers[0]');
  });

  it('refuses a method without an introducer and an introducer listed as a speaker while back-turned', () => {
    const config = minimal() as any;
    config.roles = config.roles.filter((r: { id: string }) => r.id !== 'introducer');
    config.phases[1].introducer = 'back-turned';
    const result = parseMethod(config);
    expect(result.success).toBe(false);
    const codes = result.issues.map((i) => i.code);
    expect(codes).toContain('missing-introducer');
    expect(codes).toContain('introducer-away');
  });

  it('never throws from parseMethod, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'method', [], {}, { phases: 'x' }, { roles: [null], phases: [null] }, { extends: 'nope', id: 'x' }])
      expect(parseMethod(input).success).toBe(false);
  });

  it('loads every built-in method from its JSON form', () => {
    for (const config of Object.values(builtinConfigs)) {
      const method = defineMethod(JSON.parse(JSON.stringify(config)));
      expect(method).toEqual(builtinMethod(method.id));
    }
  });
});

describe('variants', () => {
  it('writes "the incident method, but with a written question round of 15 minutes" in a few lines', () => {
    const variant = defineMethod({
      id: 'incident-written-questions',
      extends: 'incident-method',
      name: { en: 'Incident method with written questions', nl: 'Incidentmethode met geschreven vragen' },
      changes: [{ op: 'update', phase: 'questions', set: { turnPolicy: 'written-then-revealed', timebox: { minutes: 15 } } }],
    });
    const base = methods['incident-method']!;
    const questions = variant.phases.find((p) => p.id === 'questions')!;
    expect(questions).toMatchObject({ turnPolicy: 'written-then-revealed', timebox: { minutes: 15 } });
    expect(questions.name).toEqual(base.phases.find((p) => p.id === 'questions')!.name);
    expect(variant.phases).toHaveLength(base.phases.length);
    expect(variant.basedOn).toEqual({ id: 'incident-method', version: base.version });
    expect(variant.summary).toEqual(base.summary);
  });

  it('inserts, removes, replaces phases and sets rules by id', () => {
    const variant = defineMethod({
      id: 'generic-variant',
      extends: 'generic-four-phase',
      name: { en: 'Variant' },
      changes: [
        { op: 'remove', phase: 'experiences' },
        {
          op: 'insert',
          after: 'topic',
          with: {
            id: 'check-in',
            kind: 'check-in',
            name: { en: 'Check-in' },
            instructions: { en: 'How are you?' },
            speakers: ['peer'],
            contributionKinds: ['check-in'],
          },
        },
        { op: 'set-rule', phase: '*', rule: 'no-advice', setting: 'warn' },
        { op: 'remove-rule', phase: 'clarification', rule: 'open-question' },
      ],
    });
    expect(variant.phases.map((p) => p.id)).toEqual(['topic', 'check-in', 'clarification', 'back-to-introducer']);
    expect(variant.phases.every((p) => p.kind === 'choice' || p.rules['no-advice'] === 'warn')).toBe(true);
    expect(variant.phases[2]!.kind !== 'choice' && variant.phases[2]!.rules['open-question']).toBeUndefined();
  });

  it('reports changes that point nowhere, unknown bases and cycles, with paths', () => {
    const result = parseMethod({
      id: 'bad',
      extends: 'incident-method',
      name: { en: 'Bad' },
      changes: [
        { op: 'remove', phase: 'nope' },
        { op: 'insert', with: {} },
      ],
    });
    expect(result.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['changes.0.phase', 'changes.1']));
    expect(parseMethod({ id: 'x', extends: 'no-such-method', name: { en: 'X' } }).issues[0]?.code).toBe('unknown-method');
    const bases = { a: { id: 'a', extends: 'b', name: { en: 'A' } }, b: { id: 'b', extends: 'a', name: { en: 'B' } } };
    expect(parseMethod({ id: 'c', extends: 'a', name: { en: 'C' } }, { bases }).issues.map((i) => i.code)).toContain('cyclic-extends');
  });

  it('validates the merged result like any method', () => {
    const result = parseMethod({
      id: 'v',
      extends: 'generic-four-phase',
      name: { en: 'V' },
      changes: [{ op: 'update', phase: 'clarification', set: { speakers: ['ghost'] } }],
    });
    expect(result.success).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'unknown-role' });
  });
});

describe('JSON Schema', () => {
  it('describes both full methods and variants, for editors', () => {
    const schema = methodJsonSchema() as { anyOf: { properties: Record<string, unknown> }[] };
    expect(schema.anyOf).toHaveLength(2);
    expect(Object.keys(schema.anyOf[0]!.properties)).toEqual(expect.arrayContaining(['id', 'roles', 'phases']));
    expect(Object.keys(schema.anyOf[1]!.properties)).toEqual(expect.arrayContaining(['extends', 'changes']));
    expect(JSON.stringify(schema)).toContain('written-then-revealed');
  });
});
