/** Entity-level scoring the way conlleval does it: an entity counts only if its type and both ends match. */

/** One entity found in a tag sequence: tokens `[start, end)` of a type. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/** Precision, recall and F1 (percentages) with the counts behind them. */
export interface PRF {
  correct: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Per-type and micro-averaged scores, plus token accuracy. */
export interface Scores {
  byType: Record<string, PRF>;
  micro: PRF;
  tokens: number;
  accuracy: number;
}

const split = (tag: string): [string, string] => {
  if (tag === 'O' || tag === '') return ['O', ''];
  const dash = tag.indexOf('-');
  return dash < 0 ? [tag, ''] : [tag.slice(0, dash), tag.slice(dash + 1)];
};

/**
 * The entities of a BIO tag sequence, as conlleval reads them: a chunk starts at B-X, and also at
 * an I-X after O or after a tag of another type (`O I-LOC` is a LOC); it ends before O, B- or a
 * type change. The sentence end ends a chunk.
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const [prefix, type] = split(tags[i]!);
    const starts = prefix === 'B' || prefix === 'S' || (prefix !== 'O' && (open === null || open.type !== type));
    if (open && (prefix === 'O' || starts)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (starts) open = { type, start: i, end: -1 };
    if (open && (prefix === 'E' || prefix === 'S')) {
      open.end = i + 1;
      out.push(open);
      open = null;
    }
  }
  if (open) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}

const prf = (correct: number, predicted: number, gold: number): PRF => {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  return { correct, predicted, gold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Scores predicted tag sequences against gold ones, sentence by sentence (same lengths). */
export function scoreTags(gold: ReadonlyArray<readonly string[]>, predicted: ReadonlyArray<readonly string[]>): Scores {
  if (gold.length !== predicted.length) throw new RangeError(`scoreTags: ${gold.length} gold sentences but ${predicted.length} predicted`);
  const counts = new Map<string, [number, number, number]>();
  const count = (type: string): [number, number, number] => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = [0, 0, 0]));
    return c;
  };
  let tokens = 0;
  let same = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = predicted[s]!;
    if (g.length !== p.length) throw new RangeError(`scoreTags: sentence ${s} has ${g.length} gold tags but ${p.length} predicted`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) same++;
    const gc = chunks(g);
    const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;
    const goldKeys = new Set(gc.map(key));
    for (const c of gc) count(c.type)[2]++;
    for (const c of chunks(p)) {
      const k = count(c.type);
      k[1]++;
      if (goldKeys.has(key(c))) k[0]++;
    }
  }
  const byType: Record<string, PRF> = {};
  let [c0, p0, g0] = [0, 0, 0];
  for (const type of [...counts.keys()].sort()) {
    const [c, p, g] = counts.get(type)!;
    byType[type] = prf(c, p, g);
    c0 += c;
    p0 += p;
    g0 += g;
  }
  return { byType, micro: prf(c0, p0, g0), tokens, accuracy: tokens ? (100 * same) / tokens : 0 };
}
