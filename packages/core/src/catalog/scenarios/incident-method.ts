import type { Scenario } from '../../scenario/types.js';

/** A realistic incident-method run: five colleagues, one refused disguised advice, a written position round. */
export const incidentMethodScenario: Scenario = {
  methodId: 'incident-method',
  title: {
    en: 'A team lead decides whether to report a colleague who keeps missing night shifts',
    nl: 'Een teamleider beslist of ze een collega meldt die steeds nachtdiensten mist',
    de: 'Eine Teamleiterin entscheidet, ob sie einen Kollegen meldet, der immer wieder Nachtschichten verpasst',
  },
  participants: [
    { id: 'anna', name: 'Anna', role: 'facilitator' },
    { id: 'bram', name: 'Bram', role: 'peer' },
    { id: 'chris', name: 'Chris', role: 'peer' },
    { id: 'dana', name: 'Dana', role: 'peer' },
    { id: 'eva', name: 'Eva', role: 'peer' },
  ],
  steps: [
    { send: { type: 'start', by: 'anna' } },
    {
      send: {
        type: 'propose-topic',
        by: 'eva',
        text: {
          en: 'How do I decide whether to report a colleague who keeps missing night shifts?',
          nl: 'Hoe besluit ik of ik een collega meld die steeds nachtdiensten mist?',
          de: 'Wie entscheide ich, ob ich einen Kollegen melde, der immer wieder Nachtschichten verpasst?',
        },
      },
    },
    {
      send: {
        type: 'propose-topic',
        by: 'bram',
        text: {
          en: 'How do I handle a parent who emails me every evening?',
          nl: 'Hoe ga ik om met een ouder die mij elke avond mailt?',
          de: 'Wie gehe ich mit einem Elternteil um, das mir jeden Abend mailt?',
        },
      },
    },
    {
      send: { type: 'choose-topic', by: 'anna', proposalId: 't-2' },
      note: {
        en: 'Eva’s incident is chosen; she becomes the introducer.',
        nl: 'Eva’s incident wordt gekozen; zij wordt de inbrenger.',
        de: 'Evas Vorfall wird gewählt; sie wird Fallerzählerin.',
      },
    },
    { send: { type: 'advance', by: 'anna' } },
    {
      send: {
        type: 'contribute',
        by: 'eva',
        kind: 'narrative',
        text: {
          en: 'Last month Tom missed three night shifts. Each time he texted an hour before. On Friday my manager asked me whether there were problems in the team, and I had to decide what to say.',
          nl: 'Vorige maand miste Tom drie nachtdiensten. Elke keer appte hij een uur van tevoren. Vrijdag vroeg mijn manager of er problemen in het team waren, en ik moest beslissen wat ik zou zeggen.',
          de: 'Letzten Monat hat Tom drei Nachtschichten verpasst. Jedes Mal schrieb er eine Stunde vorher. Am Freitag fragte mich meine Vorgesetzte, ob es Probleme im Team gibt, und ich musste entscheiden, was ich sage.',
        },
      },
    },
    { send: { type: 'advance', by: 'anna' } },
    {
      send: {
        type: 'contribute',
        by: 'bram',
        kind: 'question',
        text: {
          en: 'What did Tom say was the reason for missing the shifts?',
          nl: 'Welke reden gaf Tom voor het missen van de diensten?',
          de: 'Welchen Grund hat Tom für die verpassten Schichten genannt?',
        },
      },
    },
    {
      send: {
        type: 'answer',
        by: 'eva',
        questionId: 'c-8',
        text: {
          en: 'He said his mother is ill, but nothing more.',
          nl: 'Hij zei dat zijn moeder ziek is, maar verder niets.',
          de: 'Er sagte, seine Mutter sei krank, mehr nicht.',
        },
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'chris',
        kind: 'question',
        text: {
          en: 'Have you considered talking to HR about a flexible schedule for him?',
          nl: 'Heb je er al aan gedacht om met HR te praten over een flexibel rooster voor hem?',
          de: 'Hast du schon daran gedacht, mit der Personalabteilung über flexible Dienstzeiten für ihn zu sprechen?',
        },
      },
      expect: 'rule-violation',
      note: {
        en: 'Advice dressed as a question: the no-advice rule blocks it.',
        nl: 'Advies verpakt als vraag: de regel ‘geen advies’ houdt het tegen.',
        de: 'Ein als Frage verpackter Rat: Die Regel „kein Ratschlag“ hält ihn auf.',
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'chris',
        kind: 'question',
        text: {
          en: 'How did the rest of the team react when Tom did not show up?',
          nl: 'Hoe reageerde de rest van het team toen Tom niet kwam?',
          de: 'Wie hat der Rest des Teams reagiert, als Tom nicht kam?',
        },
      },
    },
    {
      send: {
        type: 'answer',
        by: 'eva',
        questionId: 'c-11',
        text: {
          en: 'Two of them covered for him and are now tired and annoyed.',
          nl: 'Twee van hen vingen het op en zijn nu moe en geïrriteerd.',
          de: 'Zwei haben für ihn übernommen und sind jetzt müde und verärgert.',
        },
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'bram',
        kind: 'question',
        text: { en: 'What happened next?', nl: 'Wat gebeurde er daarna?', de: 'Was ist danach passiert?' },
      },
      expect: 'not-your-turn',
      note: {
        en: 'Round-robin: it is Dana’s turn, not Bram’s.',
        nl: 'Om de beurt: Dana is aan de beurt, niet Bram.',
        de: 'Reihum: Dana ist dran, nicht Bram.',
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'dana',
        kind: 'question',
        text: {
          en: 'What exactly did your manager ask you on Friday?',
          nl: 'Wat vroeg je manager je vrijdag precies?',
          de: 'Was genau hat deine Vorgesetzte dich am Freitag gefragt?',
        },
      },
    },
    {
      send: {
        type: 'answer',
        by: 'eva',
        questionId: 'c-13',
        text: {
          en: 'Whether anyone in the team was struggling.',
          nl: 'Of er iemand in het team het moeilijk had.',
          de: 'Ob jemand im Team Schwierigkeiten hat.',
        },
      },
    },
    { send: { type: 'advance', by: 'anna' } },
    {
      wait: 2,
      note: {
        en: 'The silent check runs out of time and the session moves on by itself.',
        nl: 'De stille check loopt af en de sessie gaat vanzelf verder.',
        de: 'Die stille Prüfung läuft ab, und die Sitzung geht von selbst weiter.',
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'eva',
        kind: 'hypothesis',
        text: {
          en: 'I think I was afraid of getting him into trouble.',
          nl: 'Ik denk dat ik bang was hem in de problemen te brengen.',
          de: 'Ich glaube, ich hatte Angst, ihn in Schwierigkeiten zu bringen.',
        },
      },
      expect: 'introducer-away',
      note: {
        en: 'The introducer is out of the room during the analysis.',
        nl: 'De inbrenger is tijdens de analyse de kamer uit.',
        de: 'Die Fallerzählerin ist während der Analyse nicht im Raum.',
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'bram',
        kind: 'hypothesis',
        text: {
          en: 'Loyalty to Tom and loyalty to the team pull in different directions.',
          nl: 'Loyaliteit aan Tom en aan het team trekken verschillende kanten op.',
          de: 'Loyalität zu Tom und Loyalität zum Team ziehen in verschiedene Richtungen.',
        },
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'dana',
        kind: 'perception',
        text: {
          en: 'The manager’s question was open; Eva could choose how much to say.',
          nl: 'De vraag van de manager was open; Eva kon kiezen hoeveel ze zei.',
          de: 'Die Frage der Vorgesetzten war offen; Eva konnte wählen, wie viel sie sagt.',
        },
      },
    },
    { send: { type: 'advance', by: 'anna' } },
    {
      send: {
        type: 'contribute',
        by: 'bram',
        kind: 'advice',
        text: {
          en: 'I would tell the manager the facts and ask Tom first.',
          nl: 'Ik zou de manager de feiten vertellen en eerst met Tom praten.',
          de: 'Ich würde der Vorgesetzten die Fakten nennen und zuerst mit Tom sprechen.',
        },
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'chris',
        kind: 'advice',
        text: {
          en: 'I would keep it in the team and agree a plan with Tom.',
          nl: 'Ik zou het binnen het team houden en met Tom een plan afspreken.',
          de: 'Ich würde es im Team lassen und mit Tom einen Plan vereinbaren.',
        },
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'dana',
        kind: 'advice',
        text: {
          en: 'I would say the team is under pressure without naming Tom.',
          nl: 'Ik zou zeggen dat het team onder druk staat, zonder Tom te noemen.',
          de: 'Ich würde sagen, dass das Team unter Druck steht, ohne Tom zu nennen.',
        },
      },
    },
    { send: { type: 'advance', by: 'anna' } },
    {
      send: {
        type: 'contribute',
        by: 'bram',
        kind: 'advice',
        text: {
          en: 'In your place I would be open with the manager, after telling Tom.',
          nl: 'In jouw plaats zou ik open zijn naar de manager, nadat ik het Tom verteld heb.',
          de: 'An deiner Stelle wäre ich offen zur Vorgesetzten, nachdem ich es Tom gesagt habe.',
        },
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'chris',
        kind: 'advice',
        text: {
          en: 'I would protect Tom for now and set a deadline.',
          nl: 'Ik zou Tom voorlopig beschermen en een termijn stellen.',
          de: 'Ich würde Tom vorerst schützen und eine Frist setzen.',
        },
      },
    },
    {
      send: {
        type: 'contribute',
        by: 'dana',
        kind: 'advice',
        text: {
          en: 'I would describe the pressure on the team, not Tom.',
          nl: 'Ik zou de druk op het team beschrijven, niet Tom.',
          de: 'Ich würde den Druck auf das Team beschreiben, nicht Tom.',
        },
      },
    },
    { send: { type: 'advance', by: 'anna' } },
    {
      send: {
        type: 'contribute',
        by: 'eva',
        kind: 'reflection',
        text: {
          en: 'I said nothing to my manager. Reading your positions, I see I avoided the conversation with Tom.',
          nl: 'Ik zei niets tegen mijn manager. Nu ik jullie standpunten lees, zie ik dat ik het gesprek met Tom heb vermeden.',
          de: 'Ich habe meiner Vorgesetzten nichts gesagt. Wenn ich eure Standpunkte lese, sehe ich, dass ich dem Gespräch mit Tom ausgewichen bin.',
        },
      },
    },
    {
      send: {
        type: 'add-action',
        by: 'eva',
        text: {
          en: 'Talk with Tom about the missed shifts',
          nl: 'Met Tom praten over de gemiste diensten',
          de: 'Mit Tom über die verpassten Schichten sprechen',
        },
        due: '2026-02-01',
      },
    },
    { send: { type: 'advance', by: 'anna' } },
    {
      send: {
        type: 'evaluate',
        by: 'eva',
        rating: 5,
        text: {
          en: 'The written positions made me honest with myself.',
          nl: 'De opgeschreven standpunten maakten me eerlijk tegenover mezelf.',
          de: 'Die schriftlichen Standpunkte haben mich ehrlich zu mir selbst gemacht.',
        },
      },
    },
    { send: { type: 'evaluate', by: 'bram', rating: 4 } },
    {
      send: { type: 'advance', by: 'anna' },
      note: {
        en: 'The last phase ends: the session is complete.',
        nl: 'De laatste fase eindigt: de sessie is klaar.',
        de: 'Die letzte Phase endet: Die Sitzung ist abgeschlossen.',
      },
    },
  ],
};
