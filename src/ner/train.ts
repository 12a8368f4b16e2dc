/**
 * Trains the tagger: what `npm run train:ner` runs on ANERcorp for the shipped model, and what
 * `rasd adapt` runs again with word clusters learned from the user's corpus. Deterministic: the
 * same sentences and settings give the same model (seeded shuffles).
 *
 * Two stages (src/ner/document.ts): stage 1 tags sentences alone; stage 2 adds what stage 1 said
 * about the same words elsewhere in the document. Stage 2 learns from stage-1 tags of the training
 * sentences made by models that did not see them (jackknifing over `folds` blocks), so that it
 * learns how far to trust stage 1 on new text rather than on text it has memorised.
 */
import { concatCorpora, featurize, sliceCorpus, stackCorpus, type DocInput, type TaggedSentence } from './corpus.js';
import { DOC_FEATURES, docFeatures, type DocTemplates } from './doc-features.js';
import { tagDocument } from './document.js';
import { compileTemplates, DEFAULT_TEMPLATES, FeatureExtractor, withClusters, type FeatureTemplates } from './features.js';
import { LABELS } from './labels.js';
import { buildPhraseTable } from './lists.js';
import type { ModelParts } from './model-file.js';
import { createModel, createStage, DecodeScratch, decodeFeatures, type NerModel, type Stage } from './model.js';
import { trainCrf } from './crf.js';
import { averageWeights, pruneWeights, trainPerceptron, type FeatureCorpus, type PerceptronWeights } from './perceptron.js';
import { scoreTags, type Scores } from './score.js';
import type { WordClusters } from './word-clusters.js';
import { defaultWordResources, WordCache } from './word-info.js';

/** Training settings (the shipped model's are {@link DEFAULT_TRAINING}). */
export interface TrainingOptions {
  epochs: number;
  /** Models averaged per stage, their sentence orders shuffled with seeds 1..N. */
  seeds: number;
  /** Chance that a feature is left out of a sentence's update. */
  dropout: number;
  minCount: number;
  /** Sentences either side that a sentence's document features read. */
  window: number;
  /** Jackknife blocks for stage 2's training tags. */
  folds: number;
  /** 1: the sentence model only; 2: with document features. */
  stages: 1 | 2;
  /** Drops features whose weights are all under this in size, after training (0 keeps all). */
  prune: number;
  /**
   * The learner: the averaged perceptron, or a CRF (crf.ts), measured against it and not kept: its
   * stage-1 dev F1 peaked at 68.2 where one perceptron reaches about 72.
   */
  learner?: 'perceptron' | 'crf';
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 13, seeds: 5, dropout: 0.3, minCount: 1, window: 10, folds: 10, stages: 2, prune: 0.4 };

/** What to train on. */
export interface TrainingData {
  train: readonly TaggedSentence[];
  /** Scored after each epoch and at the end (optional). */
  dev?: readonly TaggedSentence[];
  /** Word clusters (`rasd adapt`): their features join the shipped templates. */
  clusters?: WordClusters | null;
  /** Where the sentences came from, for the model's header. */
  source: string;
  /** Feature templates (default: the shipped ones, with the cluster features when there are clusters). */
  templates?: FeatureTemplates;
}

/** A trained model, its parts for a model file, and its dev scores when there was a dev set. */
export interface TrainedModel {
  model: NerModel;
  parts: ModelParts;
  dev: { stage1: Scores; document: Scores; sentences: Scores } | null;
}

/** `dev micro F1 73.39 (LOC 87.3  MISC 49.7 …)`. */
export function describeScores(s: Scores): string {
  return `dev micro F1 ${s.micro.f1.toFixed(2)} (${Object.entries(s.byType).map(([t, v]) => `${t} ${v.f1.toFixed(1)}`).join('  ')})`;
}

/** Trains a model; `log` hears each epoch's and each fold's progress. */
export function trainModel(data: TrainingData, o: TrainingOptions = DEFAULT_TRAINING, log: (line: string) => void = () => {}): TrainedModel {
  const t0 = performance.now();
  const secs = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const clusters = data.clusters ?? null;
  const templates = data.templates ?? (clusters ? withClusters(DEFAULT_TEMPLATES) : DEFAULT_TEMPLATES);
  const cache = new WordCache(clusters ? { ...defaultWordResources(), clusters } : defaultWordResources());
  const extractor = new FeatureExtractor(compileTemplates(templates), cache, buildPhraseTable(cache));
  const train = data.train;
  const dev = data.dev ?? [];
  const trainDocs: DocInput[] = [];
  const devDocs: DocInput[] = [];
  const trainCorpus = featurize(train, extractor, trainDocs);
  const devCorpus = featurize(dev, extractor, devDocs);
  log(`${train.length} training sentences (${trainCorpus.gold.length} tokens), ${dev.length} dev sentences (${devCorpus.gold.length} tokens)${clusters ? `, ${clusters.size} clustered words` : ''}; features in ${secs()}`);

  const predict = (stage: Stage, corpus: FeatureCorpus): Uint8Array[] => {
    const scratch = new DecodeScratch();
    const out: Uint8Array[] = [];
    for (let s = 0; s + 1 < corpus.starts.length; s++) {
      const n = corpus.starts[s + 1]! - corpus.starts[s]!;
      out.push(decodeFeatures(stage, corpus.feats.subarray(corpus.starts[s]! * corpus.width), n, corpus.width, scratch).slice(0, n));
    }
    return out;
  };
  const score = (predicted: readonly Uint8Array[]): Scores => scoreTags(dev.map((s) => s.tags), predicted.map((p) => Array.from(p, (t) => LABELS[t]!)));
  const trainStage = (label: string, corpus: FeatureCorpus, seeds: readonly number[], devSet?: FeatureCorpus): PerceptronWeights =>
    averageWeights(
      seeds.map((seed) => {
        if (devSet) log(`${label}, seed ${seed}:`);
        const onEpoch = devSet ? (epoch: number, w: PerceptronWeights, note: string): void => log(`  epoch ${String(epoch).padStart(2)}: ${note}; ${describeScores(score(predict(createStage(w), devSet)))}; ${secs()}`) : undefined;
        if (o.learner === 'crf') {
          return trainCrf(corpus, { epochs: o.epochs, seed, minCount: o.minCount, rate: 0.1, l2: 0, onEpoch: onEpoch && ((e, w, ll) => onEpoch(e, w, `log-likelihood ${ll.toFixed(0)}`)) });
        }
        return trainPerceptron(corpus, {
          epochs: o.epochs,
          seed,
          dropout: o.dropout,
          minCount: o.minCount,
          onEpoch: onEpoch && ((epoch, w, mistakes) => onEpoch(epoch, w, `${String(mistakes).padStart(4)} sentences wrong`)),
        });
      }),
    );
  const seeds = Array.from({ length: o.seeds }, (_, i) => i + 1);
  const devOrNot = dev.length ? devCorpus : undefined;

  // Stage 1: sentences alone.
  const stage1 = trainStage('stage 1', trainCorpus, seeds, devOrNot);
  const devTags1 = predict(createStage(stage1), devCorpus);
  const score1 = dev.length ? score(devTags1) : null;
  if (score1) log(`stage 1, mean of ${o.seeds} models: ${describeScores(score1)}`);
  else log(`stage 1, ${o.seeds} models; ${secs()}`);

  // Stage 2: jackknifed stage-1 tags of the training part, then the document features.
  const doc: DocTemplates | null = o.stages === 2 ? { window: o.window, features: [...DOC_FEATURES] } : null;
  let stage2: PerceptronWeights | null = null;
  if (doc) {
    const K = o.folds;
    const cut = train.length;
    const trainTags: Uint8Array[] = [];
    for (let k = 0; k < K; k++) {
      const a = Math.floor((cut * k) / K);
      const b = Math.floor((cut * (k + 1)) / K);
      const rest = concatCorpora([sliceCorpus(trainCorpus, 0, a), sliceCorpus(trainCorpus, b, cut)].filter((c) => c.gold.length > 0));
      trainTags.push(...predict(createStage(trainStage(`fold ${k + 1}`, rest, [100 + k])), sliceCorpus(trainCorpus, a, b)));
      log(`jackknife fold ${k + 1} of ${K}: sentences ${a}–${b - 1} tagged by a model of the other ${K - 1} folds; ${secs()}`);
    }
    const stack = (corpus: FeatureCorpus, docs: readonly DocInput[], tags: readonly Uint8Array[]): FeatureCorpus =>
      stackCorpus(corpus, docFeatures(docs.map((d, i) => ({ ...d, tags: tags[i]! })), doc), doc.features.length);
    stage2 = trainStage('stage 2', stack(trainCorpus, trainDocs, trainTags), seeds, devOrNot && stack(devCorpus, devDocs, devTags1));
  }

  const full = [stage1, ...(stage2 ? [stage2] : [])];
  const stages = o.prune > 0 ? full.map((w) => pruneWeights(w, o.prune)) : full;
  if (o.prune > 0) log(`pruned at ${o.prune}: ${full.map((w) => w.keys.length).join(' + ')} → ${stages.map((w) => w.keys.length).join(' + ')} features`);
  const meta = {
    source: data.source,
    licence: 'CC BY-SA 4.0',
    training: {
      method: `${o.learner === 'crf' ? 'linear-chain CRF (AdaGrad, averaged)' : 'averaged structured perceptron'}, mean of ${o.seeds} seeds${doc ? `; two stages, the second with document features (jackknifed over ${o.folds} folds)` : ''}${clusters ? `; word clusters of ${clusters.size} words` : ''}`,
      ...o,
      trainSentences: train.length,
      devSentences: dev.length,
    } as Record<string, unknown>,
  };
  const model = createModel(meta, templates, doc, stages, clusters);
  let devScores: TrainedModel['dev'] = null;
  if (score1) {
    // Scored through the tagger's own path: the dev set as one document (window ±N), and sentence by sentence.
    const docTags: Uint8Array[] = [];
    tagDocument(model, extractor, dev.map((s) => s.tokens), (_, tags) => docTags.push(tags.slice()));
    const alone = dev.map((s) => {
      let t = new Uint8Array(0);
      tagDocument(model, extractor, [s.tokens], (_, tags) => (t = tags.slice()));
      return t;
    });
    devScores = { stage1: score1, document: score(docTags), sentences: score(alone) };
    meta.training.devMicroF1Stage1 = Number(score1.micro.f1.toFixed(2));
    meta.training.devMicroF1 = Number(devScores.document.micro.f1.toFixed(2));
    meta.training.devMicroF1SentenceAlone = Number(devScores.sentences.micro.f1.toFixed(2));
    log(`final model: ${describeScores(devScores.document)} as one document; ${describeScores(devScores.sentences).replace('dev ', '')} sentence by sentence; ${secs()}`);
  }
  return { model, parts: { meta, templates, doc, stages, clusters }, dev: devScores };
}
