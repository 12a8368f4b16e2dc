/**
 * The items whose string ends a word, found by walking the word's last letters down a trie of those
 * strings read backwards: a word tries only the suffix rules (or enclitics) it ends with, with no
 * string compared.
 */
import type { MorphologyTables, SuffixRule } from './morphology-tables.js';

/** A trie node: the strings' letters read from their end. */
interface Node<T> {
  next: Map<number, Node<T>>;
  /** Every item whose string the node's letters end with, in the items' order. */
  fits: readonly T[];
}

/** Items by the ends of their strings (`text(item)`); `fits(word)` gives those the word ends with, in the items' order. */
export class EndingIndex<T> {
  private readonly root: Node<T> = { next: new Map(), fits: [] };

  constructor(items: readonly T[], text: (item: T) => string) {
    const paths = new Map<Node<T>, string>([[this.root, '']]);
    for (const item of items) {
      const s = text(item);
      let node = this.root;
      for (let i = s.length - 1; i >= 0; i--) {
        const c = s.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map(), fits: [] };
          paths.set(child, s.slice(i));
          node.next.set(c, child);
        }
        node = child;
      }
    }
    for (const [node, path] of paths) node.fits = items.filter((item) => path.endsWith(text(item)));
  }

  /** The items whose string ends `word`, in the items' order. */
  fits(word: string): readonly T[] {
    let node = this.root;
    for (let i = word.length - 1; i >= 0; i--) {
      const next = node.next.get(word.charCodeAt(i));
      if (next === undefined) break;
      node = next;
    }
    return node.fits;
  }
}

// Tables are read-only data, so each one is indexed once; a WeakMap lets a caller's tables go.
const indexes = new WeakMap<MorphologyTables, EndingIndex<SuffixRule>>();
let lastTables: MorphologyTables | null = null;
let lastIndex: EndingIndex<SuffixRule> | undefined;

/** The rules of `tables` whose suffix ends `word`, in table order (longest suffix first; a subset of `tables.suffixes`). */
export function suffixRulesFor(word: string, tables: MorphologyTables): readonly SuffixRule[] {
  // The tables asked for last, kept apart: nearly every call asks for the bundled ones.
  let index = tables === lastTables ? lastIndex : indexes.get(tables);
  if (index === undefined) indexes.set(tables, (index = new EndingIndex(tables.suffixes, (r) => r.suffix)));
  lastTables = tables;
  lastIndex = index;
  return index.fits(word);
}
