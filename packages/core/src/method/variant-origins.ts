type Loose = Record<string, unknown>;
type Path = (string | number)[];
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Phase and module fields an `update` merges key by key; every other field it replaces whole. */
export const MERGED_FIELDS: ReadonlySet<string> = new Set(['name', 'instructions', 'summary', 'rules', 'kindRoles', 'outputSetters']);

/**
 * Which change of a variant made a part of the merged method: `target` is `['phases', id]` or
 * `['modules', id]`; problems found later under that part point at `changes[change].<field…>`.
 */
export interface Origin {
  /** The section and id of the part. */
  target: readonly [string, string];
  /** Index of the change in `changes`. */
  change: number;
  /** Where in the change the part's fields are (`['set']`, `['with']`, `['setting']`). */
  field: (string | number)[];
  /** `'all'` when the change wrote the whole part; else the fields it wrote (the patch itself). */
  covers: 'all' | Record<string, unknown>;
  /** Leading path parts to drop when pointing into the change (2 for `rules.<id>` → `setting`). */
  skip: number;
}

/** Records that change `change` made (part of) `target`. */
export function setOrigin(origins: Origin[], target: readonly [string, string], change: number, field: Path, covers: unknown, skip = 0): void {
  origins.push({ target, change, field, covers: covers === 'all' ? 'all' : isObject(covers) ? covers : {}, skip });
}

function covered(origin: Origin, rest: Path): boolean {
  if (origin.covers === 'all') return true;
  const [first, second] = rest;
  if (typeof first !== 'string' || !Object.hasOwn(origin.covers, first)) return false;
  const value = origin.covers[first];
  return !MERGED_FIELDS.has(first) || rest.length < 2 || !isObject(value) || (typeof second === 'string' && Object.hasOwn(value, second));
}

const SECTIONS = new Set(['phases', 'modules', 'roles', 'kinds']);
const OWN_ROOT = new Set(['$schema', 'format', 'id', 'version', 'name', 'summary', 'description', 'sources', 'catalog', 'extends', 'changes']);

/**
 * Points a problem found in the merged method at the variant's own text: `phases.questions.timebox`
 * set by `changes[2]` becomes `changes[2].set.timebox`. Returns `undefined` when the variant did
 * not write that part (the problem is in what it inherits).
 */
export function pathInVariant(path: Path, origins: readonly Origin[], variant: Loose): Path | undefined {
  for (let k = path.length - 2; k >= 0; k--) {
    const section = path[k];
    const id = path[k + 1];
    if (typeof section !== 'string' || !SECTIONS.has(section) || typeof id !== 'string') continue;
    const rest = path.slice(k + 2);
    for (let o = origins.length - 1; o >= 0; o--) {
      const origin = origins[o]!;
      if (origin.target[0] === section && origin.target[1] === id && covered(origin, rest))
        return ['changes', origin.change, ...origin.field, ...rest.slice(origin.skip)];
    }
    if (k === 0 && (section === 'roles' || section === 'kinds') && Array.isArray(variant[section])) {
      const item = (variant[section] as unknown[]).find((x) => isObject(x) && x.id === id);
      if (isObject(item) && (rest.length === 0 || (typeof rest[0] === 'string' && Object.hasOwn(item, rest[0])))) return path;
    }
  }
  const head = path[0];
  if (typeof head === 'string' && OWN_ROOT.has(head) && Object.hasOwn(variant, head)) return path;
  return undefined;
}

/**
 * The latest change that touched a phase or module on `path` (without writing the value the path
 * points at), as `['changes', i]`: where to look when a problem comes from combining the change
 * with what the variant inherits.
 */
export function changeTouching(path: Path, origins: readonly Origin[]): Path | undefined {
  for (let o = origins.length - 1; o >= 0; o--) {
    const { target, change } = origins[o]!;
    for (let k = 0; k + 1 < path.length; k++) if (path[k] === target[0] && path[k + 1] === target[1]) return ['changes', change];
  }
  return undefined;
}
