/**
 * Escaping for Mermaid source: ids that no phase id can break, and labels that no method text can
 * break out of.
 */

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * A Mermaid state id for an id in a namespace (`p` for phases, `w` for entry checks, …). Kebab-case ids
 * keep a readable form (`p_key_question`); any other id is hex-encoded per UTF-16 unit behind an upper-case
 * `X` (`p_X0041`), which no kebab-case id produces. So two different ids never share a state, and no id
 * can close a statement or name a Mermaid keyword (`end`, `state`, `note`, …).
 */
export function mermaidId(namespace: string, id: string): string {
  if (KEBAB.test(id)) return `${namespace}_${id.replaceAll('-', '_')}`;
  let hex = '';
  for (let i = 0; i < id.length; i++) hex += id.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `${namespace}_X${hex}`;
}

/** Characters a label may hold as they are: letters, digits, spaces and harmless punctuation. */
const SAFE = /[\p{L}\p{M}\p{N} .,'’()/+×·?!–-]/u;

/**
 * A label (state description or transition text) as Mermaid source: line breaks become spaces, and every
 * character outside letters, digits and harmless punctuation becomes a Mermaid entity code (`#34;`), so
 * quotes, colons, braces, `#`, `;` and angle brackets in a method text cannot end the label, start a
 * comment or inject markup.
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ').trim()) out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}
