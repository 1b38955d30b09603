/**
 * Dutch word lists for the text validators: general vocabulary grouped by grammatical role
 * (imperative stems, modals, stative verbs, subjects, …). Not phrase lists.
 */
import { wordSet } from '../../words.js';

/** Verb stems that can open an imperative sentence ("Praat met HR.", "Plan een evaluatie in."). */
export const NL_IMPERATIVE_VERBS = wordSet(`
accepteer annuleer bel bedank begin behandel benader bepaal beperk bescherm bespreek besteed betrek blijf blokkeer
bouw breng check controleer creëer deel delegeer denk doe documenteer draag durf eis escaleer evalueer focus ga
geef geniet gebruik haal hanteer hou houd huur informeer installeer investeer kaart kies kijk kom koop laat leer
leg lees let luister maak mail meld negeer neem noteer nodig oefen onderhandel ontspan organiseer overleg overweeg
pak plan praat prioriteer probeer raadpleeg regel reflecteer rust schakel schrap schrijf sluit solliciteer spreek
sta start stel stop stuur teken train trek vertrouw verander verdeel verminder verplaats verwijs verzet volg
vraag wacht waarschuw weiger werk wees wissel zeg zet zoek zorg app escaleer verleg stap vergeet wijs sms benoem
confronteer verstuur
`);

/** Imperative verbs that ask for information ("Beschrijf …", "Vertel eens …"). */
export const NL_REQUEST_VERBS = wordSet('beschrijf omschrijf schets vertel licht verduidelijk noem herhaal');

/** Imperative verbs that are a request when followed by {@link NL_REQUEST_OBJECTS} ("Geef eens een voorbeeld"). */
export const NL_REQUEST_OBJECT_VERBS = wordSet('geef zeg leg neem help laat');

/** Words after a request verb that turn it into a request for information. */
export const NL_REQUEST_OBJECTS = wordSet('ons me mij meer wat hoe waarom wanneer waar wie welke of nog terug dat');

/** Words skipped at the start of a clause before looking for the verb. */
export const NL_LEAD = wordSet(`
gewoon maar eens even dan en toch nou ok oké dus eerst zeker echt alsjeblieft alstublieft daarom wel vooral ook ja
nee hé hee eerlijk gezegd nu vervolgens bovendien gewoonweg simpelweg ten minste tenminste altijd
`);

/** Question words. */
export const NL_WH = wordSet(
  'wat hoe waarom wanneer waar wie welke welk hoeveel waardoor waarmee waarover waaraan hoezo waarvan waarvoor waarop waarin waarnaar hoelang',
);

/** Subordinating conjunctions. */
export const NL_SUBORDINATORS = wordSet('als wanneer omdat of toen terwijl hoewel zodat voordat nadat totdat tenzij zodra sinds dat');

/** Second-person subject pronouns. */
export const NL_YOU = wordSet('je jij u');

/** Subject pronouns after which a sentence-initial verb is a question, not an imperative. */
export const NL_SUBJECT_PRONOUNS = wordSet('je jij jullie ik wij we hij u');

/** Strong obligation modals ("je moet …", "je hoeft niet …"). */
export const NL_STRONG_MODALS = wordSet('moet moeten hoeft');

/** Weaker modals that make a suggestion with an infinitive ("je kunt beter …", "je zou … kunnen"). */
export const NL_WEAK_MODALS = wordSet('kunt kan kun zou mag');

/** Modals that open an inverted (question) clause. */
export const NL_MODALS = wordSet('moet kun kan kunt zou mag wil ga gaat moest kon');

/** Words after "je zou" that make it a suggestion ("je zou eens … moeten"). */
export const NL_ZOU_MARKERS = wordSet('moeten kunnen eens beter best misschien gewoon toch wel');

/** Stative / mental verbs (stems and infinitives). */
export const NL_STATIVE = wordSet(`
wil wilt willen voel voelt voelen vind vindt vinden denk denkt denken weet weten ben bent zijn heb hebt hebben
begrijp begrijpt begrijpen snap snapt snappen durf durft durven hoef hoeft kun kunt kan kunnen mag lijkt lijken
zie ziet zien slaap slaapt slapen vertrouw vertrouwt vertrouwen geloof gelooft geloven mis mist haat herken merk hou houd
`);

/** Evaluative words in "zou het niet beter zijn / is het een idee …". */
export const NL_EVAL = wordSet(`
beter best verstandig verstandiger slim slimmer handig handiger goed idee nuttig zinvol makkelijker wijs wijzer
raadzaam tijd helpen fijner prettiger effectiever belangrijk
`);

/** Participles for "heb je al geprobeerd / overwogen / aan gedacht …". */
export const NL_TRIED = wordSet('geprobeerd overwogen gedacht nagedacht bedacht uitgeprobeerd onderzocht verkend stilgestaan');

/** What a first-person "ik zou …" is followed by when it is a request or opinion. */
export const NL_IK_ZOU_NOT_ADVICE = wordSet('graag willen benieuwd nieuwsgierig weten begrijpen denken hopen verwachten snappen horen');

/** Solution / practice verbs in "bij ons losten we dit op met …". */
export const NL_PRACTICE_VERBS = wordSet(`
opgelost losten lossen lost aangepakt pakten pakken geregeld regelden regelen ingevoerd voerden voeren doen deden
doet hebben hadden gebruiken gebruikten afgesproken spraken spreken besloten kozen kiezen begonnen beginnen
gestart startten gestopt stopten werken werkten werkte hielp helpt geholpen maken maakten gemaakt plannen
plannen organiseren organiseerden altijd
`);

/** Words that show a first-person sentence is empathy, not a solution. */
export const NL_EMPATHY = wordSet('probleem problemen moeite last herken herkenbaar zelfde hetzelfde worstelen');

/** Other people and bodies (exact words). */
export const NL_OTHERS = wordSet(`
collega collega's collegas leidinggevende leidinggevenden manager managers baas bazen directeur directrice directie
teamleider teamleidster teamleiding leiding cliënt cliënten client klant klanten patiënt patiënten ouder ouders
leerling leerlingen student studenten kinderen kind docent docenten leraar leraren juf meester verpleegkundige
verpleegkundigen arts artsen dokter chirurg chirurgen planner team teams personeel medewerker medewerkers mensen
iedereen niemand iemand anderen ze zij hij hem haar hen hun partner familie management bestuur organisatie bedrijf
school ziekenhuis afdeling hr overheid ministerie gemeente raad staat vakbond commissie cultuur teamcultuur beleid
regels systeem begroting budget klas groep mentor coach stagiair stagiaires vrijwilligers buren mijn-collega
minister politiek politici zorgverzekeraar inspectie
`);

/** Word endings of compound nouns for other people and bodies ("teamleider", "afdelingshoofd"). */
export const NL_OTHER_SUFFIXES: readonly string[] = [
  'leider',
  'leiding',
  'directeur',
  'manager',
  'collega',
  "collega's",
  'hoofd',
  'baas',
  'cultuur',
  'beleid',
  'bestuur',
  'afdeling',
  'ouders',
  'leerlingen',
  'kundige',
  'kundigen',
  'arts',
  'artsen',
  'team',
  'regels',
];

/** The introducer's own things. */
export const NL_SELF_NOUNS = wordSet(`
tijd rol grens grenzen waarden verantwoordelijkheid aandeel boosheid woede gevoel gevoelens emoties motivatie
enthousiasme energie zelfvertrouwen geduld reactie gedrag houding gewoonte gewoontes aanpak stress zorgen angst
twijfel frustratie schuldgevoel plek positie loopbaan carrière ontwikkeling groei vraag behoeften wensen doelen
prioriteiten stem vaardigheden kwaliteiten valkuilen bijdrage keuzes keuze besluit stijl toon gezondheid balans
bereikbaarheid werk baan mezelf zelf ideeën
`);

/** Causative verbs (infinitive and finite forms): "X … maken / krijgen / laten / brengen". */
export const NL_CAUSATIVES = wordSet('maken maak maakt krijgen krijg krijgt laten laat dwingen dwing');

/** Verbs that change their object. */
export const NL_CHANGE_VERBS = wordSet('veranderen verander verandert wijzigen wijzig hervormen');

/** Verbs that introduce a clause about what someone else should do ("zorgen dat", "voorkomen dat"). */
export const NL_ENSURE_VERBS = wordSet('zorgen zorg zorgt voorkomen voorkom voorkomt verhinderen verhinder bereiken bereik wil wil wilt willen');

/** Coping verbs. */
export const NL_COPING = wordSet(`
omgaan omgaat ga gaan hanteren hanteer reageren reageer reageert blijven blijf functioneren functioneer overleven
accepteren accepteer houden houd hou werken werk
`);

/** Obligation modals for a third-person subject ("de directie moet …"). */
export const NL_OBLIGATION = wordSet('moet moeten zou zouden hoort horen mag');
