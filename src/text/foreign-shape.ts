/**
 * Whether a word the lexicon cannot explain is spelled like a transliterated foreign word
 * (فيسبوك, كورونا, سامسونج) rather than an Arabic one, by its letters alone: a naive Bayes over
 * letter pairs and triples, its weights in data/lexicon/foreign-shape.txt (scripts/build-foreign-shape.ts).
 */
import { RasdError } from '../errors.js';
import { loadCompiled, type CompiledResource } from './compiled-data.js';

export const FOREIGN_SHAPE_PATH = 'data/lexicon/foreign-shape.txt';

/**
 * Above this score a word is foreign. It overrules a reading the lexicon has (a verb with clitics),
 * so it is chosen on the held-out part of the training lists (the file's header) to flag under 1% of
 * Arabic words (0.9%), at the cost of foreign ones (62% flagged): a foreign word taken for Arabic is
 * only stemmed as before.
 */
export const FOREIGN_THRESHOLD = 16;

/** The grams of a morph-form word: its letter pairs and triples, `^` and `$` marking its edges. */
export function shapeGrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  return out;
}

// Grams keyed by the letters of the weights' alphabet (the edges ^ and $, and the letters the
// training lists hold), each numbered from 1, 0 for any other: a gram with a letter outside it has
// no weight. A pair's weight is at a·A + b, a triple's at (a·A + b)·A + c: two dense tables, so
// that scoring a word builds no key and probes no map.
const CARET = 0x5e;
const DOLLAR = 0x24;

interface Weights {
  /** Code unit → its number in the alphabet, 0 where it has none. */
  letter: Uint8Array;
  /** The alphabet's size + 1 (A). */
  size: number;
  pairs: Float64Array;
  triples: Float64Array;
}

let weights: Weights | undefined;

/** The weights file's grams in dense tables (see {@link Weights}). */
function parseWeights(text: string): Weights {
  const grams: Array<[string, number]> = [];
  const letter = new Uint8Array(0x10000);
  let size = 1;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const g = line.slice(0, tab);
    for (let i = 0; i < g.length; i++) if (!letter[g.charCodeAt(i)]) letter[g.charCodeAt(i)] = size++;
    grams.push([g, Number(line.slice(tab + 1))]);
  }
  if (size > 255) throw new RasdError('E_DATA', `${FOREIGN_SHAPE_PATH}: more than 254 letters in its grams`);
  const pairs = new Float64Array(size * size);
  const triples = new Float64Array(size * size * size);
  for (const [g, w] of grams) {
    const k = letter[g.charCodeAt(0)]! * size + letter[g.charCodeAt(1)]!;
    if (g.length === 2) pairs[k] = w;
    else triples[k * size + letter[g.charCodeAt(2)]!] = w;
  }
  return { letter, size, pairs, triples };
}

/**
 * The weights compiled at build time (see compiled-data.ts): the alphabet's size, the letter table,
 * then the pair and triple tables, in memory order, each at a multiple of 8 bytes.
 */
export const FOREIGN_SHAPE_RESOURCE: CompiledResource<Weights> = {
  name: 'foreign-shape',
  sources: [FOREIGN_SHAPE_PATH.slice('data/'.length)],
  parse: (texts) => parseWeights(texts[0]!),
  toBytes: ({ letter, size, pairs, triples }) => {
    const out = new Uint8Array(8 + letter.length + pairs.byteLength + triples.byteLength);
    new DataView(out.buffer).setInt32(0, size, true);
    out.set(letter, 8);
    out.set(new Uint8Array(pairs.buffer, pairs.byteOffset, pairs.byteLength), 8 + letter.length);
    out.set(new Uint8Array(triples.buffer, triples.byteOffset, triples.byteLength), 8 + letter.length + pairs.byteLength);
    return out;
  },
  fromBytes: (bytes) => {
    const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const size = new DataView(aligned.buffer, aligned.byteOffset).getInt32(0, true);
    const at = aligned.byteOffset + 8;
    const letter = new Uint8Array(aligned.buffer, at, 0x10000);
    const pairs = new Float64Array(aligned.buffer, at + 0x10000, size * size);
    const triples = new Float64Array(aligned.buffer, at + 0x10000 + pairs.byteLength, size * size * size);
    if (8 + 0x10000 + pairs.byteLength + triples.byteLength !== aligned.byteLength) throw new RangeError(`foreign-shape: ${aligned.byteLength} bytes, not the layout's`);
    return { letter, size, pairs, triples };
  },
};

function loaded(): Weights {
  return (weights ??= loadCompiled(FOREIGN_SHAPE_RESOURCE));
}

/** The log odds that a morph-form word is foreign (positive: foreign). */
export function foreignScore(word: string): number {
  const { letter, size, pairs, triples } = loaded();
  // The word between its edges, a letter at a time: a, b, c are three letters in a row.
  let a = letter[CARET]!;
  let b = word.length > 0 ? letter[word.charCodeAt(0)]! : letter[DOLLAR]!;
  let score = 0;
  for (let i = 1; i <= word.length + 1; i++) {
    score += a && b ? pairs[a * size + b]! : 0;
    if (i > word.length) break;
    const c = i < word.length ? letter[word.charCodeAt(i)]! : letter[DOLLAR]!;
    score += a && b && c ? triples[(a * size + b) * size + c]! : 0;
    a = b;
    b = c;
  }
  return score;
}

/** Whether a morph-form word of three letters or more is spelled like a foreign word. */
export function looksForeign(word: string): boolean {
  return word.length >= 3 && foreignScore(word) > FOREIGN_THRESHOLD;
}
