import type { Scenario } from '../../scenario/types.js';
import { actionLearningScenario } from './action-learning.js';
import { balintGroupScenario } from './balint-group.js';
import { clearnessCommitteeScenario } from './clearness-committee.js';
import { empathicIntervisionScenario } from './empathic-intervision.js';
import { empathyCircleScenario } from './empathy-circle.js';
import { fiveStepScenario } from './five-step.js';
import { genericFourPhaseScenario } from './generic-four-phase.js';
import { gossipMethodScenario } from './gossip-method.js';
import { incidentMethodScenario } from './incident-method.js';
import { kollegialeBeratungScenario } from './kollegiale-beratung.js';
import { kollegialeFallberatungScenario } from './kollegiale-fallberatung.js';
import { socraticDialogueScenario } from './socratic-dialogue.js';
import { structuredPeerGroupSupervisionScenario } from './structured-peer-group-supervision.js';
import { tenStepScenario } from './ten-step.js';
import { troikaConsultingScenario } from './troika-consulting.js';
import { wiseCrowdsScenario } from './wise-crowds.js';

const all: readonly Scenario[] = [
  genericFourPhaseScenario,
  incidentMethodScenario,
  balintGroupScenario,
  socraticDialogueScenario,
  gossipMethodScenario,
  troikaConsultingScenario,
  wiseCrowdsScenario,
  kollegialeBeratungScenario,
  kollegialeFallberatungScenario,
  actionLearningScenario,
  clearnessCommitteeScenario,
  tenStepScenario,
  fiveStepScenario,
  structuredPeerGroupSupervisionScenario,
  empathicIntervisionScenario,
  empathyCircleScenario,
];

/** A realistic scripted run for every built-in method, keyed by method id. */
export const scenarios: Readonly<Record<string, Scenario>> = Object.fromEntries(all.map((scenario) => [scenario.methodId, scenario]));
