import type { MethodConfig, VariantConfig } from '../method/schema.js';
import { actionLearning } from './configs/action-learning.js';
import { balintGroup } from './configs/balint-group.js';
import { clearnessCommittee } from './configs/clearness-committee.js';
import { empathicIntervision } from './configs/empathic-intervision.js';
import { empathyCircle } from './configs/empathy-circle.js';
import { fiveStep } from './configs/five-step.js';
import { genericFourPhase } from './configs/generic-four-phase.js';
import { gossipMethod } from './configs/gossip-method.js';
import { incidentMethod } from './configs/incident-method.js';
import { kollegialeBeratung } from './configs/kollegiale-beratung.js';
import { kollegialeFallberatung } from './configs/kollegiale-fallberatung.js';
import { socraticDialogue } from './configs/socratic-dialogue.js';
import { structuredPeerGroupSupervision } from './configs/structured-peer-group-supervision.js';
import { tenStep } from './configs/ten-step.js';
import { troikaConsulting } from './configs/troika-consulting.js';
import { wiseCrowds } from './configs/wise-crowds.js';

const all: readonly MethodConfig[] = [
  genericFourPhase,
  incidentMethod,
  balintGroup,
  socraticDialogue,
  gossipMethod,
  troikaConsulting,
  wiseCrowds,
  kollegialeBeratung,
  kollegialeFallberatung,
  actionLearning,
  clearnessCommittee,
  tenStep,
  fiveStep,
  structuredPeerGroupSupervision,
  empathicIntervision,
  empathyCircle,
];

/**
 * The built-in methods as plain configs, in the same format designers write, by id. Variants
 * (`extends`) resolve against these.
 */
export const builtinConfigs: Readonly<Record<string, MethodConfig | VariantConfig>> = Object.fromEntries(all.map((config) => [config.id, config]));
