import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { SourceFile } from './read.js';

/** Where a path points in a file: 1-based line and column. */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/**
 * Finds the line and column a method path points at. List items may be named by index or by id
 * (`phases.questions.speakers[1]`); a path that goes further than the file points at the deepest
 * part that exists (a missing key points at the mapping that lacks it). An unknown key points at
 * the key itself when `atKey` is set; a scalar value, at the value.
 */
export function locate(source: SourceFile, path: readonly (string | number)[], atKey = false): Position {
  let node: unknown = source.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      const key = pair.key as Node;
      offset = key.range?.[0] ?? offset;
      node = pair.value;
      if (!node) break;
      if (!atKey && isScalar(node)) offset = node.range?.[0] ?? offset;
      continue;
    }
    if (isSeq(node)) {
      const item =
        typeof part === 'number'
          ? node.items[part]
          : node.items.find(
              (i) => isMap(i) && i.items.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'id' && isScalar(p.value) && p.value.value === part),
            );
      if (!item) break;
      node = item;
      offset = (item as Node).range?.[0] ?? offset;
      continue;
    }
    break;
  }
  const at = source.lines.linePos(offset);
  return { line: at.line, column: at.col };
}
