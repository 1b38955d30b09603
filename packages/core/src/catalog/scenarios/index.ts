import type { Scenario } from '../../scenario/types.js';
import { incidentMethodScenario } from './incident-method.js';

/** A realistic scripted run for every built-in method, keyed by method id. */
export const scenarios: Readonly<Record<string, Scenario>> = {
  [incidentMethodScenario.methodId]: incidentMethodScenario,
};
