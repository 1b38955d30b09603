/**
 * French word lists for the text validators (tu and vous; France, Belgium, Switzerland, Québec),
 * grouped by grammatical role. Words are in their normalised form: elisions are expanded ("l'" → le,
 * "qu'" → que) and inverted pronouns split off ("peux-tu" → peux tu) before the detectors see them.
 */
import { wordSet } from '../../words.js';

/** Imperatives (tu and vous) that can open an advice sentence ("Parle-lui.", "Gardez une trace."). */
export const FR_IMPERATIVE_VERBS = wordSet(`
parle parlez demande demandez pense pensez prends prenez fais faites va allez vas essaie essaye essayez écris écrivez
note notez garde gardez arrête arrêtez passe passez appelle appelez contacte contactez propose proposez refuse refusez
dis-lui éteins éteignez coupe coupez consigne consignez documente documentez délègue déléguez laisse laissez mets mettez
prévois prévoyez prévois organise organisez planifie planifiez bloque bloquez envoie envoyez accepte acceptez insiste insistez
fixe fixez pose posez change changez quitte quittez repose reposez protège protégez reste restez ose osez profite profitez
exige exigez signale signalez informe informez préviens prévenez vois voyez rencontre rencontrez mise misez commence commencez
arrête-toi confie confiez partage partagez sollicite sollicitez adresse-toi adressez écoute écoutez lâche lâchez respire respirez
dors dormez prends-toi ménage ménagez tiens tenez reprends reprenez rappelle rappelez relance relancez cherche cherchez
trouve trouvez fuis fuyez garde-toi occupe-toi occupez mettez-vous essaie-toi impose imposez recadre recadrez
`);

/** Imperatives that ask the introducer to explain something ("Raconte-nous …", "Décris …"): never advice. */
export const FR_REQUEST_VERBS = wordSet(`
raconte racontez décris décrivez explique expliquez précise précisez développe développez détaille détaillez
imagine imaginez rappelle-nous dis-nous dites-nous reformule reformulez clarifie clarifiez résume résumez
`);

/** Imperatives that are a request when followed by {@link FR_REQUEST_OBJECTS} ("Dis-nous …", "Donne un exemple"). */
export const FR_REQUEST_OBJECT_VERBS = wordSet('dis dites donne donnez montre montrez aide aidez rappelle rappelez parle parlez');

/** Words after a request verb that turn it into a request for information. */
export const FR_REQUEST_OBJECTS = wordSet('nous moi me en ce comment pourquoi quand qui quoi si un une exemple davantage plus');

/** Words skipped at the start of a clause before looking for the verb. */
export const FR_LEAD = wordSet(`
et mais alors donc bon ben bah eh oh ok okay oui non honnêtement franchement sincèrement vraiment simplement juste
peut-être surtout enfin déjà perso personnellement moi sinon aussi puis ensuite d'abord abord tout toujours pis
`);

/** Question words (normalised: "qu'" → que). */
export const FR_WH = wordSet('que quoi qui comment pourquoi quand où combien quel quelle quels quelles lequel laquelle lesquels depuis');

/** Subordinating conjunctions. */
export const FR_SUBORDINATORS = wordSet('si quand lorsque parce puisque comme que pendant avant après bien même');

/** Second-person pronouns (subject and object). */
export const FR_YOU = wordSet('tu vous');

/** Obligation modals in the second person ("tu devrais", "vous devez"). */
export const FR_STRONG_MODALS = wordSet('devrais devriez dois devez aurais auriez');

/** Possibility modals ("tu pourrais", "vous pouvez") — advice only in a statement or a negative question. */
export const FR_WEAK_MODALS = wordSet('pourrais pourriez peux pouvez saurais sauriez');

/** Stative / mental verbs: "pourquoi tu ne te sens pas …" asks, it does not propose. */
export const FR_STATIVE = wordSet(`
sens sentez es êtes as avez sais savez crois croyez penses pensez veux voulez aimes aimez comprends comprenez
trouves trouvez vois voyez arrives arrivez dors dormez
`);

/** Evaluative words in "ne serait-il pas plus simple / le mieux serait / il serait utile de". */
export const FR_EVAL = wordSet(`
mieux préférable simple simples judicieux utile utiles sage bon bonne idée intéressant pertinent important essentiel
indispensable nécessaire efficace possible temps plus
`);

/** Participles for "as-tu essayé / pensé à / envisagé …". */
export const FR_TRIED = wordSet('essayé tenté pensé envisagé songé considéré regardé réfléchi exploré demandé proposé');

/** What a first-person conditional ("je voudrais …") is when it is a request or an opinion, not advice. */
export const FR_JE_NOT_ADVICE = wordSet(`
voudrais aimerais souhaiterais serais dirais demanderais pourrais devrais saurais comprendrais trouverais
croirais penserais imaginerais
`);

/** Practice verbs in "chez nous, on a mis en place …". */
export const FR_PRACTICE_VERBS = wordSet(`
résolu réglé mis instauré introduit organisé fait créé installé lancé adopté testé essayé fixé décidé changé
instaure instaurons met mettons organise organisons fait faisons avait avons a
`);

/** Participles of solving ("résolu", "réglé"). */
export const FR_SOLVE = wordSet('résolu réglé solutionné débloqué changé arrangé aidé marché fonctionné sauvé');

/** Words of empathy: a practice next to them shares a problem, it does not prescribe. */
export const FR_EMPATHY = wordSet('problème problèmes difficulté difficultés même pareil connais connaissons vécu');

/** Other people and bodies (exact words). */
export const FR_OTHERS = wordSet(`
collègue collègues colègue colègues chef cheffe chefs cheffes directeur directrice directeurs directrices direction
hiérarchie supérieur supérieure supérieurs patron patronne patrons responsable responsables manager managers
coordinateur coordinatrice gestionnaire gestionnaires équipe équipes binôme stagiaire stagiaires élève élèves
parent parents famille familles patient patients patiente résident résidents résidente usager usagers client clients
cliente médecin médecins infirmière infirmières infirmier infirmiers enseignant enseignants enseignante enseignantes
professeur professeurs profs prof éducateur éducateurs éducatrice éducatrices secrétariat secrétaire administration
service services département institution établissement entreprise organisation société hôpital clinique école
écoles crèche crèches mairie commune communes canton cantons ministère ministre gouvernement état région province
conseil syndicat syndicats rh drh médiateur doyen doyenne cpas dpj cpe inspection inspecteur inspectrice
politique politiques règlement réforme système budget culture fusion réorganisation restructuration gens personne
tout monde tous autres eux elle elles il ils lui leur leurs voisin voisins partenaire mari femme conjoint fils fille
mère père directions informatique employeur employeurs nouveaux venus remplaçant remplaçante collaborateur
collaboratrice collaborateurs jeunes personnel
`);

/** The introducer's own things: "ma place", "mes limites" are inside the sphere. */
export const FR_SELF_NOUNS = wordSet(`
place année semaines semaine mois début poste limites limite rôle temps énergie colère émotions émotion peur peurs stress doute doutes motivation
confiance patience réaction réactions comportement attitude habitudes posture position carrière développement
besoin besoins valeurs priorités voix compétences décision choix style ton santé équilibre travail métier
charge difficulté tendance envie sentiment sentiments culpabilité frustration organisation préparation désaccord
relation propre manière façon regard distance
`);

/** Causatives: "pousser / amener / obliger / convaincre X à …", "faire + infinitive". */
export const FR_CAUSATIVES = wordSet('pousser amener obliger forcer convaincre contraindre persuader inciter motiver responsabiliser');

/** Verbs that change their object ("changer l'attitude de ma collègue"). */
export const FR_CHANGE_VERBS = wordSet('changer modifier réformer transformer corriger rendre effacer annuler');

/** Verbs of preventing someone else ("empêcher X de …"). */
export const FR_PREVENT_VERBS = wordSet('empêcher dissuader interdire');

/** Words before "que" that make it a purpose clause about someone else ("pour que", "en sorte que"). */
export const FR_ENSURE = wordSet('pour sorte obtenir veiller');

/** Coping verbs: "gérer", "faire face", "réagir" keep a topic inside the sphere. */
export const FR_COPING = wordSet(`
gérer gère réagir réagis accepter accepte vivre vis composer faire rester reste trouver trouve poser pose
exprimer exprime dire aborder aborde annoncer demander préserver préparer adapter retrouver positionner garder
prendre organiser organise supporter arrêter arrête
`);

/** Obligation modals for a third-person subject ("la direction devrait …"). */
export const FR_OBLIGATION = wordSet('devrait devraient doit doivent faudrait faut');
