/** The tag set: BIO over four entity types, and which tag may follow which. */

/** Entity types, in ANERcorp's naming. */
export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Every tag, by index: 0 is O, then B-/I- per type (`B-PERS` is 1, `I-PERS` 2 …). */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
/** How many tags there are (9). */
export const LABEL_COUNT = LABELS.length;

const INDEX = new Map(LABELS.map((l, i) => [l, i]));

/** The index of a tag, or -1 for a tag outside the set (`B-DATE`, `I-`). */
export function labelIndex(tag: string): number {
  return INDEX.get(tag) ?? -1;
}

/** The type of tag `i`, or null for O. */
export function labelType(i: number): EntityType | null {
  return i === 0 ? null : ENTITY_TYPES[(i - 1) >> 1]!;
}

/** True for an I- tag. */
export function isInside(i: number): boolean {
  return i > 0 && (i & 1) === 0;
}

/**
 * `ALLOWED[prev * LABEL_COUNT + next]` is 1 when `next` may follow `prev` in valid BIO: an I- tag
 * only after B- or I- of its own type (`B-LOC I-LOC`, never `O I-LOC` or `B-PERS I-LOC`).
 * `prev` = LABEL_COUNT stands for the sentence start.
 */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let p = 0; p <= LABEL_COUNT; p++) {
    for (let n = 0; n < LABEL_COUNT; n++) {
      a[p * LABEL_COUNT + n] = !isInside(n) || (p < LABEL_COUNT && p !== 0 && (p + 1) >> 1 === (n + 1) >> 1) ? 1 : 0;
    }
  }
  return a;
})();
