import type { MethodConfig } from '../../method/schema.js';

type RoleConfig = MethodConfig['roles'][number];

/** The introducer: brings the case. */
export const introducerRole = {
  id: 'introducer',
  name: { en: 'Introducer', nl: 'Inbrenger', de: 'Fallerzähler' },
  description: { en: 'Brings a real work case.', nl: 'Brengt een echte casus uit het werk in.', de: 'Bringt einen echten Fall aus der Arbeit ein.' },
  min: 1,
  max: 1,
} as const satisfies RoleConfig;

/** The facilitator: leads the process and controls the session. */
export const facilitatorRole = {
  id: 'facilitator',
  name: { en: 'Facilitator', nl: 'Gespreksleider', de: 'Moderator' },
  description: {
    en: 'Leads the process, keeps time and advances the phases.',
    nl: 'Leidt het proces, bewaakt de tijd en gaat naar de volgende fase.',
    de: 'Leitet den Prozess, achtet auf die Zeit und wechselt die Phasen.',
  },
  min: 1,
  max: 1,
  controls: true,
} as const satisfies RoleConfig;

/** A peer: a consulting colleague. */
export const peerRole = {
  id: 'peer',
  name: { en: 'Peer', nl: 'Collega', de: 'Berater' },
  description: {
    en: 'A colleague who helps the introducer.',
    nl: 'Een collega die de inbrenger helpt.',
    de: 'Eine Kollegin oder ein Kollege, die oder der berät.',
  },
  min: 2,
} as const satisfies RoleConfig;

/** A scribe: writes down what is said (ideas, questions, notes) for the introducer. */
export const scribeRole = {
  id: 'scribe',
  name: { en: 'Scribe', nl: 'Notulist', de: 'Protokollant' },
  description: {
    en: 'Writes down what is said and gives the notes to the introducer.',
    nl: 'Schrijft op wat er gezegd wordt en geeft de aantekeningen aan de inbrenger.',
    de: 'Schreibt mit, was gesagt wird, und gibt die Notizen dem Fallerzähler.',
  },
  min: 1,
  max: 1,
} as const satisfies RoleConfig;

/** An observer: watches the process and does not take part in the consultation. */
export const observerRole = {
  id: 'observer',
  name: { en: 'Observer', nl: 'Observator', de: 'Beobachter' },
  description: {
    en: 'Watches how the group works and does not take part.',
    nl: 'Kijkt hoe de groep werkt en doet zelf niet mee.',
    de: 'Beobachtet, wie die Gruppe arbeitet, und beteiligt sich nicht.',
  },
  min: 0,
} as const satisfies RoleConfig;
