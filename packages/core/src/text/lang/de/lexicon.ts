/**
 * German word lists for the text validators: general vocabulary grouped by grammatical role
 * (imperative stems, modals, stative verbs, subjects, …). Not phrase lists.
 */
import { wordSet } from '../../words.js';

/** du-imperative forms that can open an imperative sentence ("Sprich mit …", "Schreib alles auf."). */
export const DE_IMPERATIVE_VERBS = wordSet(`
achte acht akzeptiere akzeptier arbeite atme beantrage bedank begrenze begrenz beginne beginn bespreche besprich
besuche besuch beschwer bewirb biete bleib bleibe bring bringe buche buch check delegiere delegier denk denke
dokumentiere dokumentier entschuldige entspann entspanne eskaliere eskalier fang fordere fordre frag frage geh gehe
gib gönn gönne grenz grenze halte halt hol hole hör höre ignoriere ignorier informiere informier investiere kauf
kaufe kläre klär kommuniziere konfrontiere konzentrier konzentriere kündige kündig lade lad lass lasse leg lege
lehne lehn lern lerne lies mach mache melde meld nimm notiere notier nutze nutz organisiere organisier plane plan
probier probiere red rede reduziere reduzier ruf rufe ruh ruhe sag sage schick schicke schalte schreib schreibe
schütze schütz sei setz setze sieh sorg sorge sprich stell stelle steh streich such suche teile teil trau traue
treff triff übe üb überleg überlege unterschreib vereinbare vereinbar verhandle verschieb verschiebe versuch
versuche vertrau vertraue verteile verteil vergiss wähle wähl warte wart wechsel wechsle wende zieh ziehe
hör schreib
`);

/** Imperative verbs that ask for information ("Beschreib …", "Erzähl mal …"). */
export const DE_REQUEST_VERBS = wordSet('beschreib beschreibe schildere schilder erzähl erzähle erläutere erläuter nenn nenne wiederhol');

/** Imperative verbs that are a request when followed by {@link DE_REQUEST_OBJECTS}. */
export const DE_REQUEST_OBJECT_VERBS = wordSet('erklär erkläre zeig zeige gib sag sage hilf lass');

/** Words after a request verb that turn it into a request for information. */
export const DE_REQUEST_OBJECTS = wordSet('uns mir mal noch mehr was wie warum wann wo wer welche ob doch');

/** Words skipped at the start of a clause before looking for the verb. */
export const DE_LEAD = wordSet(`
doch mal einfach bitte halt eben ruhig lieber besser unbedingt erst zuerst dann und also ok okay ja nein na echt
wirklich jetzt nun vor allem ehrlich gesagt auch
`);

/** Question words. */
export const DE_WH = wordSet(
  'was wie warum wieso weshalb wann wo wer wen wem welche welcher welches welchen welchem woran wodurch womit worüber wozu wohin woher wovon wofür wobei worauf worin wonach wovor weswegen wieviel',
);

/** Subordinating conjunctions. */
export const DE_SUBORDINATORS = wordSet('wenn weil ob als dass da während obwohl bevor nachdem bis falls sobald seit damit');

/** Second-person subject pronouns. */
export const DE_YOU = wordSet('du');

/** Subject pronouns after which a sentence-initial verb is a question, not an imperative. */
export const DE_SUBJECT_PRONOUNS = wordSet('du ihr ich wir er');

/** Strong obligation modals ("du solltest / musst …"). */
export const DE_STRONG_MODALS = wordSet('solltest musst müsstest sollst darfst brauchst');

/** Weaker modals ("du könntest / kannst …"). */
export const DE_WEAK_MODALS = wordSet('könntest kannst würdest');

/** Modals that open an inverted (question) clause. */
export const DE_MODALS = wordSet('kannst könntest solltest musst müsstest willst würdest magst möchtest sollst');

/** Stative / mental verbs. */
export const DE_STATIVE = wordSet(`
willst möchtest magst fühlst weißt denkst glaubst findest verstehst bist hast kannst darfst traust sein wissen
fühlen denken finden glauben verstehen haben schläfst schlafen vertraust liebst hasst merkst erkennst traust
`);

/** Evaluative words in "wäre es nicht besser / ist es nicht Zeit …". */
export const DE_EVAL = wordSet(`
besser beste sinnvoll sinnvoller klug klüger gut idee hilfreich einfacher leichter vernünftig vernünftiger zeit
ratsam schlau schlauer wichtig angebracht
`);

/** Participles for "hast du schon versucht / überlegt / daran gedacht …". */
export const DE_TRIED = wordSet('versucht probiert ausprobiert überlegt gedacht nachgedacht erwogen bedacht gezogen');

/** What a first-person "ich würde …" is followed by when it is a request or opinion. */
export const DE_ICH_WUERDE_NOT_ADVICE = wordSet(`
gerne gern wissen verstehen interessieren fragen sagen denken vermuten annehmen hoffen mich mal noch
`);

/** Solution / practice verbs in "bei uns haben wir das … gelöst". */
export const DE_PRACTICE_VERBS = wordSet(`
gelöst lösen lösten geregelt regeln regelten eingeführt führen machen machten gemacht haben hatten nutzen nutzten
benutzen verwenden vereinbart beschlossen entschieden angefangen begonnen aufgehört arbeiten arbeiteten geholfen
half hilft immer
`);

/** Words that show a first-person sentence is empathy, not a solution. */
export const DE_EMPATHY = wordSet('problem probleme schwierigkeiten kenne kennen gleiche dasselbe ähnlich');

/** Other people and bodies (exact words). */
export const DE_OTHERS = wordSet(`
kollege kollegen kollegin kolleginnen chef chefin chefs vorgesetzte vorgesetzter vorgesetzten direktor direktorin
direktion teamleitung leitung leiter leiterin klient klienten klientin kunde kunden kundin patient patienten
patientin eltern schüler schülerin schülerinnen kinder kind lehrer lehrerin lehrkräfte pflegekräfte ärzte arzt
ärztin team teams personal mitarbeiter mitarbeiterin mitarbeitende leute jeder jede niemand jemand andere anderen
sie er ihn ihm ihr ihnen partner familie management vorstand geschäftsführung organisation firma unternehmen
schule krankenhaus klinik abteilung personalabteilung regierung ministerium stadt gemeinde staat politik
gewerkschaft betriebsrat ausschuss kultur teamkultur richtlinie regeln system budget klasse gruppe mentor
mentorin praktikant praktikantin schulleitung stationsleitung heimleitung behörde behörden alle jeder jeden allen umstrukturierung reorganisation fusion
primar primaria oberarzt oberärztin rektor rektorin dekan dekanin pfarrer bürgermeister sachbearbeiter sachbearbeiterin
lehrling lehrlinge lernende azubi azubis vorgänger vorgängerin nachfolger nachfolgerin verwaltung kanzlei
polizei it spital heim bewohner bewohnerin bewohnerinnen nachtdienst frühdienst spätdienst
`);

/** Word endings of compound nouns for other people and bodies ("Stationsleitung", "Personalabteilung"). */
export const DE_OTHER_SUFFIXES: readonly string[] = [
  'leitung',
  'leiter',
  'leiterin',
  'abteilung',
  'kollege',
  'kollegin',
  'kollegen',
  'chef',
  'chefin',
  'direktor',
  'direktorin',
  'vorgesetzte',
  'vorgesetzter',
  'kultur',
  'politik',
  'führung',
  'rat',
  'team',
  'eltern',
  'amt',
  'firma',
  'dienst',
  'verwaltung',
];

/** The introducer's own things. */
export const DE_SELF_NOUNS = wordSet(`
zeit rolle grenze grenzen werte verantwortung anteil ärger wut gefühl gefühle emotionen motivation begeisterung
energie selbstvertrauen geduld reaktion verhalten haltung gewohnheit gewohnheiten ansatz stress sorgen angst
zweifel frustration schuldgefühle platz position karriere entwicklung wachstum frage bedürfnisse wünsche ziele
prioritäten stimme fähigkeiten stärken schwächen beitrag entscheidung stil ton gesundheit balance erreichbarkeit
arbeit job mich selbst ideen
`);

/** Causative verbs: "X dazu bringen / X … machen / X lassen". */
export const DE_CAUSATIVES = wordSet(
  'bringen bringe bringt machen mache macht lassen lasse lässt zwingen kriegen kriege kriegt überzeugen überzeuge überreden überrede',
);

/** Verbs that change their object. */
export const DE_CHANGE_VERBS = wordSet('ändern ändere verändern verändere umkrempeln reformieren');

/** Verbs that introduce a clause about what someone else should do ("dafür sorgen, dass …"). */
export const DE_ENSURE_VERBS = wordSet('sorgen sorge verhindern verhindere erreichen erreiche will möchte schaffe schaffen durchsetzen');

/** Coping verbs. */
export const DE_COPING = wordSet(`
umgehen gehe um umgang reagieren reagiere bleiben bleibe funktionieren bewältigen bewältige akzeptieren aushalten
arbeiten arbeite trenne trennen
`);

/** Obligation modals for a third-person subject ("die Leitung muss …"). */
export const DE_OBLIGATION = wordSet('muss müssen sollte sollten soll sollen müsste müssten');
