import type { MethodConfig, VariantConfig } from '../method/schema.js';
import { genericFourPhase } from './configs/generic-four-phase.js';
import { incidentMethod } from './configs/incident-method.js';

/**
 * The built-in methods as plain configs, in the same format designers write, by id. Variants
 * (`extends`) resolve against these.
 */
export const builtinConfigs: Readonly<Record<string, MethodConfig | VariantConfig>> = {
  [genericFourPhase.id]: genericFourPhase,
  [incidentMethod.id]: incidentMethod,
};
