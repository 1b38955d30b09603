type Path = (string | number)[];
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lists whose items are named by their `id` in paths. */
const ID_LISTS: ReadonlySet<string> = new Set(['phases', 'modules', 'roles', 'kinds']);

/**
 * Rewrites a path of array indexes into one that names phases, modules, roles and kinds by id:
 * `["phases", 2, "speakers", 1]` becomes `["phases", "questions", "speakers", 1]`, printed as
 * `phases.questions.speakers[1]`. An item without an id, or whose id is not unique in its list,
 * keeps its index.
 */
export function idPath(config: unknown, path: readonly (string | number)[]): (string | number)[] {
  const out: Path = [];
  let node: unknown = config;
  let key: string | number | undefined;
  for (const part of path) {
    if (typeof part === 'number' && Array.isArray(node) && typeof key === 'string' && ID_LISTS.has(key)) {
      const item = node[part];
      const id = isObject(item) ? item.id : undefined;
      const unique = typeof id === 'string' && node.filter((x) => isObject(x) && x.id === id).length === 1;
      out.push(unique ? id : part);
    } else out.push(part);
    node =
      Array.isArray(node) && typeof part === 'number'
        ? node[part]
        : isObject(node) && typeof part === 'string' && Object.hasOwn(node, part)
          ? node[part]
          : undefined;
    key = part;
  }
  return out;
}

/**
 * Resolves a path that names list items by id (as {@link idPath} makes) back to array indexes in
 * `doc`, as far as `doc` goes. Returns the indexes and how many parts were found.
 */
export function indexPath(doc: unknown, path: readonly (string | number)[]): { path: (string | number)[]; found: number } {
  const out: Path = [];
  let node: unknown = doc;
  for (const part of path) {
    if (Array.isArray(node)) {
      const at = typeof part === 'number' ? part : node.findIndex((x) => isObject(x) && x.id === part);
      if (at < 0 || at >= node.length) break;
      out.push(at);
      node = node[at];
    } else if (isObject(node) && typeof part === 'string' && Object.hasOwn(node, part)) {
      out.push(part);
      node = node[part];
    } else break;
  }
  return { path: out, found: out.length };
}
