/** fast-check arbitraries for Arabic news text with its hard cases. */
import fc from 'fast-check';

// Pieces rather than single code points, so generated text looks like (messy) real text.
const PIECES = [
  'ك', 'ت', 'ب', 'ا', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ي', 'ة', 'ه', 'و', 'ؤ', 'ئ', 'ء', 'ل', 'م', 'ن', 'س', 'ع', 'ف',
  '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0670', '\u06D6', '\u0640',
  'ﻻ', 'ﺑ', 'ﷲ', 'ﷺ', 'ﹰ', 'ک', 'ی', 'ہ', '٣', '٫', '٬', '۴', '0', '7', '.', ',', '،', '؛', '؟', '!', ':',
  '«', '»', '“', '”', '"', '(', ')', '#', '@', '_', '-', '%', '٪',
  ' ', '  ', '\n', '\r\n', '\t', '\u00A0', '\u200C', '\u200D', '\u200E', '\u200F', '\uFEFF', '\u202B',
  'A', 'r', 'É', 'é', 'http://x.y/ز', 'www.a.org', 'a@b.co', '👍', '你', '\uD800',
];

/** Arbitrary messy Arabic-ish text. */
export const arabicText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

/** Arbitrary text mixing our pieces with any Unicode string. */
export const anyText = fc.oneof(arabicText, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
