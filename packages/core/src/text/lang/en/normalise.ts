/**
 * English normalisation: contractions with and without apostrophe ("don't", "dont"), chat spelling
 * ("u", "ur"), common typos of the cue words ("shoud", "woud").
 */
const EN_MAP: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['dont', ['do', 'not']],
  ['doesnt', ['does', 'not']],
  ['didnt', ['did', 'not']],
  ['isnt', ['is', 'not']],
  ['arent', ['are', 'not']],
  ['wasnt', ['was', 'not']],
  ['werent', ['were', 'not']],
  ['havent', ['have', 'not']],
  ['hasnt', ['has', 'not']],
  ['hadnt', ['had', 'not']],
  ['wont', ['will', 'not']],
  ['wouldnt', ['would', 'not']],
  ['shouldnt', ['should', 'not']],
  ['couldnt', ['could', 'not']],
  ['cant', ['can', 'not']],
  ['cannot', ['can', 'not']],
  ['mustnt', ['must', 'not']],
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ['im', ['i', 'am']],
  ['ive', ['i', 'have']],
  ['id', ['i', 'would']],
  ['youre', ['you', 'are']],
  ['youve', ['you', 'have']],
  ['youd', ['you', 'would']],
  ['thats', ['that', 'is']],
  ['whats', ['what', 'is']],
  ['u', ['you']],
  ['abt', ['about']],
  ['shud', ['should']],
  ['cud', ['could']],
  ['wud', ['would']],
  ['bc', ['because']],
  ['pls', ['please']],
  ['plz', ['please']],
  ['ya', ['you']],
  ['ur', ['your']],
  ['r', ['are']],
  ['gotta', ['have', 'to']],
  ['wanna', ['want', 'to']],
  ['gonna', ['going', 'to']],
  ['shoulda', ['should', 'have']],
  ['shoud', ['should']],
  ['shuld', ['should']],
  ['sould', ['should']],
  ['shold', ['should']],
  ['shoudl', ['should']],
  ['coud', ['could']],
  ['culd', ['could']],
  ['woud', ['would']],
  ['wuold', ['would']],
  ['wolud', ['would']],
  ['tri', ['try']],
  ['mabye', ['maybe']],
  ['maby', ['maybe']],
  ['considerd', ['considered']],
  ['tryed', ['tried']],
  ['thougt', ['thought']],
  ['coulda', ['could', 'have']],
  ['woulda', ['would', 'have']],
  ["let's", ['let', 'us']],
  ["it's", ['it', 'is']],
  ["that's", ['that', 'is']],
  ["what's", ['what', 'is']],
  ["there's", ['there', 'is']],
  ["he's", ['he', 'is']],
  ["she's", ['she', 'is']],
  ["how's", ['how', 'is']],
  ["who's", ['who', 'is']],
  ["where's", ['where', 'is']],
]);

const EN_SUFFIXES: readonly (readonly [string, string])[] = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am'],
];

/** The words an English token stands for, or `undefined` when it stands for itself. */
export function normaliseEn(w: string): readonly string[] | undefined {
  const mapped = EN_MAP.get(w);
  if (mapped) return mapped;
  if (w.indexOf("'") < 0) return undefined;
  for (const [suffix, repl] of EN_SUFFIXES) {
    if (w.endsWith(suffix) && w.length > suffix.length) {
      let base = w.slice(0, w.length - suffix.length);
      if (suffix === "n't") {
        if (base === 'ca') base = 'can';
        else if (base === 'wo') base = 'will';
        else if (base === 'sha') base = 'shall';
      }
      return [base, repl];
    }
  }
  if (w.endsWith("'s") || w.endsWith("s'")) return [w.slice(0, w.length - 2)];
  return undefined;
}
