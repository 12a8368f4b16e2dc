/** A guess at a word's triliteral root from its derivational pattern: مدرسة → درس, استخدامات → خدم. */
import { readLines } from './read-data.js';
import { stem } from './stem.js';
import type { CliticOptions } from './clitics.js';

/** A pattern such as `مفعول`: ف ع ل mark the root letters, the other letters are written as is. */
export interface RootPattern {
  pattern: string;
  /** How many letters the pattern writes itself. */
  fixed: number;
}

const SLOTS = 'فعل';

/** Parses the patterns of data/morphology/root-patterns.txt, keeping their order (the preferred first). */
export function parseRootPatterns(lines: readonly string[]): RootPattern[] {
  return lines
    .map((line) => line.split('\t')[0]!.trim())
    .filter(Boolean)
    .map((pattern) => ({ pattern, fixed: [...pattern].filter((c) => !SLOTS.includes(c)).length }));
}

let cached: RootPattern[] | undefined;

/** The bundled patterns, read once. */
export function defaultRootPatterns(): RootPattern[] {
  cached ??= parseRootPatterns(readLines('morphology/root-patterns.txt'));
  return cached;
}

/** The root letters a pattern reads in `word`, or null when the written letters do not match. */
function fit(word: string, pattern: string): string | null {
  if (word.length !== pattern.length) return null;
  let root = '';
  for (let i = 0; i < word.length; i++) {
    const p = pattern[i]!;
    const slot = SLOTS.indexOf(p);
    if (slot < 0) {
      if (word[i] !== p) return null;
    } else if (slot !== root.length) return null;
    else root += word[i];
  }
  return root.length === 3 ? root : null;
}

/**
 * A root as written: hamza on a seat becomes ء; an alef in second or third place hides و or ي
 * (قال: قول or قيل), so the guess gives up (null).
 */
function settle(root: string): string | null {
  const r = root.replace(/[ئؤ]/gu, 'ء');
  return r.slice(1).includes('ا') ? null : r;
}

/**
 * Guesses the triliteral root of a morph-form word, or returns null when unsure: `مدرسة` → `درس`,
 * `والمكاتب` → `كتب`, `استخدامات` → `خدم`, `يكتبون` → `كتب`, `قال` → null (قول or قيل),
 * `مدير` → null (a م that may be a root letter or the prefix of مفعل).
 */
export function guessRoot(word: string, options: CliticOptions & { patterns?: readonly RootPattern[] } = {}): string | null {
  const s0 = stem(word, options);
  const s = s0.endsWith('ة') ? s0.slice(0, -1) : s0;
  if (s.length === 3) return /^[\p{L}]{3}$/u.test(s) ? settle(s) : null;
  // The fit that writes most letters itself wins, less one for each long vowel it takes as a root
  // letter (مكتوب: مفعول gives كتب, not مفتعل كوب); the table's order breaks ties (افتعال before انفعال).
  let best: { root: string; pattern: RootPattern; score: number } | undefined;
  for (const p of options.patterns ?? defaultRootPatterns()) {
    const root = fit(s, p.pattern);
    if (!root) continue;
    const score = 2 * p.fixed - (root.match(/[اوي]/gu)?.length ?? 0);
    if (!best || score > best.score) best = { root, pattern: p, score };
  }
  if (!best) return null;
  // مطار as فعال would give مطر: a word starting with م, ت or ا read with that letter as a root
  // letter is as likely the prefix of a pattern the table lacks.
  if (/^[متا]/u.test(s) && best.pattern.pattern.startsWith('ف')) return null;
  return settle(best.root);
}
