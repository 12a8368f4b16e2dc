import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RasdError } from '../../src/errors.js';
import { DEFAULT_TEMPLATES } from '../../src/ner/features.js';
import { LABELS, LABEL_COUNT } from '../../src/ner/labels.js';
import { readModelFile, writeModelFile, type ModelParts } from '../../src/ner/model-file.js';
import { WeightTable } from '../../src/ner/weights.js';

const L = LABEL_COUNT;
const stage = {
  keys: Int32Array.from([7, -3, 123456789]),
  weights: Float32Array.from({ length: 3 * L }, (_, i) => i / 4 - 2),
  transitions: Float64Array.from({ length: (L + 1) * L }, (_, i) => -i / 3),
  final: Float64Array.from({ length: L }, (_, i) => i),
};
const stage2 = { ...stage, keys: Int32Array.from([5, 6]), weights: Float32Array.from({ length: 2 * L }, (_, i) => i) };
const parts: ModelParts = {
  meta: { source: 'test', licence: 'MIT', training: { epochs: 1 } },
  templates: DEFAULT_TEMPLATES,
  doc: { window: 3, features: ['maj', 'span'] },
  stages: [stage, stage2],
  clusters: null,
};
const oneStage: ModelParts = { ...parts, doc: null, stages: [stage] };
const adapted: ModelParts = { ...parts, clusters: new Map([['رياض', '0110'], ['جده', '0111'], ['قال', '10'], ['x', '']]) };

describe('model file', () => {
  it('round-trips every array and the header, with one stage or two', () => {
    assert.deepEqual(readModelFile(writeModelFile(parts, ['Test model.'])), parts);
    assert.deepEqual(readModelFile(writeModelFile(oneStage, ['Test model.'])), oneStage);
  });

  it('round-trips the word clusters of an adapted model', () => {
    assert.deepEqual(readModelFile(writeModelFile(adapted, ['Adapted.'])), adapted);
  });
  it('still reads version 1 files (one stage, `rows` in the header)', () => {
    const v1 = { format: 'rasd-ner-model', version: 1, labels: [...LABELS], rows: 3, meta: parts.meta, templates: parts.templates };
    const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const file = gzipSync(Buffer.concat([Buffer.from(`# old\n${JSON.stringify(v1)}\n`), bytes(stage.keys), bytes(stage.weights), bytes(stage.transitions), bytes(stage.final)]));
    assert.deepEqual(readModelFile(file), oneStage);
  });
  it('opens with the attribution lines in plain text', () => {
    const text = gunzipSync(writeModelFile(parts, ['Licence: CC BY-SA 4.0'])).toString('latin1');
    assert.ok(text.startsWith('# Licence: CC BY-SA 4.0\n{"format":"rasd-ner-model","version":3'));
  });
  it('throws E_DATA naming the file for junk, a wrong version and truncated weights', () => {
    const code = (f: () => unknown): string => {
      try {
        f();
      } catch (err) {
        assert.ok(err instanceof RasdError);
        assert.match(err.message, /^m\.gz: /);
        return err.code;
      }
      return 'no error';
    };
    assert.equal(code(() => readModelFile(Buffer.from('not gzip'), 'm.gz')), 'E_DATA');
    assert.equal(code(() => readModelFile(gzipSync('{"format":"rasd-ner-model","version":99}\n'), 'm.gz')), 'E_DATA');
    const raw = gunzipSync(writeModelFile(parts, []));
    assert.equal(code(() => readModelFile(gzipSync(raw.subarray(0, raw.length - 8)), 'm.gz')), 'E_DATA');
    // An adapted model whose cluster lines are cut short, or hold a line that is not «path<TAB>word».
    const adaptedRaw = gunzipSync(writeModelFile(adapted, [])).toString('latin1');
    assert.equal(code(() => readModelFile(gzipSync(Buffer.from(adaptedRaw.replace('"clusters":4', '"clusters":9'), 'latin1')), 'm.gz')), 'E_DATA');
    assert.equal(code(() => readModelFile(gzipSync(Buffer.from(adaptedRaw.replace('10\t', '1x\t'), 'latin1')), 'm.gz')), 'E_DATA');
    const unknown = { ...parts, doc: { window: 3, features: ['maj', 'bogus'] } } as unknown as ModelParts;
    assert.equal(code(() => readModelFile(writeModelFile(unknown, []), 'm.gz')), 'E_DATA');
  });
});

describe('WeightTable', () => {
  it('finds each row by its hash and -1 for others', () => {
    const t = new WeightTable(stage.keys, stage.weights);
    assert.equal(t.row(7), 0);
    assert.equal(t.row(-3), 1);
    assert.equal(t.row(123456789), 2);
    assert.equal(t.row(8), -1);
  });
  it('sums the rows of present features into emissions', () => {
    const t = new WeightTable(stage.keys, stage.weights);
    const emit = new Float64Array(L);
    t.score(Int32Array.from([7, 0, 99, -3]), 1, 4, emit);
    assert.deepEqual([...emit], Array.from({ length: L }, (_, y) => stage.weights[y]! + stage.weights[L + y]!));
  });
});
