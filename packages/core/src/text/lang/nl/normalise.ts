/** Dutch normalisation: clitics ("z'n", "'t") and chat spelling ("ff", "gwoon"). */
const NL_MAP: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["z'n", ['zijn']],
  ["m'n", ['mijn']],
  ["d'r", ['haar']],
  ["'t", ['het']],
  ['ff', ['even']],
  ['gwoon', ['gewoon']],
  ['gewon', ['gewoon']],
  ['mischien', ['misschien']],
  ['misschein', ['misschien']],
  ['mn', ['mijn']],
  ['zn', ['zijn']],
  // Flemish and spoken forms, chat abbreviations and typos of cue words
  ['ge', ['je']],
  ['gij', ['jij']],
  ['nie', ['niet']],
  ['ni', ['niet']],
  ['nt', ['niet']],
  ['da', ['dat']],
  ["da's", ['dat', 'is']],
  ['mss', ['misschien']],
  ['miss', ['misschien']],
  ['misch', ['misschien']],
  ['wrm', ['waarom']],
]);

/** The words a Dutch token stands for, or `undefined` when it stands for itself. */
export function normaliseNl(w: string): readonly string[] | undefined {
  return NL_MAP.get(w);
}
