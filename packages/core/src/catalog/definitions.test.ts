import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../i18n/localized.js';
import type { MethodDefinition } from '../method/define.js';
import { asPhase, isChoice } from '../method/plan.js';
import { defineMethod } from '../methods/define.js';
import { builtinMethod } from '../methods/find.js';
import { builtinConfigs, methods } from '../methods/index.js';

/** Every user-facing text of a method: name, summary, description, roles, kinds, phases and module phases. */
function textsOf(method: MethodDefinition): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [
    ['name', method.name],
    ['summary', method.summary],
  ];
  if (method.description) out.push(['description', method.description]);
  for (const role of method.roles) out.push([`role ${role.id}`, role.name]);
  for (const kind of method.kinds) out.push([`kind ${kind.id}`, kind.name]);
  for (const phase of method.phases) {
    out.push([`${phase.id}.name`, phase.name], [`${phase.id}.instructions`, phase.instructions]);
    if (isChoice(phase))
      for (const mod of phase.modules) {
        out.push([`module ${mod.id}`, mod.name]);
        for (const sub of mod.phases) out.push([`${sub.id}.name`, sub.name], [`${sub.id}.instructions`, sub.instructions]);
      }
  }
  return out;
}

/** Every regular phase, top level and inside modules. */
const allPhases = (method: MethodDefinition) => method.phases.flatMap((p) => (isChoice(p) ? p.modules.flatMap((m) => m.phases) : [asPhase(p)!]));

describe('built-in method definitions', () => {
  it('has the sixteen methods of the catalog', () => {
    expect(Object.keys(methods)).toHaveLength(16);
  });

  for (const [id, config] of Object.entries(builtinConfigs)) {
    describe(id, () => {
      it('loads from its JSON form through the public defineMethod, as a designer’s file would', () => {
        const fromJson = defineMethod(JSON.parse(JSON.stringify(config)));
        expect(fromJson).toEqual(builtinMethod(id));
        expect(fromJson.id).toBe(id);
      });

      it('has every text in en, nl and de, and keeps its sources and catalog facts', () => {
        const method = builtinMethod(id)!;
        const missing = textsOf(method)
          .filter(([, t]) => !t.en || !t.nl || !t.de)
          .map(([where]) => where);
        expect(missing).toEqual([]);
        expect(method.sources.length).toBeGreaterThan(0);
        expect(method.catalog).toBeDefined();
        expect(method.catalog!.groupSize.min).toBeLessThanOrEqual(method.catalog!.groupSize.max);
        expect(method.catalog!.minutesPerCase.min).toBeLessThanOrEqual(method.catalog!.minutesPerCase.max);
      });

      it('agrees with its catalog facts on advice', () => {
        const method = builtinMethod(id)!;
        const allowsAdvice = allPhases(method).some((p) => p.contributionKinds.includes('advice') || p.contributionKinds.includes('idea'));
        if (!method.catalog!.adviceAllowed) expect(allPhases(method).some((p) => p.contributionKinds.includes('advice'))).toBe(false);
        else expect(allowsAdvice).toBe(true);
      });
    });
  }

  it('the clearness committee never allows advice and blocks it wherever peers speak', () => {
    for (const phase of allPhases(methods['clearness-committee']!)) {
      expect(phase.contributionKinds).not.toContain('advice');
      if (phase.speakers.includes('peer')) expect(phase.rules['no-advice']).toBe('block');
    }
  });

  it('sets allowWhy per method: Tietze flags why-questions; the clearness committee and the ten-step method allow them', () => {
    const allowWhy = (methodId: string, phaseId: string) => {
      const setting = allPhases(builtinMethod(methodId)!).find((p) => p.id === phaseId)!.rules['open-question'];
      return typeof setting === 'object' ? setting.options?.allowWhy : undefined;
    };
    expect(allowWhy('kollegiale-beratung', 'narrative')).toBe(false);
    expect(allowWhy('clearness-committee', 'questions')).toBe(true);
    expect(allowWhy('ten-step', 'write-questions')).toBe(true);
  });

  it('marks what is inferred in Empathic Intervision', () => {
    const method = methods['empathic-intervision']!;
    expect(method.description?.en).toMatch(/inference/i);
    expect(method.sources.some((s) => /inference/i.test(s.note ?? ''))).toBe(true);
  });
});
