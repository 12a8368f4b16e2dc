import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { chunks, scoreTags } from '../../src/ner/score.js';

const t = (s: string): string[] => s.split(' ');

describe('chunks: entities read the conlleval way', () => {
  const table: Array<[string, string, Array<[string, number, number]>]> = [
    ['plain B I', 'B-PERS I-PERS O', [['PERS', 0, 2]]],
    ['I- after O starts an entity', 'O I-LOC I-LOC O', [['LOC', 1, 3]]],
    ['I- at the sentence start starts one', 'I-ORG O', [['ORG', 0, 1]]],
    ['a type switch inside I- runs ends one and starts another', 'B-ORG I-ORG I-LOC', [['ORG', 0, 2], ['LOC', 2, 3]]],
    ['B- after B- of the same type is a new entity', 'B-LOC B-LOC', [['LOC', 0, 1], ['LOC', 1, 2]]],
    ['an entity at the sentence end closes there', 'O B-MISC I-MISC', [['MISC', 1, 3]]],
    ['no entity', 'O O O', []],
    ['empty sentence', '', []],
  ];
  for (const [name, tags, want] of table) {
    it(name, () => {
      assert.deepEqual(chunks(tags ? t(tags) : []).map((c) => [c.type, c.start, c.end]), want);
    });
  }
});

describe('scoreTags', () => {
  it('counts an entity only when type and both boundaries match', () => {
    const gold = [t('B-PERS I-PERS O B-LOC'), t('B-ORG I-ORG O')];
    const pred = [t('B-PERS O O B-LOC'), t('B-ORG I-ORG O')];
    const s = scoreTags(gold, pred);
    assert.deepEqual([s.micro.correct, s.micro.predicted, s.micro.gold], [2, 3, 3]);
    assert.equal(s.byType.PERS!.correct, 0);
    assert.equal(s.byType.LOC!.f1, 100);
    assert.equal(s.micro.f1.toFixed(2), '66.67');
  });
  it('treats the wrong type as both a false positive and a miss', () => {
    const s = scoreTags([t('B-LOC')], [t('B-ORG')]);
    assert.deepEqual([s.byType.LOC!.gold, s.byType.LOC!.predicted, s.byType.ORG!.predicted, s.micro.f1], [1, 0, 1, 0]);
  });
  it('scores an I- after O in the prediction as an entity, as conlleval does', () => {
    const s = scoreTags([t('O B-LOC O')], [t('O I-LOC O')]);
    assert.equal(s.micro.f1, 100);
  });
  it('gives 0, not NaN, with nothing predicted or nothing gold', () => {
    const s = scoreTags([t('O O')], [t('O O')]);
    assert.deepEqual([s.micro.precision, s.micro.recall, s.micro.f1, s.accuracy], [0, 0, 0, 100]);
  });
  it('refuses sequences of different lengths', () => {
    assert.throws(() => scoreTags([t('O O')], [t('O')]), RangeError);
    assert.throws(() => scoreTags([t('O')], []), RangeError);
  });
});
