/**
 * `rasd adapt`: the tagger learns from the user's own corpus. Word clusters are learned from the
 * user's articles together with the tagger's training sentences (word-clusters.ts), then the
 * tagger is trained again on ANERcorp with the clusters as features (train.ts): a name the
 * training data never had («الحوثيين» in 2015 news) shares a cluster with names it had.
 */
import type { TaggedSentence } from './corpus.js';
import { ContextCounter } from './context-counts.js';
import { rawSentences } from './raw-tokens.js';
import { DEFAULT_TRAINING, trainModel, type TrainedModel, type TrainingOptions } from './train.js';
import { readTrainingSentences } from './training-data.js';
import { DEFAULT_CLUSTER_OPTIONS, learnClusters, type ClusterOptions, type ClusterReport } from './word-clusters.js';
import { baseOf, defaultWordResources } from './word-info.js';

/**
 * Tokens counted at most: 60 million, about a hundred days of a large monitor's news, take about 240
 * MB of counts; clusters of the most frequent words settle long before.
 */
export const MAX_ADAPT_TOKENS = 60_000_000;

/** The user's corpus, text by text, counted as it comes (memory grows with its tokens, not its text). */
export class AdaptCorpus {
  readonly counter = new ContextCounter();
  private readonly keys = new Map<string, string>();
  texts = 0;
  /** Texts left out once `maxTokens` were counted. */
  skipped = 0;

  constructor(readonly maxTokens = MAX_ADAPT_TOKENS) {}

  /** Adds one text (a headline, a paragraph, an article's body); once `maxTokens` are counted, texts are only counted as skipped. */
  addText(text: string): void {
    if (this.counter.tokens >= this.maxTokens) {
      this.skipped++;
      return;
    }
    this.texts++;
    for (const sentence of rawSentences(text)) this.addTokens(sentence.map((t) => t.text));
  }

  /** Adds one sentence already split into tokens. */
  addTokens(tokens: readonly string[]): void {
    this.counter.add(tokens.map((w) => this.key(w)));
  }

  private key(word: string): string {
    let k = this.keys.get(word);
    if (k === undefined) {
      // Word types keep coming on a large corpus; the cache is cleared rather than grown without bound.
      if (this.keys.size >= 500_000) this.keys.clear();
      k = baseOf(word, defaultWordResources());
      this.keys.set(word, k);
    }
    return k;
  }
}

/** How to adapt. */
export interface AdaptOptions {
  clusters?: Partial<ClusterOptions>;
  training?: Partial<TrainingOptions>;
  /**
   * Keep the last tenth of the training sentences out of training and score the model on them
   * (what `eval:ner` reports); by default every sentence trains.
   */
  dev?: boolean;
  /** The training sentences (default: the shipped ANERcorp training part). */
  sentences?: readonly TaggedSentence[];
}

/** An adapted model and what went into it. */
export interface AdaptedModel extends TrainedModel {
  clusterReport: ClusterReport;
}

/** Learns clusters from `corpus` and the training sentences, then trains the tagger with them. */
export function adaptModel(corpus: AdaptCorpus, o: AdaptOptions = {}, log: (line: string) => void = () => {}): AdaptedModel {
  const sentences = o.sentences ?? readTrainingSentences();
  const cut = o.dev ? Math.floor(sentences.length * 0.9) : sentences.length;
  // The training sentences join the corpus, so that their words have clusters too.
  for (const s of sentences.slice(0, cut)) corpus.addTokens(s.tokens);
  const { clusters, report } = learnClusters(corpus.counter, { ...DEFAULT_CLUSTER_OPTIONS, ...o.clusters });
  log(`word clusters: ${report.words.toLocaleString('en')} words from ${report.tokens.toLocaleString('en')} tokens (${corpus.texts.toLocaleString('en')} texts and ${cut.toLocaleString('en')} training sentences) in ${((report.ms.counts + report.ms.vectors + report.ms.paths) / 1000).toFixed(1)} s`);
  const trained = trainModel(
    {
      train: sentences.slice(0, cut),
      dev: o.dev ? sentences.slice(cut) : undefined,
      clusters,
      source: `ANERcorp (Benajiba, Rosso and Benedí 2007), training part of the CAMeL Lab split, ${o.dev ? 'first 90% of sentences' : 'all sentences'}; ANERGazet; word clusters learned from ${corpus.texts} of the user's texts`,
    },
    { ...DEFAULT_TRAINING, ...o.training },
    log,
  );
  return { ...trained, clusterReport: report };
}

/** The attribution lines of an adapted model file. */
export const ADAPTED_MODEL_COMMENTS: readonly string[] = [
  'Rasd named-entity tagger, adapted (rasd adapt): averaged structured perceptrons in two stages, with',
  "word clusters learned from the user's own articles as features. Read by src/ner/model-file.ts.",
  'Trained on ANERcorp (Yassine Benajiba, Paolo Rosso and José Miguel Benedí 2007), the training part',
  'of the CAMeL Lab split, with ANERGazet as features. Licence: CC BY-SA 4.0; this model is derived',
  "from ANERcorp and is shared under CC BY-SA 4.0 with that attribution. Its clusters come from the user's",
  'articles, and are theirs to share or not.',
];
