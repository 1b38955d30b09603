import type { Phase, RuleMode, RuleSetting } from '@intervision/core';

/** One rule as a phase applies it. */
export interface PhaseRule {
  /** Rule id. */
  id: string;
  /** Its mode in the phase. */
  mode: RuleMode;
  /** Its options in the phase (empty when none are set). */
  options: Readonly<Record<string, unknown>>;
}

/** The rules a phase applies, in the order the method lists them, with their modes and options. */
export function phaseRules(phase: Pick<Phase, 'rules'>): PhaseRule[] {
  return Object.entries(phase.rules).map(([id, setting]: [string, RuleSetting]) =>
    typeof setting === 'string' ? { id, mode: setting, options: {} } : { id, mode: setting.mode, options: setting.options ?? {} },
  );
}

/** The mode of one rule in a phase (`off` when the phase does not name it). */
export function ruleMode(phase: Pick<Phase, 'rules'>, ruleId: string): RuleMode {
  return phaseRules(phase).find((r) => r.id === ruleId)?.mode ?? 'off';
}
