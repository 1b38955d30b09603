/**
 * English word lists for the text validators: general vocabulary grouped by grammatical role
 * (verbs that can start an imperative, modals, stative verbs, subjects, …). Not phrase lists.
 */
import { wordSet } from '../../words.js';

/** Base-form action verbs that can open an imperative sentence ("Talk to HR.", "Schedule a meeting."). */
export const EN_IMPERATIVE_VERBS = wordSet(`
accept address adjust agree allow apologise apologize apply approach arrange ask assign attend avoid
be become begin block book bring build buy call cancel change check choose clean clear close coach collect
confront consider consult contact continue create cut decide decline delay delegate demand discuss distance
divide document drop email e-mail encourage end engage enjoy escalate establish evaluate explore file find fire fix
focus follow forget forgive get give go hand handle hire hold ignore implement inform insist install introduce
invest invite involve join keep leave let limit list listen log look make measure meet mention message move
negotiate note notify offer open organise organize pass pause phone pick plan postpone practise practice prepare
present prioritise prioritize propose protect push put quit raise read record reduce refer refuse relax remember
remove report request reserve resign respond rest restructure return review reward rotate run say schedule seek
send set share show sign simplify lean sit skip sleep speak split start stay step stick stop suggest swap switch take talk
tell test text thank think track train transfer treat try turn use visit wait walk warn watch write reply
answer respond contact schedule trust believe speak sleep eat exercise breathe pause celebrate
`);

/** Imperative verbs that ask the introducer to explain something ("Describe …", "Clarify …"): never advice. */
export const EN_REQUEST_VERBS = wordSet(`
describe clarify elaborate expand specify define outline recount summarise summarize sketch illustrate detail paint
recap rephrase repeat picture imagine suppose assume explain
`);

/** Imperative verbs that are a request when followed by {@link EN_REQUEST_OBJECTS} ("Tell us …", "Walk me through …"). */
export const EN_REQUEST_OBJECT_VERBS = wordSet('tell say give show help let remind talk walk take share run fill bring think');

/** Words after a request verb that turn it into a request for information. */
export const EN_REQUEST_OBJECTS = wordSet(`
us me more what how why when where who which whether if again anything something everything back
`);

/** Words skipped at the start of a clause before looking for the verb ("Honestly, just …"). */
export const EN_LEAD = wordSet(`
just simply please maybe perhaps so then and but or well ok okay oh honestly seriously really definitely also first
firstly next now always personally yes yeah no hey frankly basically anyway therefore instead otherwise again still
actually probably certainly absolutely quickly immediately least at sometimes only lol tbh imo imho btw jus fwiw
surely
`);

/** Adverbs that may sit between subject, modal and verb ("you should really just …"). */
export const EN_ADVERBS = wordSet(`
just really also maybe perhaps definitely probably simply certainly still always never then totally absolutely
seriously honestly actually first rather even at least sometimes quickly immediately ever already yet
`);

/** Question words. */
export const EN_WH = wordSet('what how why when where who whom whose which');

/** Finite auxiliaries/modals that open a yes/no question. */
export const EN_AUX = wordSet(`
do does did is are was were am have has had can could will would should shall may might must
`);

/** Subordinating conjunctions: a "you should" after these is a condition, not a suggestion. */
export const EN_SUBORDINATORS = wordSet(`
if when whenever because since as while whilst unless until whether before after although though once where
`);

/** Subject pronouns. */
export const EN_SUBJECT_PRONOUNS = wordSet('i you we they he she');

/** Words that show the sentence-initial "verb" is really a noun subject ("Change is hard."). */
export const EN_NOUN_USE_NEXT = wordSet(`
is are was were has had does did will would can could should 's seems sounds looks makes or of must
`);

/** Stative / mental verbs: "why don't you feel …", "you might feel …" ask or describe, they do not propose. */
export const EN_STATIVE = wordSet(`
feel want like think know believe agree understand remember care trust see mind need seem enjoy love hate wish
mean prefer realise realize expect hope notice be have recognise recognize sense fear worry recall dare sleep
deserve matter belong owe appear sound get
`);

/** Weak possibility modals: "you could / might / may / can …" — advice only with an action verb. */
export const EN_WEAK_MODALS = wordSet('could might may can');

/** What a first-person "I would …" is followed by when it is a request or an opinion, not advice. */
export const EN_I_WOULD_NOT_ADVICE = wordSet(`
like love want be imagine guess think assume suppose wonder appreciate hope say expect feel know understand need
prefer have been also just really personally probably rather find agree worry argue
`);

/** Adjectives after "I would be …" that report a feeling or interest ("I'd be curious"). */
export const EN_BE_FEELINGS = wordSet(`
interested curious keen glad happy grateful surprised shocked sad angry upset worried scared nervous frustrated
furious lost confused tempted afraid concerned pleased thankful annoyed hurt disappointed devastated overwhelmed
`);

/** Evaluative words in "wouldn't it be better / it would be wise / is it an idea …". */
export const EN_EVAL = wordSet(`
better best wise wiser smart smarter easier good idea helpful useful worth sensible simpler healthier effective
fairer kinder advisable important essential crucial key preferable safer quicker faster nicer
`);

/** Verbs for "have you tried / considered / thought of …". */
export const EN_TRIED = wordSet('tried try considered consider thought think explored explore looked look contemplated');

/** Solution / practice verbs in "in my team we solved this by …". */
export const EN_PRACTICE_VERBS = wordSet(`
solved solve fixed fix resolved resolve handled handle tackled tackle introduced introduce implemented implement
started start stopped stop began switched switch moved changed decided agreed made set created use used had
have always do did tried found learned learnt put organised organized arranged dealt work worked helped help
`);

/** Words that show a first-person "we" sentence is empathy, not a solution ("we have that problem too"). */
export const EN_EMPATHY = wordSet('problem problems issue issues same similar struggle struggled recognise recognize');

/**
 * Other people and bodies: the introducer cannot change them directly. Used both for the sphere of
 * influence and to recognise causatives ("make my colleague …").
 */
export const EN_OTHERS = wordSet(`
colleague colleagues coworker coworkers co-worker co-workers manager managers boss bosses director directors
supervisor supervisors lead leads leader leaders teamlead head principal chief ceo cto cfo coo owner owners mentor
client clients customer customers patient patients parent parents student students pupil pupils kid kids child
children teacher teachers nurse nurses doctor doctors surgeon surgeons physician physicians planner planners
scheduler team teams staff ward employee employees people everyone everybody nobody someone somebody anyone others
they them he she him her partner family husband wife management board organisation organization company school
hospital department departments departement hr government ministry council municipality state authorities union
committee executive executives administration leadership culture policy policies rules regulations system budget
reorganisation reorganization restructuring merger cutbacks cuts
class group unit office institution university faculty agency authority inspector inspectorate politicians
minister trainee trainees intern interns junior juniors volunteer volunteers neighbour neighbours relatives
residents users stakeholders vendor supplier contractor developers engineers designer designers coordinator
secretary receptionist assistant assistants caregiver caregivers therapist gp specialist mother father son
daughter friend friends members member colleague's manager's boss's organisation's company's
`);

/** The introducer's own things: "my time / role / anger / values" are inside the sphere. */
export const EN_SELF_NOUNS = wordSet(`
time role limit limits boundary boundaries values responsibility part anger feelings feeling emotions emotion
motivation enthusiasm energy confidence self-confidence patience reaction reactions behaviour behavior attitude
habit habits approach stress worry worries fear fears doubt doubts frustration guilt place position career
development growth learning question needs wishes goals priorities voice skills strengths weaknesses contribution
choices choice decision style tone mindset health wellbeing well-being balance availability expertise conflict
work job own self myself ideas
`);

/** Verbs that make someone else do or become something: "make/get/force X to …". */
export const EN_CAUSATIVES = wordSet('make get force push pressure cause win persuade convince');

/** Verbs that change their object: "change my colleague's attitude". */
export const EN_CHANGE_VERBS = wordSet('change alter fix reform transform correct');

/** Verbs of preventing someone else: "prevent my manager from …", "stop X from …". */
export const EN_PREVENT_VERBS = wordSet('prevent stop keep');

/** Coping verbs: "deal with / cope with / handle / respond to" keep a topic inside the sphere. */
export const EN_COPING = wordSet(`
deal dealing cope coping handle handling respond responding react reacting navigate navigating function
functioning live living survive surviving accept accepting manage managing stay staying keep keeping work working
`);

/** Obligation modals for a third-person subject ("the team should …"). */
export const EN_OBLIGATION = wordSet('should must ought need needs has have shall');
