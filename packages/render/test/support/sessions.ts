import {
  type Command,
  createManualClock,
  createSession,
  type ManualClock,
  type MethodDefinition,
  methods,
  parseMethod,
  type SendResult,
  type Session,
  type SessionView,
  type Viewer,
} from '@intervision/core';
import { expect } from 'vitest';

/** A text in the three languages. */
type Texts = Readonly<Record<'en' | 'nl' | 'de', string>>;

/** The texts of the scripted generic-four-phase session, per language. */
export const SESSION_TEXTS = {
  topic: {
    en: 'How do I say no to extra projects without letting my team down?',
    nl: 'Hoe zeg ik nee tegen extra projecten zonder mijn team te laten vallen?',
    de: 'Wie lehne ich zusätzliche Projekte ab, ohne mein Team im Stich zu lassen?',
  },
  narrative: {
    en: 'Every month my manager adds a project to my list. I say yes, my team works late, and I feel guilty.',
    nl: 'Elke maand zet mijn manager er een project bij. Ik zeg ja, mijn team werkt over, en ik voel me schuldig.',
    de: 'Jeden Monat setzt mein Vorgesetzter ein Projekt auf meine Liste. Ich sage ja, mein Team macht Überstunden, und ich fühle mich schuldig.',
  },
  question: {
    en: 'What happens inside you when your manager asks?',
    nl: 'Wat gebeurt er in jou als je manager het vraagt?',
    de: 'Was passiert in dir, wenn dein Vorgesetzter fragt?',
  },
  answer: {
    en: 'I feel I have to prove that I can handle it.',
    nl: 'Ik heb het gevoel dat ik moet bewijzen dat ik het aankan.',
    de: 'Ich habe das Gefühl, beweisen zu müssen, dass ich es schaffe.',
  },
  disguised: {
    en: 'Have you thought about asking your manager to prioritise?',
    nl: 'Heb je er al aan gedacht om je manager te vragen prioriteiten te stellen?',
    de: 'Hast du schon daran gedacht, deinen Vorgesetzten zu bitten, Prioritäten zu setzen?',
  },
  advice: {
    en: 'If I were you, I would refuse the next project.',
    nl: 'Als ik jou was, zou ik het volgende project weigeren.',
    de: 'An deiner Stelle würde ich das nächste Projekt ablehnen.',
  },
  closed: {
    en: 'Do you enjoy the projects?',
    nl: 'Vind je de projecten leuk?',
    de: 'Machen dir die Projekte Spaß?',
  },
  problem: {
    en: 'Bea says yes to prove herself, and her team pays the price.',
    nl: 'Bea zegt ja om zichzelf te bewijzen, en haar team betaalt de prijs.',
    de: 'Bea sagt ja, um sich zu beweisen, und ihr Team zahlt den Preis.',
  },
  second: {
    en: 'What would a good week look like for you?',
    nl: 'Hoe ziet een goede week er voor jou uit?',
    de: 'Wie sieht eine gute Woche für dich aus?',
  },
  experience: {
    en: 'I started asking which task I should drop, and the requests became fewer.',
    nl: 'Ik ben gaan vragen welke taak ik moet laten vallen, en de verzoeken werden minder.',
    de: 'Ich habe angefangen zu fragen, welche Aufgabe ich liegen lassen soll, und die Anfragen wurden weniger.',
  },
  idea: {
    en: 'A visible team board showing what is already on the list.',
    nl: 'Een zichtbaar teambord met wat er al op de lijst staat.',
    de: 'Eine sichtbare Teamtafel mit allem, was schon auf der Liste steht.',
  },
  reflection: {
    en: 'My guilt comes from saying yes too fast. I want to ask for a day to think.',
    nl: 'Mijn schuldgevoel komt doordat ik te snel ja zeg. Ik wil om een dag bedenktijd vragen.',
    de: 'Meine Schuldgefühle kommen daher, dass ich zu schnell ja sage. Ich will um einen Tag Bedenkzeit bitten.',
  },
  action: {
    en: 'Ask for one day to think before accepting a new project',
    nl: 'Eén dag bedenktijd vragen voordat ik een nieuw project aanneem',
    de: 'Vor der Zusage zu einem neuen Projekt einen Tag Bedenkzeit erbitten',
  },
  action2: {
    en: 'Put the team board on the wall',
    nl: 'Het teambord aan de muur hangen',
    de: 'Die Teamtafel an die Wand hängen',
  },
  evaluation: {
    en: 'The experiences gave me words I can use.',
    nl: 'De ervaringen gaven me woorden die ik kan gebruiken.',
    de: 'Die Erfahrungen haben mir Worte gegeben, die ich nutzen kann.',
  },
  evaluation2: {
    en: 'Good pace, clear roles.',
    nl: 'Goed tempo, duidelijke rollen.',
    de: 'Gutes Tempo, klare Rollen.',
  },
} satisfies Record<string, Texts>;

/** What to put around every user text and name (for hostile-input runs). */
export interface Wrap {
  /** Wraps a user text. */
  text: (s: string) => string;
  /** Wraps a participant name. */
  name: (s: string) => string;
}

const plainWrap: Wrap = { text: (s) => s, name: (s) => s };

/** A finished session and the outcomes along the way. */
export interface DrivenSession {
  session: Session;
  clock: ManualClock;
}

/**
 * Runs a whole generic-four-phase session through the public API — `createSession`, `send` and a
 * manual clock — to its end: a topic chosen, a timebox that runs out, a question and its answer, advice
 * disguised as a question stopped and let through by the facilitator, plain advice stopped and left
 * stopped, a closed question accepted with a warning, a problem definition, a second clarification
 * round, experiences, a reflection, two actions (one with a due date) and three evaluations. With
 * `abortAfterTopic` the facilitator aborts it with that reason after the narrative instead.
 */
export async function finishedSession(
  lang: 'en' | 'nl' | 'de',
  wrap: Wrap = plainWrap,
  options: { abortAfterTopic?: string; method?: MethodDefinition } = {},
): Promise<DrivenSession> {
  const clock = createManualClock(Date.UTC(2026, 1, 10, 8, 30));
  const t = (key: keyof typeof SESSION_TEXTS) => wrap.text(SESSION_TEXTS[key][lang]);
  const session = await createSession(options.method ?? methods['generic-four-phase']!, {
    sessionId: `golden-${lang}`,
    tenantId: 'acme',
    lang,
    clock,
    participants: [
      { id: 'fay', name: wrap.name('Fay'), role: 'facilitator' },
      { id: 'bea', name: wrap.name('Bea'), role: 'peer' },
      { id: 'ahmed', name: wrap.name('Ahmed'), role: 'peer' },
      { id: 'carl', name: wrap.name('Carl'), role: 'peer' },
      { id: 'dirk', name: wrap.name('Dirk'), role: 'peer' },
    ],
  });
  const send = async (command: Command, expected: 'ok' | 'rule-violation' = 'ok'): Promise<SendResult> => {
    clock.advance(60_000);
    const result = await session.send(command);
    expect(result.ok ? 'ok' : result.code, `${command.type} by ${command.by}: ${result.ok ? '' : result.message}`).toBe(expected);
    return result;
  };
  await send({ type: 'start', by: 'fay' });
  await send({ type: 'propose-topic', by: 'bea', text: t('topic') });
  await send({ type: 'choose-topic', by: 'fay', proposalId: session.getState().proposals[0]!.id });
  await send({ type: 'contribute', by: 'bea', kind: 'narrative', text: t('narrative') });
  if (options.abortAfterTopic !== undefined) {
    await send({ type: 'abort', by: 'fay', reason: options.abortAfterTopic });
    return { session, clock };
  }
  clock.advance(10 * 60_000);
  await session.tick();
  await send({ type: 'advance', by: 'fay' });
  await send({ type: 'contribute', by: 'ahmed', kind: 'question', text: t('question') });
  const questionId = session.getState().contributions.at(-1)!.id;
  await send({ type: 'answer', by: 'bea', questionId, text: t('answer') });
  const blocked = await send({ type: 'contribute', by: 'carl', kind: 'question', text: t('disguised') }, 'rule-violation');
  await send({ type: 'override', by: 'fay', blockedId: blocked.ok ? '' : blocked.blockedId! });
  await send({ type: 'contribute', by: 'carl', kind: 'question', text: t('advice') }, 'rule-violation');
  const warned = await send({ type: 'contribute', by: 'dirk', kind: 'question', text: t('closed') });
  // Hostile markup around the text can change how its language is read; the warning is checked on plain texts.
  if (wrap === plainWrap) expect(warned.findings.length, 'the closed question gets a warning').toBeGreaterThan(0);
  await send({ type: 'set-output', by: 'fay', output: 'problem-definition', text: t('problem') });
  await send({ type: 'repeat', by: 'fay' });
  await send({ type: 'contribute', by: 'dirk', kind: 'question', text: t('second') });
  await send({ type: 'advance', by: 'fay' });
  await send({ type: 'contribute', by: 'ahmed', kind: 'experience', text: t('experience') });
  await send({ type: 'contribute', by: 'dirk', kind: 'idea', text: t('idea') });
  await send({ type: 'advance', by: 'fay' });
  await send({ type: 'contribute', by: 'bea', kind: 'reflection', text: t('reflection') });
  await send({ type: 'add-action', by: 'bea', text: t('action'), due: '2026-03-01' });
  await send({ type: 'add-action', by: 'fay', text: t('action2'), owner: 'dirk' });
  await send({ type: 'evaluate', by: 'bea', rating: 5, text: t('evaluation') });
  await send({ type: 'evaluate', by: 'ahmed', rating: 4 });
  await send({ type: 'evaluate', by: 'carl', text: t('evaluation2') });
  await send({ type: 'advance', by: 'fay' });
  expect(session.getState().status).toBe('ended');
  return { session, clock };
}

/** Everyone who may read a report of {@link finishedSession}: each participant (Fay facilitates) and the audiences. */
export const READERS: readonly Viewer[] = [
  { participantId: 'fay' },
  { participantId: 'bea' },
  { participantId: 'ahmed' },
  { participantId: 'carl' },
  { participantId: 'dirk' },
  { audience: 'report' },
  { audience: 'observer' },
];

/** The facilitator's own view of a {@link finishedSession} (what the facilitator's copy is rendered from). */
export function facilitatorView(session: Session): SessionView {
  return session.viewFor({ participantId: 'fay' });
}

/** The `report` audience's view: the copy to e-mail to everyone. */
export function reportView(session: Session): SessionView {
  return session.viewFor({ audience: 'report' });
}

/** The generic four-phase method with an anonymous experiences round, as a designer would write the variant. */
export function anonymousExperiences(): MethodDefinition {
  const parsed = parseMethod({
    extends: 'generic-four-phase',
    id: 'anonymous-experiences',
    version: '1.0.0',
    name: { en: 'Anonymous experiences', nl: 'Anonieme ervaringen', de: 'Anonyme Erfahrungen' },
    changes: [{ op: 'update', phase: 'experiences', set: { anonymous: true } }],
  });
  if (!parsed.success) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return parsed.method;
}
