import type { LocalizedText } from '../../i18n/localized.js';
import type { MethodConfig } from '../../method/schema.js';

type ChoiceConfig = Extract<MethodConfig['phases'][number], { kind: 'choice' }>;
type ModuleConfig = ChoiceConfig['modules'][number];
type PhaseConfig = ModuleConfig['phases'][number];

/** What differs between the consultation phases of Tietze's modules. */
interface ConsultationSpec {
  id: string;
  name: LocalizedText;
  instructions: LocalizedText;
  kinds: string[];
  minutes: number;
  /** Whether the `no-advice` rule blocks advice in this module (all but the advice-giving ones). */
  noAdvice: boolean;
}

/**
 * A consultation phase of a Tietze module: the consultants and the scribe speak one contribution per
 * turn (nobody twice in a row), the case narrator only listens, and the scribe writes down the ideas.
 */
function consultation(spec: ConsultationSpec): PhaseConfig {
  return {
    id: spec.id,
    kind: 'consultation',
    name: spec.name,
    instructions: spec.instructions,
    speakers: ['peer', 'scribe'],
    contributionKinds: [...spec.kinds, 'note'],
    turnPolicy: 'one-per-turn',
    introducer: 'silent',
    timebox: { minutes: spec.minutes },
    outputs: ['notes'],
    rules: spec.noAdvice ? { 'no-advice': 'block' } : {},
  };
}

/** Tietze's consultation modules (Methodenbausteine), each a sub-sequence of consultation phases. */
export const tietzeModules: ModuleConfig[] = [
  {
    id: 'brainstorming',
    name: { en: 'Brainstorming', nl: 'Brainstormen', de: 'Brainstorming' },
    summary: { en: 'Many ideas, quickly, without judging.', nl: 'Veel ideeën, snel, zonder oordeel.', de: 'Viele Ideen, schnell, ohne Bewertung.' },
    phases: [
      consultation({
        id: 'brainstorming',
        name: { en: 'Brainstorming', nl: 'Brainstormen', de: 'Brainstorming' },
        instructions: {
          en: 'Consultants call out ideas for the key question, one at a time, without judging or discussing them. The scribe writes every idea down.',
          nl: 'De collega’s noemen ideeën bij de kernvraag, één tegelijk, zonder ze te beoordelen of te bespreken. De notulist schrijft elk idee op.',
          de: 'Die Berater nennen Ideen zur Schlüsselfrage, eine nach der anderen, ohne sie zu bewerten oder zu diskutieren. Der Sekretär schreibt jede Idee auf.',
        },
        kinds: ['idea'],
        minutes: 10,
        noAdvice: false,
      }),
    ],
  },
  {
    id: 'reverse-brainstorming',
    name: { en: 'Reverse brainstorming', nl: 'Omgekeerd brainstormen', de: 'Kopfstand-Brainstorming' },
    summary: {
      en: 'First how to make it worse, then turn each idea around.',
      nl: 'Eerst hoe het erger kan, dan elk idee omdraaien.',
      de: 'Erst, wie es schlimmer wird, dann jede Idee umdrehen.',
    },
    phases: [
      consultation({
        id: 'make-it-worse',
        name: { en: 'How could it get worse?', nl: 'Hoe kan het erger?', de: 'Wie wird es schlimmer?' },
        instructions: {
          en: 'Consultants collect ideas for making the situation as bad as possible. The scribe writes them down.',
          nl: 'De collega’s verzamelen ideeën om de situatie zo slecht mogelijk te maken. De notulist schrijft ze op.',
          de: 'Die Berater sammeln Ideen, wie die Situation möglichst schlimm wird. Der Sekretär schreibt sie auf.',
        },
        kinds: ['idea'],
        minutes: 5,
        noAdvice: false,
      }),
      consultation({
        id: 'turn-around',
        name: { en: 'Turn it around', nl: 'Omdraaien', de: 'Umkehren' },
        instructions: {
          en: 'Turn each “make it worse” idea into a constructive one. The scribe writes the new ideas down.',
          nl: 'Maak van elk “erger-maak”-idee een constructief idee. De notulist schrijft de nieuwe ideeën op.',
          de: 'Macht aus jeder „Verschlimmerungs“-Idee eine konstruktive. Der Sekretär schreibt die neuen Ideen auf.',
        },
        kinds: ['idea'],
        minutes: 5,
        noAdvice: false,
      }),
    ],
  },
  {
    id: 'resonance-round',
    name: { en: 'Resonance round', nl: 'Resonantieronde', de: 'Resonanzrunde' },
    summary: { en: 'What the case stirs up in each consultant.', nl: 'Wat de casus bij ieder oproept.', de: 'Was der Fall bei allen auslöst.' },
    phases: [
      consultation({
        id: 'resonance',
        name: { en: 'Resonance round', nl: 'Resonantieronde', de: 'Resonanzrunde' },
        instructions: {
          en: 'Each consultant says what the case stirs up in him or her: feelings, images, impressions. No advice.',
          nl: 'Iedere collega zegt wat de casus bij hem of haar oproept: gevoelens, beelden, indrukken. Geen advies.',
          de: 'Alle Berater sagen, was der Fall in ihnen auslöst: Gefühle, Bilder, Eindrücke. Keine Ratschläge.',
        },
        kinds: ['feeling', 'perception'],
        minutes: 10,
        noAdvice: true,
      }),
    ],
  },
  {
    id: 'good-advice',
    name: { en: 'Good advice', nl: 'Goede raad', de: 'Gute Ratschläge' },
    summary: { en: 'Concrete advice, one piece at a time.', nl: 'Concrete adviezen, één tegelijk.', de: 'Konkrete Ratschläge, einer nach dem anderen.' },
    phases: [
      consultation({
        id: 'good-advice',
        name: { en: 'Good advice', nl: 'Goede raad', de: 'Gute Ratschläge' },
        instructions: {
          en: 'Consultants give concrete advice (“I would …”), one piece at a time. The case narrator listens and decides later what fits.',
          nl: 'De collega’s geven concrete adviezen (“Ik zou …”), één tegelijk. De inbrenger luistert en bepaalt later wat past.',
          de: 'Die Berater geben konkrete Ratschläge („Ich würde …“), einen nach dem anderen. Der Fallerzähler hört zu und entscheidet später, was passt.',
        },
        kinds: ['advice'],
        minutes: 10,
        noAdvice: false,
      }),
    ],
  },
  {
    id: 'hypotheses',
    name: { en: 'Hypotheses', nl: 'Hypothesen', de: 'Hypothesen' },
    summary: { en: 'Possible explanations, not solutions.', nl: 'Mogelijke verklaringen, geen oplossingen.', de: 'Mögliche Erklärungen, keine Lösungen.' },
    phases: [
      consultation({
        id: 'hypotheses',
        name: { en: 'Hypotheses', nl: 'Hypothesen', de: 'Hypothesen' },
        instructions: {
          en: 'Consultants offer hypotheses about what might be going on (“Perhaps …”). No advice.',
          nl: 'De collega’s geven hypothesen over wat er zou kunnen spelen (“Misschien …”). Geen advies.',
          de: 'Die Berater bieten Hypothesen an, was dahinterstecken könnte („Vielleicht …“). Keine Ratschläge.',
        },
        kinds: ['hypothesis'],
        minutes: 10,
        noAdvice: true,
      }),
    ],
  },
  {
    id: 'identification',
    name: { en: 'Identification', nl: 'Identificatie', de: 'Identifikation' },
    summary: { en: 'Speak as one of the people in the case.', nl: 'Spreek als een van de betrokkenen.', de: 'Als eine der beteiligten Personen sprechen.' },
    phases: [
      consultation({
        id: 'identification',
        name: { en: 'Identification', nl: 'Identificatie', de: 'Identifikation' },
        instructions: {
          en: 'Each consultant takes the place of someone in the case and speaks as that person: “I, as …, feel …”. No advice.',
          nl: 'Iedere collega verplaatst zich in iemand uit de casus en spreekt als die persoon: “Ik, als …, voel …”. Geen advies.',
          de: 'Alle Berater versetzen sich in eine Person aus dem Fall und sprechen als diese: „Ich als … fühle …“. Keine Ratschläge.',
        },
        kinds: ['identification', 'feeling'],
        minutes: 10,
        noAdvice: true,
      }),
    ],
  },
];
