/**
 * The suffix rules a word's end fits, found by walking its last letters down a trie of the suffixes
 * read backwards: a word tries only the rules whose suffix it ends with, with no string compared.
 */
import type { MorphologyTables, SuffixRule } from './morphology-tables.js';

/** A trie node: the suffixes' letters read from their end. */
interface Node {
  next: Map<number, Node>;
  /** Every rule whose suffix the node's letters end with, in table order (longest suffix first). */
  fits: readonly SuffixRule[];
}

// Tables are read-only data, so each one is indexed once; a WeakMap lets a caller's tables go.
const indexes = new WeakMap<MorphologyTables, Node>();
let lastTables: MorphologyTables | null = null;
let lastIndex: Node | undefined;

function build(tables: MorphologyTables): Node {
  const paths = new Map<Node, string>();
  const root: Node = { next: new Map(), fits: [] };
  paths.set(root, '');
  for (const rule of tables.suffixes) {
    let node = root;
    for (let i = rule.suffix.length - 1; i >= 0; i--) {
      const c = rule.suffix.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), fits: [] };
        paths.set(child, rule.suffix.slice(i));
        node.next.set(c, child);
      }
      node = child;
    }
  }
  for (const [node, path] of paths) node.fits = tables.suffixes.filter((r) => path.endsWith(r.suffix));
  return root;
}

/** The rules of `tables` whose suffix ends `word`, in table order (a subset of `tables.suffixes`). */
export function suffixRulesFor(word: string, tables: MorphologyTables): readonly SuffixRule[] {
  // The tables asked for last, kept apart: nearly every call asks for the bundled ones.
  let root = tables === lastTables ? lastIndex : indexes.get(tables);
  if (root === undefined) indexes.set(tables, (root = build(tables)));
  lastTables = tables;
  lastIndex = root;
  let node: Node = root;
  for (let i = word.length - 1; i >= 0; i--) {
    const next: Node | undefined = node.next.get(word.charCodeAt(i));
    if (next === undefined) break;
    node = next;
  }
  return node.fits;
}
