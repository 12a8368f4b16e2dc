/** Quantities: numbers, counts, percentages and amounts with their approximation and counted noun. */
export { findQuantities, type FindQuantitiesOptions } from './find-quantities.js';
export { QuantitySchema, type Quantity } from '../core/quantity-schema.js';
export { defaultNumberWords, parseNumberWords, type NumberLexicon, type NumberWord } from './number-words.js';
export { defaultQuantityCues, parseQuantityCues, type QuantityCues } from './cues.js';
export { readDigits, type Digits } from './read-digits.js';
export { readNumber, type NumberRead } from './read-number.js';
export { quantityTokens } from './tokens.js';
