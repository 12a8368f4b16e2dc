/**
 * Whether a word the lexicon cannot explain is spelled like a transliterated foreign word
 * (فيسبوك, كورونا, سامسونج) rather than an Arabic one, by its letters alone: a naive Bayes over
 * letter pairs and triples, its weights in data/lexicon/foreign-shape.txt (scripts/build-foreign-shape.ts).
 */
import { readDataText } from './read-data.js';

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

// Grams keyed by their code units packed in one number (each below 2¹¹), so that scoring a word
// builds no strings: a pair as 2³³ + a·2¹¹ + b, a triple as a·2²² + b·2¹¹ + c.
const PAIR = 2 ** 33;
const key2 = (a: number, b: number): number => PAIR + a * 2048 + b;
const key3 = (a: number, b: number, c: number): number => a * 4194304 + b * 2048 + c;
const CARET = 0x5e;
const DOLLAR = 0x24;

let weights: Map<number, number> | undefined;

function loaded(): Map<number, number> {
  if (weights) return weights;
  const m = new Map<number, number>();
  for (const line of readDataText(FOREIGN_SHAPE_PATH.slice('data/'.length)).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const g = line.slice(0, tab);
    const k = g.length === 2 ? key2(g.charCodeAt(0), g.charCodeAt(1)) : key3(g.charCodeAt(0), g.charCodeAt(1), g.charCodeAt(2));
    m.set(k, Number(line.slice(tab + 1)));
  }
  return (weights = m);
}

/** The log odds that a morph-form word is foreign (positive: foreign). */
export function foreignScore(word: string): number {
  const w = loaded();
  const n = word.length + 2;
  const at = (i: number): number => (i === 0 ? CARET : i === n - 1 ? DOLLAR : word.charCodeAt(i - 1));
  let score = 0;
  for (let i = 0; i + 2 <= n; i++) {
    const a = at(i);
    const b = at(i + 1);
    score += w.get(key2(a, b)) ?? 0;
    if (i + 3 <= n) score += w.get(key3(a, b, at(i + 2))) ?? 0;
  }
  return score;
}

/** Whether a morph-form word of three letters or more is spelled like a foreign word. */
export function looksForeign(word: string): boolean {
  return word.length >= 3 && foreignScore(word) > FOREIGN_THRESHOLD;
}
