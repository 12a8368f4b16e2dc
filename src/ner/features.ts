/**
 * Feature extraction for one sentence: for each token a fixed row of hashed features (0 = absent)
 * from a ±2 window of word attributes, pairs of them, and list matches. `الرئيس عمر البشير`:
 * at `عمر`, `base[-1]=رييس`, `title[-1]=U`, `gazPers[0]=U` …
 */
import * as hashing from './hash.js';
import { PHRASE_LISTS, type PhraseList } from './lists.js';
import { CUE } from './doc-features.js';
import { MATCH, type PhraseTable } from './phrase-table.js';
import * as wordInfo from './word-info.js';
import type { AttrName, WordCache, WordInfo } from './word-info.js';

// Local copies: tsx turns each use of an imported binding into a getter call, too slow per feature.
const { hashString, mix } = hashing;
const { ATTR, EDGE } = wordInfo;

/** Which features a model uses; stored in the model file so that a model and its features agree. */
export interface FeatureTemplates {
  /** `[offset, attribute]`: the attribute of the word at that offset. */
  unigrams: Array<[number, AttrName]>;
  /** `[offset, attribute, offset, attribute]`: two attributes together. */
  pairs: Array<[number, AttrName, number, AttrName]>;
  /** `[offset, list]`: the match code (B/I/L/U) of the word at that offset in that list. */
  phrases: Array<[number, PhraseList]>;
}

// Not `names`: that list was built from the training part, so it marks every training name but only
// the dev names seen in training, and a model leaning on it misses new names (dev F1 68.1 with it, 69.0 without).
const ALL: AttrName[] = ['word', 'norm', 'base', 'stem', 'pro', 'enc', 'p1', 'p2', 'p3', 's1', 's2', 's3', 'bp2', 'bs2', 'bs3', 'shape', 'lex'];
const NEAR: AttrName[] = ['norm', 'base', 'pro', 's2', 'shape', 'lex'];
const FAR: AttrName[] = ['norm', 'base', 'lex'];

/** The templates the shipped model was trained with. */
export const DEFAULT_TEMPLATES: FeatureTemplates = {
  unigrams: [
    ...ALL.map((a): [number, AttrName] => [0, a]),
    ...[-1, 1].flatMap((o) => NEAR.map((a): [number, AttrName] => [o, a])),
    ...[-2, 2].flatMap((o) => FAR.map((a): [number, AttrName] => [o, a])),
    // The stems beside a word, the bases three away, a base's first letters and length: with the two
    // shape pairs below, +2.1 and +1.0 dev F1 in stage 1 (mean of 3 seeds, on two 10% dev blocks).
    [-1, 'stem'],
    [1, 'stem'],
    [-3, 'base'],
    [3, 'base'],
    [0, 'bp3'],
    [0, 'blen'],
  ],
  pairs: [
    [-1, 'base', 0, 'base'],
    [0, 'base', 1, 'base'],
    [-1, 'norm', 0, 'norm'],
    [0, 'norm', 1, 'norm'],
    [-2, 'base', -1, 'base'],
    [1, 'base', 2, 'base'],
    [-1, 'base', 0, 'lex'],
    [0, 'lex', 1, 'base'],
    [-1, 'lex', 0, 'lex'],
    [0, 'lex', 1, 'lex'],
    [0, 'pro', 0, 'lex'],
    // Clitics with the word's shape; the word before with this one's shape (a title before a long unknown word).
    [0, 'pro', 0, 'shape'],
    [-1, 'base', 0, 'shape'],
  ],
  phrases: [-1, 0, 1].flatMap((o) => PHRASE_LISTS.map((l): [number, PhraseList] => [o, l])),
};

/**
 * What an adapted model adds (`rasd adapt`): the word's cluster at four depths and its neighbours'
 * at two, from coarse (`c4`, 16 clusters) to the word's own leaf (`c16`), and the clusters two away.
 */
export const CLUSTER_UNIGRAMS: Array<[number, AttrName]> = [
  [0, 'c4'],
  [0, 'c6'],
  [0, 'c10'],
  [0, 'c16'],
  [-1, 'c6'],
  [1, 'c6'],
  [-1, 'c16'],
  [1, 'c16'],
  // The clusters two words away: +0.7 dev F1 in stage 1 (mean of 3 seeds); pairs of clusters lost 0.6.
  [-2, 'c6'],
  [2, 'c6'],
];

/** `t` with the cluster features of an adapted model. */
export function withClusters(t: FeatureTemplates): FeatureTemplates {
  return { ...t, unigrams: [...t.unigrams, ...CLUSTER_UNIGRAMS] };
}

/** The templates compiled to flat arrays. */
export interface CompiledTemplates {
  /** Features per token (the bias included). */
  width: number;
  uniOff: Int32Array;
  uniAttr: Int32Array;
  uniId: Int32Array;
  pairOff: Int32Array;
  pairAttr: Int32Array;
  pairId: Int32Array;
  phraseOff: Int32Array;
  phraseList: Int32Array;
  phraseId: Int32Array;
}

/** The feature every token has. */
export const BIAS = hashString('bias');
const TITLE = PHRASE_LISTS.indexOf('title');
const ORG_CUE = PHRASE_LISTS.indexOf('orgCue');
const LOC_CUE = PHRASE_LISTS.indexOf('locCue');

const NISBA_AL = wordInfo.attrHash('nisba', 'al');

/** The match code outside the sentence. */
export const EDGE_CODE = 5;

/** Compiles templates; each gets an id hashed from its description. */
export function compileTemplates(t: FeatureTemplates): CompiledTemplates {
  const id = (s: string): number => hashString(s, 0x1234567);
  return {
    width: 1 + t.unigrams.length + t.pairs.length + t.phrases.length,
    uniOff: Int32Array.from(t.unigrams, ([o]) => o),
    uniAttr: Int32Array.from(t.unigrams, ([, a]) => ATTR[a]),
    uniId: Int32Array.from(t.unigrams, ([o, a]) => id(`${a}[${o}]`)),
    pairOff: Int32Array.from(t.pairs.flatMap(([o1, , o2]) => [o1, o2])),
    pairAttr: Int32Array.from(t.pairs.flatMap(([, a1, , a2]) => [ATTR[a1], ATTR[a2]])),
    pairId: Int32Array.from(t.pairs, ([o1, a1, o2, a2]) => id(`${a1}[${o1}]|${a2}[${o2}]`)),
    phraseOff: Int32Array.from(t.phrases, ([o]) => o),
    phraseList: Int32Array.from(t.phrases, ([, l]) => PHRASE_LISTS.indexOf(l)),
    phraseId: Int32Array.from(t.phrases, ([o, l]) => id(`${l}[${o}]`)),
  };
}

/** Extracts features sentence by sentence into reused buffers (see also `SentenceScorer`, which scores without them). */
export class FeatureExtractor {
  private infos: WordInfo[] = [];
  private keys = new Int32Array(64);
  private codes = new Uint8Array(64 * PHRASE_LISTS.length);
  private ends = new Int32Array(64 * PHRASE_LISTS.length);
  private out = new Int32Array(64 * 8);

  constructor(readonly templates: CompiledTemplates, private readonly cache: WordCache, private readonly phrases: PhraseTable) {}

  /**
   * The {@link CUE} bits of each token of the last sentence {@link extract}ed: a title or cue phrase
   * ending just before it, a nisba adjective with the article right after it (`ليون الفرنسي`).
   */
  cues(n: number, out: Uint8Array): void {
    const L = PHRASE_LISTS.length;
    const codes = this.codes;
    const endsHere = (j: number, list: number): boolean => {
      const c = codes[j * L + list]!;
      return c === MATCH.L || c === MATCH.U;
    };
    for (let i = 0; i < n; i++) {
      let bits = 0;
      if (i > 0) {
        if (endsHere(i - 1, TITLE)) bits |= CUE.title;
        if (endsHere(i - 1, ORG_CUE)) bits |= CUE.orgCue;
        if (endsHere(i - 1, LOC_CUE)) bits |= CUE.locCue;
      }
      if (i + 1 < n && this.infos[i + 1]!.attrs[ATTR.nisba] === NISBA_AL) bits |= CUE.nisbaAfter;
      out[i] = bits;
    }
  }

  /** The phrase key of each token of the last sentence {@link extract}ed. */
  get lastKeys(): Int32Array {
    return this.keys;
  }

  /** The word analyses of the last sentence {@link prepare}d. */
  get words(): readonly WordInfo[] {
    return this.infos;
  }

  /** The list match codes of the last sentence {@link prepare}d: `codes[i * PHRASE_LISTS.length + list]`. */
  get matchCodes(): Uint8Array {
    return this.codes;
  }

  /** Analyses a sentence's words and matches the lists over it (what {@link extract} and a {@link SentenceScorer} read). */
  prepare(words: readonly string[]): void {
    const n = words.length;
    const L = PHRASE_LISTS.length;
    if (this.keys.length < n) {
      this.keys = new Int32Array(n * 2);
      this.codes = new Uint8Array(n * 2 * L);
      this.ends = new Int32Array(n * 2 * L);
    }
    const infos = this.infos;
    infos.length = n;
    for (let i = 0; i < n; i++) {
      const info = this.cache.get(words[i]!);
      infos[i] = info;
      this.keys[i] = info.key;
    }
    this.phrases.match(this.keys, n, this.codes, this.ends);
  }

  /** The feature rows of a sentence: `n * width` hashes, row `i` for token `i` (valid until the next call). */
  extract(words: readonly string[]): Int32Array {
    const n = words.length;
    const T = this.templates;
    const W = T.width;
    const L = PHRASE_LISTS.length;
    this.prepare(words);
    if (this.out.length < n * W) this.out = new Int32Array(n * 2 * W);
    const infos = this.infos;
    const codes = this.codes;
    const out = this.out;
    const { uniOff, uniAttr, uniId, pairOff, pairAttr, pairId, phraseOff, phraseList, phraseId } = T;
    for (let i = 0; i < n; i++) {
      let k = i * W;
      out[k++] = BIAS;
      for (let t = 0; t < uniId.length; t++) {
        const j = i + uniOff[t]!;
        const info = j >= 0 && j < n ? infos[j]! : EDGE;
        out[k++] = mix(uniId[t]!, info.attrs[uniAttr[t]!]!);
      }
      for (let t = 0; t < pairId.length; t++) {
        const j1 = i + pairOff[2 * t]!;
        const j2 = i + pairOff[2 * t + 1]!;
        const a = (j1 >= 0 && j1 < n ? infos[j1]! : EDGE).attrs[pairAttr[2 * t]!]!;
        const b = (j2 >= 0 && j2 < n ? infos[j2]! : EDGE).attrs[pairAttr[2 * t + 1]!]!;
        out[k++] = mix(mix(pairId[t]!, a), b);
      }
      for (let t = 0; t < phraseId.length; t++) {
        const j = i + phraseOff[t]!;
        const code = j >= 0 && j < n ? codes[j * L + phraseList[t]!]! : EDGE_CODE;
        out[k++] = code === 0 ? 0 : mix(phraseId[t]!, code);
      }
    }
    return out;
  }
}
