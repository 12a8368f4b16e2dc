/**
 * Tagging a document: stage 1 tags each sentence from its own words; stage 2 tags it again with the
 * document features of the sentences around it (src/ner/doc-features.ts). Sentences stream through a
 * window of 2·window + 1, so a long text costs no more memory than that. Both stages' weights sit in
 * one table, so a sentence's features are looked up once (by a {@link SentenceScorer}) and stage 2
 * adds only the document's.
 */
import { viterbi } from './decode.js';
import { DocWindow, type DocSentence } from './doc-features.js';
import type { FeatureExtractor } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { DecodeScratch, type NerModel } from './model.js';
import { SentenceScorer } from './sentence-scorer.js';
import { slideWindow } from './slide-window.js';

const L = LABEL_COUNT;

/** The scorer `tagDocument` needs for `model`: over both stages' joint table, or the one stage's. */
export function scorerFor(model: NerModel, extractor: FeatureExtractor): SentenceScorer {
  return new SentenceScorer(model.joint ?? model.stages[0]!.weights, extractor.templates);
}

/** Tags the sentences of one document in order, calling `emit(s, tags)` for each (tags valid during the call). */
export function tagDocument(
  model: NerModel,
  extractor: FeatureExtractor,
  sentences: ReadonlyArray<readonly string[]>,
  emit: (s: number, tags: Uint8Array) => void,
  scratch = new DecodeScratch(),
  scorer = scorerFor(model, extractor),
): void {
  const [first, second] = model.stages;
  const joint = model.joint;
  if (!model.doc || !second || !joint) {
    sentences.forEach((tokens, s) => {
      const n = tokens.length;
      scratch.ensure(n);
      extractor.prepare(tokens);
      scorer.score(extractor, n, scratch.emit);
      viterbi(scratch.emit, n, first!.transitions, first!.final, scratch.tags, scratch.viterbi);
      emit(s, scratch.tags.subarray(0, n));
    });
    return;
  }
  const win = new DocWindow(model.doc);
  const D = win.width;
  let both = new Float64Array(64 * 2 * L);
  // Stage 2's scores from the sentence's own features, kept until its document is in view.
  const pending: Array<{ emit2: Float64Array; doc: DocSentence } | undefined> = [];
  slideWindow(
    sentences.length,
    model.doc.window,
    (j) => {
      const tokens = sentences[j]!;
      const n = tokens.length;
      scratch.ensure(n);
      if (both.length < n * 2 * L) both = new Float64Array(n * 4 * L);
      extractor.prepare(tokens);
      scorer.score(extractor, n, both);
      const emit1 = scratch.emit;
      const emit2 = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (let y = 0; y < L; y++) {
          emit1[i * L + y] = both[i * 2 * L + y]!;
          emit2[i * L + y] = both[i * 2 * L + L + y]!;
        }
      }
      viterbi(emit1, n, first!.transitions, first!.final, scratch.tags, scratch.viterbi);
      const cues = new Uint8Array(n);
      extractor.cues(n, cues);
      const doc = { keys: extractor.lastKeys.slice(0, n), tags: scratch.tags.slice(0, n), cues };
      pending[j] = { emit2, doc };
      win.update(doc, 1);
    },
    (j) => {
      win.update(pending[j]!.doc, -1);
      pending[j] = undefined;
    },
    (s) => {
      const { emit2, doc } = pending[s]!;
      const n = doc.keys.length;
      scratch.ensure(n);
      if (both.length < n * 2 * L) both = new Float64Array(n * 4 * L);
      joint.score(win.features(doc), n, D, both);
      for (let i = 0; i < n; i++) for (let y = 0; y < L; y++) emit2[i * L + y]! += both[i * 2 * L + L + y]!;
      viterbi(emit2, n, second.transitions, second.final, scratch.tags, scratch.viterbi);
      emit(s, scratch.tags.subarray(0, n));
    },
  );
}
