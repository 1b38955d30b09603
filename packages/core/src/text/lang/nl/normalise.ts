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
]);

/** The words a Dutch token stands for, or `undefined` when it stands for itself. */
export function normaliseNl(w: string): readonly string[] | undefined {
  return NL_MAP.get(w);
}
