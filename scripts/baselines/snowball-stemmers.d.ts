// Types for the `snowball-stemmers` package (a JS port of the Snowball stemmers), used as a baseline.
declare module 'snowball-stemmers' {
  /** One language's stemmer. */
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  /** The stemmers by algorithm name (`arabic`, `english`, …). */
  export function newStemmer(algorithm: string): SnowballStemmer;
  /** The algorithm names available. */
  export function algorithms(): string[];
  const snowball: { newStemmer: typeof newStemmer; algorithms: typeof algorithms };
  export default snowball;
}
