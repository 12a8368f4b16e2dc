/**
 * The indexed fields of an article and their BM25F weights: a match in the headline counts most,
 * then subtitle and captions, then the body. Every field gets its own run of word positions, with
 * gaps between fields and paragraphs so that a phrase never matches across them.
 */
export const FIELDS = ['headline', 'subtitle', 'captions', 'body'] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD = { headline: 0, subtitle: 1, captions: 2, body: 3 } as const satisfies Record<Field, number>;

/** BM25F weights, by field number. */
export const FIELD_WEIGHTS: readonly number[] = [3, 2, 1.5, 1];

/** Positions left empty between two paragraphs, captions or fields. */
export const POSITION_GAP = 8;
