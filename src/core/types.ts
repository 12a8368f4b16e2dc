/** Shared document-model types. Every span is `[start, end)` in UTF-16 code units of the original text. */

/** A half-open range over the original text. */
export interface Span {
  start: number;
  end: number;
}

/** Whether `x` shares a code unit with any of `spans`. */
export const overlapsAny = (spans: readonly Span[], x: Span): boolean => spans.some((t) => t.start < x.end && x.start < t.end);

/** What a token is. */
export type TokenKind =
  | 'arabic' // كَتَبَ, والمعلمون
  | 'latin' // Reuters, COVID
  | 'number' // 12, ١٢٫٥, 1,250
  | 'punct' // . ، ؟ : ( )
  | 'quote' // « » “ ” "
  | 'url' // https://example.org/a
  | 'email' // news@example.org
  | 'hashtag' // #السعودية_تتحدث
  | 'mention' // @rasd_news
  | 'symbol' // % $ + emoji
  | 'other'; // letters of other scripts

/** One token: a kind and a span. Its surface is `text.slice(start, end)`. */
export interface Token extends Span {
  kind: TokenKind;
}
