/** A tagged corpus turned into feature rows for training and evaluation, and cut or joined by sentences. */
import type { DocSentence } from './doc-features.js';
import type { FeatureExtractor } from './features.js';
import { ALLOWED, LABEL_COUNT, labelIndex } from './labels.js';
import type { FeatureCorpus } from './perceptron.js';

/** Sentences with gold tags. */
export interface TaggedSentence {
  tokens: readonly string[];
  tags: readonly string[];
}

/** What the document stage needs of a sentence besides its first-stage tags. */
export type DocInput = Omit<DocSentence, 'tags'>;

/**
 * Extracts every sentence's features into one flat corpus; an unknown tag counts as O, an I- that
 * cannot continue as B-. When `docs` is given, each sentence's keys and cue bits are pushed onto it.
 */
export function featurize(sentences: readonly TaggedSentence[], extractor: FeatureExtractor, docs?: DocInput[]): FeatureCorpus {
  const width = extractor.templates.width;
  let total = 0;
  for (const s of sentences) total += s.tokens.length;
  const feats = new Int32Array(total * width);
  const gold = new Uint8Array(total);
  const starts = new Int32Array(sentences.length + 1);
  let t = 0;
  sentences.forEach((s, i) => {
    starts[i] = t;
    const n = s.tokens.length;
    if (n) feats.set(extractor.extract(s.tokens).subarray(0, n * width), t * width);
    if (docs) {
      const cues = new Uint8Array(n);
      extractor.cues(n, cues);
      docs.push({ keys: extractor.lastKeys.slice(0, n), cues });
    }
    for (let k = 0; k < n; k++) {
      let y = Math.max(0, labelIndex(s.tags[k]!));
      // An I- that cannot continue (after O or another type) begins its entity, as conlleval reads it.
      if (!ALLOWED[(k === 0 ? LABEL_COUNT : gold[t + k - 1]!) * LABEL_COUNT + y]) y -= 1;
      gold[t + k] = y;
    }
    t += n;
  });
  starts[sentences.length] = t;
  return { width, feats, gold, starts };
}

/** Sentences `[a, b)` of a corpus (views, not copies). */
export function sliceCorpus(c: FeatureCorpus, a: number, b: number): FeatureCorpus {
  const from = c.starts[a]!;
  const to = c.starts[b]!;
  return { width: c.width, feats: c.feats.subarray(from * c.width, to * c.width), gold: c.gold.subarray(from, to), starts: c.starts.slice(a, b + 1).map((x) => x - from) };
}

/** Corpora of one width, one after another. */
export function concatCorpora(parts: readonly FeatureCorpus[]): FeatureCorpus {
  if (!parts.length) throw new RangeError('concatCorpora: no corpora');
  const width = parts[0]!.width;
  if (parts.some((p) => p.width !== width)) throw new RangeError(`concatCorpora: widths differ (${parts.map((p) => p.width).join(', ')})`);
  const feats = new Int32Array(parts.reduce((n, p) => n + p.feats.length, 0));
  const gold = new Uint8Array(parts.reduce((n, p) => n + p.gold.length, 0));
  const starts = new Int32Array(parts.reduce((n, p) => n + p.starts.length - 1, 0) + 1);
  let t = 0;
  let s = 0;
  for (const p of parts) {
    feats.set(p.feats, t * width);
    gold.set(p.gold, t);
    for (let i = 0; i + 1 < p.starts.length; i++) starts[s++] = p.starts[i]! + t;
    t += p.gold.length;
  }
  starts[s] = t;
  return { width, feats, gold, starts };
}

/** A corpus with `docWidth` more features per token: `rows[s]` holds sentence `s`'s, `n * docWidth` of them. */
export function stackCorpus(c: FeatureCorpus, rows: readonly Int32Array[], docWidth: number): FeatureCorpus {
  const W1 = c.width;
  const W = W1 + docWidth;
  const feats = new Int32Array(c.gold.length * W);
  for (let s = 0; s + 1 < c.starts.length; s++) {
    const r = rows[s]!;
    for (let t = c.starts[s]!, i = 0; t < c.starts[s + 1]!; t++, i++) {
      feats.set(c.feats.subarray(t * W1, (t + 1) * W1), t * W);
      feats.set(r.subarray(i * docWidth, (i + 1) * docWidth), t * W + W1);
    }
  }
  return { width: W, feats, gold: c.gold, starts: c.starts };
}
