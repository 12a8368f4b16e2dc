/**
 * Word clusters learned from a corpus: counts of neighbours (context-counts.ts) → vectors
 * (word-vectors.ts) → bit paths (bit-paths.ts). The result maps a word's key (its base: clitics off,
 * folded, `وبالرياض` → `رياض`) to its path; the tagger reads the path's prefixes as features.
 */
import { bitPaths } from './bit-paths.js';
import { ContextCounter, type ContextOptions } from './context-counts.js';
import { positivePmi, wordVectors, type VectorOptions } from './word-vectors.js';
import type { PathOptions } from './bit-paths.js';

/** Everything that decides the clusters; stored with them in a model file. */
export type ClusterOptions = ContextOptions & VectorOptions & PathOptions;

/** The defaults `rasd adapt` uses. */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 5,
  maxWords: 60_000,
  contexts: 6_000,
  dims: 100,
  seed: 1,
  minLeaf: 4,
  maxDepth: 16,
  rounds: 8,
};

/** A word key → its bit path. */
export type WordClusters = ReadonlyMap<string, string>;

/** What learning did, for a progress line. */
export interface ClusterReport {
  tokens: number;
  sentences: number;
  words: number;
  /** Milliseconds per step. */
  ms: { counts: number; vectors: number; paths: number };
}

/** Learns clusters from the word keys of a corpus counted into `counter`. */
export function learnClusters(counter: ContextCounter, o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): { clusters: WordClusters; report: ClusterReport } {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return Math.round(ms);
  };
  const matrix = counter.matrix(o);
  positivePmi(matrix);
  const counts = lap();
  const vectors = wordVectors(matrix, o);
  const vectorMs = lap();
  const paths = bitPaths(vectors, matrix.words.length, o);
  const clusters = new Map<string, string>();
  matrix.words.forEach((w, i) => clusters.set(w, paths[i]!));
  return { clusters, report: { tokens: counter.tokens, sentences: counter.sentences, words: matrix.words.length, ms: { counts, vectors: vectorMs, paths: lap() } } };
}

/** Clusters as text, one `path<TAB>word` line each, sorted by path then word. */
export function clustersToLines(c: WordClusters): string[] {
  return [...c].sort(([a, p], [b, q]) => (p < q ? -1 : p > q ? 1 : a < b ? -1 : a > b ? 1 : 0)).map(([w, p]) => `${p}\t${w}`);
}

/** Reads `path<TAB>word` lines; throws RangeError naming the first bad line. */
export function clustersFromLines(lines: readonly string[], name = 'clusters'): WordClusters {
  const out = new Map<string, string>();
  lines.forEach((line, i) => {
    const tab = line.indexOf('\t');
    const path = line.slice(0, tab);
    if (tab < 0 || !/^[01]*$/.test(path) || tab === line.length - 1) throw new RangeError(`${name}: line ${i + 1} is not «path<TAB>word»: ${JSON.stringify(line.slice(0, 60))}`);
    out.set(line.slice(tab + 1), path);
  });
  return out;
}
