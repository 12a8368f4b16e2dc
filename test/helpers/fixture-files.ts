/** The shapes of the golden and held-out fixture files of times and quantities (test/fixtures/{times,quantities}). */

/** A times file: sentences with their expected `[text, value, grain, relative]` against `ref`. */
export interface TimesFile {
  ref: string;
  cases: Array<{ text: string; times: Array<[text: string, value: string | null, grain: string, relative: boolean]> }>;
}

/** One expected quantity, with the fields a quantity record has. */
export interface ExpectedQuantity {
  text: string;
  value?: number;
  range?: [number, number];
  approx: boolean;
  unit: string | null;
  bound?: 'min' | 'max';
}

/** A quantities file: sentences with their expected quantities. */
export interface QuantitiesFile {
  cases: Array<{ text: string; expected: ExpectedQuantity[] }>;
}
