/**
 * Words counted by white space, as `s.split(/\s+/u).filter(Boolean).length` counts them, without
 * splitting: a line of a million characters is read only as far as the count needs.
 */

const SPACE = /\s/u;

/** Whether one code unit is white space as `\s` reads it. */
export function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));
}

/** The words of `s`, counted up to `cap`. */
export function countWords(s: string, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap; i++) {
    const blank = isSpaceUnit(s.charCodeAt(i));
    if (!blank && !inWord) n++;
    inWord = !blank;
  }
  return n;
}
