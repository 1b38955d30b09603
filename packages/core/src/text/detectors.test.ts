import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../lang/all.js';
import { detectAdvice } from './advice.js';

/** One sentence per detector that the detector must find (and that names it). */
const FINDS: Readonly<Record<string, string>> = {
  'en.imperative': 'Talk to HR about it.',
  'en.if-i-were-you': "If I were you, I'd look for another job.",
  'en.first-person-would': 'i would just talk to him tomorow',
  'en.explicit-advice': 'My advice: keep a diary of these incidents.',
  'en.modal-suggestion': 'u should tell ur boss',
  'en.have-you-tried': 'Have you tried saying no more often?',
  'en.why-dont-you': 'why dont you just say no?',
  'en.remedy-question': "Wouldn't a weekly check-in with him solve most of this?",
  'en.wouldnt-it-be-better': "Isn't it time you asked for a raise?",
  'en.impersonal-it': 'It would be a good idea to involve the family in the care plan.',
  'en.what-if-you-just': 'What if you simply handed the case back to intake?',
  'en.could-you-not': 'Could you not just delegate some of it?',
  'en.own-experience': 'In my last job we fixed this with a shared calendar.',
  'en.remedy-would-help': 'A short walk might help.',
  'en.rhetorical-remedy': 'What keeps you from simply closing your door in the afternoons?',
  'en.tip': 'The easiest option is to put every request in the ticket system.',
  'en.negative-third-party': "Shouldn't your coordinator be the one who calls the family?",
  'en.np-proposal': 'A weekly check-in with the new hires, maybe?',
  'en.impersonal-directive': 'This should really be put in writing.',
  'en.benefit-conditional': 'If you moved the meeting to Monday, half the stress would go.',
  'en.worked-for-me': 'We had the same problem and a shared inbox did the trick.',
  'en.loose-imperative': 'Have a chat with the night staff first.',
  'en.you-will-want': "You'll want to check the contract before Friday.",
  'en.hypothetical': "What's the worst that could happen if you just told her?",
  'en.tip-label': 'Just an idea: a rota for weekend cover.',
  'en.experience-outcome': 'I swapped shifts back then and that helped a lot.',
  'nl.tip-label': 'Eén tip: altijd de directeur in cc zetten.',
  'nl.experience-outcome': 'Ik heb toen gewoon van dienst geruild en sindsdien is het rustig.',
  'de.tip-label': 'Nur so eine Idee: ein Rotationsplan für die Wochenenden.',
  'de.experience-outcome': 'Ich hab damals einfach den Dienst getauscht und seitdem ist Ruhe.',
  'fr.tip-label': 'Petite astuce : garder une copie de chaque courriel.',
  'fr.experience-outcome': 'L’an dernier, j’ai changé d’horaire et ça m’a beaucoup aidée.',
  'nl.hypothetical': 'Hoe zou het zijn als je haar vóór schooltijd spreekt?',
  'de.hypothetical': 'Manchmal hilft es, vor dem Gespräch alles aufzuschreiben.',
  'fr.hypothetical': 'Qu’est-ce que tu as à perdre, franchement ?',
  'en.rhetorical-negative': "Isn't a transfer the obvious answer?",
  'nl.rhetorical-negative': 'De ouders moeten vandaag nog ingelicht worden.',
  'de.rhetorical-negative': 'Ist das nicht eher ein Job für den Hausmeister als für dich?',
  'fr.rhetorical-negative': 'Les parents doivent être informés aujourd’hui.',
  'nl.bare-infinitive': 'Gewoon nee zeggen.',
  'de.bare-infinitive': 'Urlaub nehmen, echt jetzt.',
  'fr.bare-infinitive': 'Prendre des congés, sérieusement.',
  'en.elliptical-proposal': 'Tough love, maybe?',
  'nl.elliptical-proposal': 'Misschien beginnen met de makkelijkste cliënt op maandagochtend?',
  'de.elliptical-proposal': 'Einen Dolmetscher dazuholen?',
  'fr.elliptical-proposal': 'Un coaching, peut-être ?',
  'en.model': 'a proper handover sheet works wonders tbh',
  'nl.model': 'Een vaste escalatieroute is hier echt goud waard.',
  'de.model': 'Allenfalls wäre ein Gespräch mit der KESB hilfreich.',
  'fr.model': 'franchement une fiche de transmission fait des merveilles',
  'nl.imperative': 'Praat met HR.',
  'nl.could-you-not': 'Kun je niet gewoon minder uren gaan werken?',
  'nl.have-you-tried': 'heb je al geprobeerd de klant te bellen',
  'nl.dont-you-think': 'Denk je niet dat je te streng bent voor jezelf?',
  'nl.why-dont-you': 'Waarom zet je het niet gewoon in de mail?',
  'nl.if-i-were-you': 'Als ik jou was zou ik ontslag nemen.',
  'nl.first-person-would': 'Ik zou het gewoon laten rusten.',
  'nl.explicit-advice': 'Mijn advies: neem een paar dagen vrij.',
  'nl.modal-suggestion': 'Je moet voor jezelf opkomen.',
  'nl.wouldnt-it-be-better': 'Is het geen idee om je uren bij te houden?',
  'nl.what-if-you-just': 'Wat als je de stand-up gewoon afschaft?',
  'nl.own-experience': 'Mij hielp het destijds om een dagboek bij te houden.',
  'nl.remedy-would-help': 'Een vaste pauze zou kunnen helpen.',
  'de.imperative': 'Schreib alles auf.',
  'de.could-you-not': 'Kannst du nicht einfach die Aufgaben abgeben?',
  'de.have-you-tried': 'Hast du schon mal versucht, mit ihr zu reden?',
  'de.dont-you-think': 'Denkst du nicht, dass du zu streng mit dir bist?',
  'de.why-dont-you': 'warum sagst du nicht einfach nein',
  'de.if-i-were-you': 'An deiner Stelle würde ich kündigen.',
  'de.first-person-would': 'Ich würde es einfach ruhen lassen.',
  'de.explicit-advice': 'Am besten sprichst du zuerst mit ihm.',
  'de.modal-suggestion': 'Du musst dir Hilfe holen.',
  'de.wouldnt-it-be-better': 'Wäre es nicht besser, das Projekt abzugeben?',
  'de.what-if-you-just': 'Was wäre, wenn du ihn einfach mal auf einen Kaffee einlädst?',
  'de.own-experience': 'Mir hat es damals geholfen, ein Tagebuch zu führen.',
  'de.remedy-would-help': 'Ein fester Termin könnte helfen.',
  'fr.imperative': 'Ne reste pas seule avec ça.',
  'fr.modal-suggestion': 'Tu devrais en toucher un mot à ton chef de service.',
  'fr.could-you-not': 'Ne pourrais-tu pas lui en parler directement ?',
  'fr.have-you-tried': 'Avez-vous envisagé une rupture conventionnelle ?',
  'fr.why-dont-you': 'Et pourquoi pas un congé sabbatique ?',
  'fr.why-not-inverted': 'Pourquoi tu lui dis pas tout bonnement que t’es débordée ?',
  'fr.if-i-were-you': 'À ta place, je demanderais un entretien à trois avec la coordinatrice.',
  'fr.first-person-would': 'Honnêtement, j’en parlerais avec ta gestionnaire dès lundi.',
  'fr.explicit-advice': 'Le mieux serait de revoir la répartition des dossiers.',
  'fr.wouldnt-it-be-better': 'Ne serait-il pas plus simple de tout remettre à plat ?',
  'fr.what-if-you-just': 'Et si tu confiais la coordination du projet à Nadia ?',
  'fr.proposal-question': 'Une médiation, peut-être ?',
  'fr.own-experience': 'Chez nous, on a résolu ça en instaurant une rotation des permanences.',
  'fr.remedy-would-help': 'Un coaching individuel pourrait vraiment t’aider à y voir plus clair.',
  'en.others-obligation': 'Honestly, the hotel ought to pay for your taxi after a late shift.',
  'nl.others-obligation': 'Eerlijk gezegd zou het hotel je taxi na een late dienst moeten betalen.',
  'de.others-obligation': 'Eigentlich müsste das die Teamleitung machen und nicht du.',
  'fr.others-obligation': 'Franchement, c’est la direction qui devrait payer ton taxi.',
  'en.cue-phrase': 'Nothing beats a proper handover sheet.',
  'nl.cue-phrase': 'Wat houdt je tegen om gewoon een dag thuis te werken?',
  'de.cue-phrase': 'Faustregel: nie eine Mail schreiben, wenn du wütend bist.',
  'fr.cue-phrase': 'Rien ne vaut un planning affiché sur la porte.',
  'en.benefit-consequent': 'If the temp took the phones, you would have your mornings back.',
  'nl.benefit-consequent': 'Als je de telefoon ’s ochtends omleidt, heb je eindelijk rust voor de visite.',
  'de.benefit-consequent': 'Würdest du die Termine bündeln, hättest du nachmittags mehr Luft.',
  'fr.benefit-consequent': 'Si la stagiaire prenait les appels, tu aurais moins de stress.',
};

/** Genuine clarifying questions that no detector of the language may flag. */
const CLEAN: Readonly<Record<string, readonly string[]>> = {
  en: ['What did your manager say when you raised it?', 'Could you tell us more about the team?', 'How did you feel afterwards?'],
  nl: ['Wat zei je leidinggevende toen je het aankaartte?', 'Kun je iets meer vertellen over het team?', 'Hoe voelde je je daarna?'],
  de: ['Was hat deine Chefin gesagt, als du es angesprochen hast?', 'Kannst du mehr über das Team erzählen?', 'Wie hast du dich danach gefühlt?'],
  fr: ['Qu’a dit ta cheffe quand tu as abordé le sujet ?', 'Peux-tu nous en dire plus sur l’équipe ?', 'Comment t’es-tu sentie après ?'],
};

describe('advice detectors, one by one', () => {
  for (const [lang, pack] of Object.entries(BUILTIN_PACKS)) {
    for (const d of pack.advice) {
      it(`${d.id} finds its pattern and names itself`, () => {
        const text = FINDS[d.id];
        expect(text, `no example for ${d.id}`).toBeDefined();
        const r = detectAdvice(text!, { lang });
        expect(r.isAdvice).toBe(true);
        expect(r.reasons.map((x) => x.detector)).toContain(d.id);
      });
    }
    it(`${lang}: no detector fires on genuine clarifying questions`, () => {
      for (const q of CLEAN[lang]!) expect(detectAdvice(q, { lang }).reasons, q).toEqual([]);
    });
  }
});
