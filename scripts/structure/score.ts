// Scoring helpers of eval:structure: character sets of spans, words of a text, and tallies by key.

export type Range = readonly [number, number];

/** The character positions covered by `ranges` that are neither blank nor invisible (U+200F …). */
export function covered(text: string, ranges: Iterable<Range>): Set<number> {
  const out = new Set<number>();
  for (const [a, b] of ranges) for (let i = a; i < b; i++) if (!/[\s\p{Cf}]/u.test(text[i]!)) out.add(i);
  return out;
}

/** The words (runs of non-blanks holding a letter or digit) inside `ranges`, as their spans. */
export function wordsIn(text: string, ranges: Iterable<Range>): Range[] {
  const out: Range[] = [];
  for (const [a, b] of ranges) {
    const re = /\S+/gu;
    const slice = text.slice(a, b);
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) if (/[\p{L}\p{N}]/u.test(m[0])) out.push([a + m.index, a + m.index + m[0].length]);
  }
  return out;
}

/** True when some letter or digit of `range` is in `set`. */
export function touches(text: string, range: Range, set: ReadonlySet<number>): boolean {
  for (let i = range[0]; i < range[1]; i++) if (set.has(i) && /[\p{L}\p{N}]/u.test(text[i]!)) return true;
  return false;
}

/** True when every letter or digit of `range` is in `set`. */
export function within(text: string, range: Range, set: ReadonlySet<number>): boolean {
  for (let i = range[0]; i < range[1]; i++) if (/[\p{L}\p{N}]/u.test(text[i]!) && !set.has(i)) return false;
  return true;
}

export const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** Counters by key, printed as a table. */
export class Tally {
  readonly rows = new Map<string, Record<string, number>>();
  add(key: string, field: string, n = 1): void {
    const row = this.rows.get(key) ?? {};
    row[field] = (row[field] ?? 0) + n;
    this.rows.set(key, row);
  }
  print(title: string, fields: readonly string[], format: (row: Record<string, number>) => string[]): void {
    console.log(`\n${title}`);
    console.log(`  ${'key'.padEnd(16)}${fields.map((f) => f.padStart(12)).join('')}`);
    for (const [k, row] of [...this.rows].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${k.padEnd(16)}${format(row).map((v) => v.padStart(12)).join('')}`);
  }
}

export const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
