// Scores a stemmer on a conflation set (test/fixtures/stem/conflation.tsv): which word pairs it
// makes meet, against the families that should meet. Pure; used by scripts/eval-stem.ts and the tests.

/** A parsed conflation set: families of words that should meet, and pairs that must not. */
export interface ConflationSet {
  families: Array<{ name: string; words: string[] }>;
  distinct: Array<{ a: string; b: string; why: string }>;
}

/** Parses the TSV, normalising every word with `normalize`; throws on a word in two families. */
export function parseConflationSet(text: string, normalize: (w: string) => string): ConflationSet {
  const set: ConflationSet = { families: [], distinct: [] };
  const owner = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [kind, ...rest] = line.split('\t');
    if (kind === 'family' && rest.length === 2) {
      const name = rest[0]!;
      const words = [...new Set(rest[1]!.split(/\s+/).filter(Boolean).map(normalize))];
      for (const w of words) {
        const prev = owner.get(w);
        if (prev !== undefined && prev !== name) throw new Error(`line ${i + 1}: "${w}" is in families "${prev}" and "${name}"`);
        owner.set(w, name);
      }
      set.families.push({ name, words });
    } else if (kind === 'distinct' && rest.length >= 2) {
      set.distinct.push({ a: normalize(rest[0]!), b: normalize(rest[1]!), why: rest[2] ?? '' });
    } else throw new Error(`line ${i + 1}: expected family<TAB>name<TAB>words or distinct<TAB>a<TAB>b<TAB>why`);
  });
  for (const { a, b } of set.distinct) {
    if (owner.has(a) && owner.get(a) === owner.get(b)) throw new Error(`distinct pair ${a}/${b} is inside family "${owner.get(a)}"`);
  }
  return set;
}

/** Pairwise conflation figures and Paice's under- and overstemming indexes. */
export interface ConflationScore {
  words: number;
  families: number;
  /** Pairs inside a family (should meet). */
  desiredPairs: number;
  /** Pairs whose stems are equal. */
  meetingPairs: number;
  /** Pairs that meet and should. */
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Paice's understemming index UI = unachieved merges / desired merges (= 1 − recall). */
  understemming: number;
  /** Paice's overstemming index OI = wrong merges / desired non-merges. */
  overstemming: number;
  /** `distinct` pairs that met. */
  distinctMet: Array<{ a: string; b: string; stem: string }>;
  /** For reports: each word's stem key. */
  keys: Map<string, string>;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Runs `stemmer` on every word and counts the pairs that meet; `key` folds stems before comparing. */
export function scoreConflation(set: ConflationSet, stemmer: (w: string) => string, key: (s: string) => string = (s) => s): ConflationScore {
  // Words of distinct pairs that no family holds count as families of their own.
  const family = new Map<string, number>();
  set.families.forEach((f, i) => f.words.forEach((w) => family.set(w, i)));
  let next = set.families.length;
  for (const { a, b } of set.distinct) for (const w of [a, b]) if (!family.has(w)) family.set(w, next++);

  const keys = new Map<string, string>();
  const groups = new Map<string, Map<number, number>>(); // stem key → family → count
  for (const [w, f] of family) {
    const k = key(stemmer(w));
    keys.set(w, k);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = new Map()));
    g.set(f, (g.get(f) ?? 0) + 1);
  }
  const sizes = new Map<number, number>();
  for (const f of family.values()) sizes.set(f, (sizes.get(f) ?? 0) + 1);
  let desired = 0;
  for (const n of sizes.values()) desired += pairs(n);
  let meeting = 0;
  let correct = 0;
  for (const g of groups.values()) {
    let n = 0;
    for (const c of g.values()) {
      n += c;
      correct += pairs(c);
    }
    meeting += pairs(n);
  }
  const words = family.size;
  const nonDesired = pairs(words) - desired;
  const precision = meeting ? correct / meeting : 1;
  const recall = desired ? correct / desired : 1;
  return {
    words,
    families: next,
    desiredPairs: desired,
    meetingPairs: meeting,
    correctPairs: correct,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    understemming: desired ? (desired - correct) / desired : 0,
    overstemming: nonDesired ? (meeting - correct) / nonDesired : 0,
    distinctMet: set.distinct.filter(({ a, b }) => keys.get(a) === keys.get(b)).map(({ a, b }) => ({ a, b, stem: keys.get(a)! })),
    keys,
  };
}
