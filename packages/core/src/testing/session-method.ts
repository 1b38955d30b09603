import { defineMethod, type MethodDefinition } from '../method/define.js';
import type { ParticipantInput } from '../session/create.js';

/**
 * The small method the session-level store suite runs: a timeboxed clarification round in which advice
 * is blocked (so a blocked input is recorded too), then a round of experiences. Defined here, not taken
 * from the catalog, so the suite depends on nothing but the engine.
 */
export const SUITE_METHOD: MethodDefinition = defineMethod({
  id: 'store-suite',
  version: '1.0.0',
  name: { en: 'Store suite', nl: 'Opslagtest', de: 'Speichertest' },
  summary: { en: 'A two-phase method the session-level store suite runs.' },
  roles: [
    { id: 'facilitator', name: { en: 'Facilitator' }, min: 1, max: 1, controls: true },
    { id: 'introducer', name: { en: 'Introducer' }, min: 1, max: 1 },
    { id: 'peer', name: { en: 'Peer' }, min: 1 },
  ],
  phases: [
    {
      id: 'clarification',
      kind: 'clarification',
      name: { en: 'Clarification' },
      instructions: { en: 'Peers ask open questions; the introducer answers. No advice.' },
      speakers: ['peer', 'introducer'],
      contributionKinds: ['question', 'answer'],
      kindRoles: { question: ['peer'], answer: ['introducer'] },
      timebox: { minutes: 15 },
      rules: { 'no-advice': 'block' },
    },
    {
      id: 'experiences',
      kind: 'experience',
      name: { en: 'Experiences' },
      instructions: { en: 'Peers share experiences of their own.' },
      speakers: ['peer', 'facilitator'],
      contributionKinds: ['experience'],
      timebox: { minutes: 20 },
    },
  ],
} as never);

/** The participants of a suite session: facilitator `fay`, introducer `ian`, peers `pia` and `paul`. */
export const SUITE_PEOPLE: ParticipantInput[] = [
  { id: 'fay', name: 'Fay', role: 'facilitator' },
  { id: 'ian', name: 'Ian', role: 'introducer' },
  { id: 'pia', name: 'Pia', role: 'peer' },
  { id: 'paul', name: 'Paul', role: 'peer' },
];
