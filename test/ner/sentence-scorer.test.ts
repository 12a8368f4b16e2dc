import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileTemplates, FeatureExtractor } from '../../src/ner/features.js';
import { LABEL_COUNT } from '../../src/ner/labels.js';
import { buildPhraseTable } from '../../src/ner/lists.js';
import { SentenceScorer } from '../../src/ner/sentence-scorer.js';
import { loadTagger } from '../../src/ner/tagger.js';
import type { WeightTable } from '../../src/ner/weights.js';
import { WordCache } from '../../src/ner/word-info.js';
import { arabicText } from '../helpers/arbitraries.js';

const sentences = [
  ['وصل', 'وزير', 'الخارجية', 'الفرنسي', 'جان', 'مارك', 'إلى', 'القاهرة', 'أمس', '.'],
  ['أعلنت', 'وزارة', 'الصحة', 'في', 'الرياض', 'أن', 'الأمم', 'المتحدة', 'سترسل', 'فريقا', 'طبيا', '.'],
  ['قال'],
  ['وقال', 'الدكتور', 'سمير', 'الحلبي', 'لـ', '«', 'رويترز', '»', ':', '2025', 'UN', '٪'],
];

describe('SentenceScorer', () => {
  const { model } = loadTagger();
  const cache = new WordCache();
  const extractor = new FeatureExtractor(compileTemplates(model.templates), cache, buildPhraseTable(cache));
  const tables: Array<[string, WeightTable]> = [['stage 1', model.stages[0]!.weights]];
  if (model.joint) tables.push(['both stages', model.joint]);

  const agree = (table: WeightTable, scorer: SentenceScorer, words: readonly string[]): void => {
    const n = words.length;
    const C = table.cols;
    const want = new Float64Array(n * C);
    table.score(extractor.extract(words), n, extractor.templates.width, want);
    const got = new Float64Array(n * C);
    extractor.prepare(words);
    scorer.score(extractor, n, got);
    // The per-word sums are kept as floats (like the weights), so they may differ in the last float digits.
    for (let k = 0; k < n * C; k++) assert.ok(Math.abs(got[k]! - want[k]!) < 1e-4 * (1 + Math.abs(want[k]!)), `${words.join(' ')}: score ${k} is ${got[k]}, feature rows give ${want[k]}`);
  };

  for (const [name, table] of tables) {
    it(`gives the scores of the feature rows (${name}, ${table.cols / LABEL_COUNT} × ${LABEL_COUNT} columns)`, () => {
      const scorer = new SentenceScorer(table, extractor.templates);
      for (const words of sentences) agree(table, scorer, words);
      // Again, from the cached sums.
      for (const words of sentences) agree(table, scorer, words);
    });
    it(`agrees on any words, with a cache small enough to be cleared (${name}, property)`, () => {
      const scorer = new SentenceScorer(table, extractor.templates, 3);
      const word = arabicText.filter((w) => w.trim() !== '' && !/\s/.test(w));
      fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 25 }), (words) => agree(table, scorer, words)), { numRuns: 100 });
    });
  }
});
