/** The suffix rules grouped by their last letter, so a word tries only the rules that can match its end. */
import type { MorphologyTables, SuffixRule } from './morphology-tables.js';

/** Rules in table order for each last code unit: a word ending in ن tries ان, ين, تان, … but never ات. */
type SuffixIndex = ReadonlyMap<number, readonly SuffixRule[]> | 'all';

const NONE: readonly SuffixRule[] = [];
// Tables are read-only data, so each one is indexed once; a WeakMap lets a caller's tables go.
const indexes = new WeakMap<MorphologyTables, SuffixIndex>();
let lastTables: MorphologyTables | null = null;
let lastIndex: SuffixIndex | undefined;

function build(tables: MorphologyTables): SuffixIndex {
  // An empty suffix matches every word: then no rule can be skipped by its last letter.
  if (tables.suffixes.some((r) => r.suffix === '')) return 'all';
  const byLast = new Map<number, SuffixRule[]>();
  for (const rule of tables.suffixes) {
    const last = rule.suffix.charCodeAt(rule.suffix.length - 1);
    const list = byLast.get(last);
    if (list) list.push(rule);
    else byLast.set(last, [rule]);
  }
  return byLast;
}

/** The rules of `tables` whose suffix may end `word`, in table order (a subset of `tables.suffixes`). */
export function suffixRulesFor(word: string, tables: MorphologyTables): readonly SuffixRule[] {
  // The tables asked for last, kept apart: nearly every call asks for the bundled ones.
  let index = tables === lastTables ? lastIndex : indexes.get(tables);
  if (index === undefined) indexes.set(tables, (index = build(tables)));
  lastTables = tables;
  lastIndex = index;
  if (index === 'all') return tables.suffixes;
  return index.get(word.charCodeAt(word.length - 1)) ?? NONE;
}
