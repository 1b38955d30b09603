import type { LocalizedText } from '../../i18n/localized.js';
import type { MethodConfig } from '../../method/schema.js';
import { questionRules } from './shared-rules.js';

type PhaseConfig = Exclude<MethodConfig['phases'][number], { kind: 'choice' }>;

/** A closing evaluation round: everyone may evaluate the session; it produces the `evaluation` output. */
export function evaluationPhase(instructions: LocalizedText, minutes: number): PhaseConfig {
  return {
    id: 'evaluation',
    kind: 'evaluation',
    name: { en: 'Evaluation', nl: 'Evaluatie', de: 'Auswertung' },
    instructions,
    speakers: ['introducer', 'peer', 'facilitator'],
    contributionKinds: ['evaluation'],
    timebox: { minutes },
    outputs: ['evaluation'],
  };
}

/** A short round of clarifying questions by the consultants, answered by the client (Liberating Structures). */
export function clarifyingQuestionsPhase(instructions: LocalizedText, minutes: number): PhaseConfig {
  return {
    id: 'clarify',
    kind: 'clarification',
    name: { en: 'Clarifying questions', nl: 'Verhelderende vragen', de: 'Klärungsfragen' },
    instructions,
    speakers: ['peer', 'introducer'],
    contributionKinds: ['question', 'answer'],
    timebox: { minutes },
    rules: questionRules('warn', true),
  };
}
