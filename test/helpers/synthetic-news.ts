/**
 * Synthetic news of our own making, as JSON lines: every article different (its words are drawn
 * from its number), so ids, stories and searches are predictable, in any quantity.
 */

const LETTERS = [...'بتثجحخدذرزسشصضطظعغفقكلمنهي'];

/** A made-up Arabic word for `n` (three or more letters, no clitic or stopword look-alike). */
export function word(n: number): string {
  let w = '';
  let x = n + LETTERS.length * LETTERS.length;
  while (x > 0) {
    w = LETTERS[x % LETTERS.length]! + w;
    x = Math.floor(x / LETTERS.length);
  }
  return w;
}

/** `count` words starting at `from`, joined by spaces. */
export function words(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => word(from + i)).join(' ');
}

/**
 * Article `i` of a synthetic feed: a body of 40 words of its own plus the common word «مشترك»,
 * so a search for it finds every article, and its number in the title.
 */
export function syntheticRecord(i: number, date = '2025-03-04'): string {
  return JSON.stringify({ title: `خبر رقم ${i}`, content: `مشترك ${words(100_000 + i * 40, 40)}.`, date, source: 'مصدر تجريبي' });
}

/** Articles `from` … `from + count - 1` as JSON lines. */
export function syntheticJsonl(from: number, count: number, date?: string): string {
  return Array.from({ length: count }, (_, k) => syntheticRecord(from + k, date)).join('\n') + '\n';
}
