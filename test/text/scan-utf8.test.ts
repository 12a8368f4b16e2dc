/**
 * Property: a UTF-8 line read as bytes (Analyzer.analyzeUtf8Into) gives the terms its decoded text
 * gives (analyzeInto), or declines and leaves the terms as they were; a line of Arabic words,
 * digits, punctuation and symbols is always read as bytes.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Analyzer, TermBuffer } from '../../src/text/analyze.js';

/** Pieces a news line is made of, and the ones only the string scanner reads. */
const BYTES_PIECES = ['والمعلمون', 'في', 'بالسيارة', 'كَتَبَ', 'ـالعاجلـ', 'مسئول', 'ﺍ'.normalize('NFKC'), '٢٠١٥', '7', '٣', '1,250.75', '١٢٫٥', '3.', ',', '.', '٫', '٬', '،', '؛', '؟', '«', '»', '"', '(', '...', '-', '$', '+', '©', '°', 'َ', 'ّ', '\u0301', 'ـ', ' ', '  ', '\t', '\u00a0', 'ڤيسبوك', 'پ', '“', '”', '‘', '’', '–', '—', '•', '…', '\u2003', '\u3000', '‹'];
const STRING_PIECES = ['news', 'Rasd', '#رصد', '@rasd', 'a@b.co', '5G', 'https://x.org/a', '\u200c', '\u200d', 'ﻻ', '😀', 'é', 'Ω', '\u00ad'];

const bytesLine = fc.array(fc.constantFrom(...BYTES_PIECES), { maxLength: 24 }).map((p) => p.join(''));
const anyLine = fc.array(fc.constantFrom(...BYTES_PIECES, ...STRING_PIECES), { maxLength: 24 }).map((p) => p.join(''));

/** The terms of a line through the string scanner. */
function textTerms(line: string): string[] {
  return new Analyzer().analyze(line).map((t) => t.term);
}

/** The terms of a line's UTF-8 bytes (with bytes before and after it, not its own), or null where declined. */
function byteTerms(analyzer: Analyzer, line: Uint8Array): string[] | null {
  const before = Buffer.from('قبل ');
  const bytes = Buffer.concat([before, line, Buffer.from(' بعد')]);
  const out = new TermBuffer();
  out.push(0, 0, 0, 0); // a term already there, which a declined line must leave alone
  const read = analyzer.analyzeUtf8Into(bytes, before.length, before.length + line.length, out);
  if (!read) {
    assert.equal(out.length, 1);
    return null;
  }
  return Array.from(out.ids.subarray(1, out.length), (id) => analyzer.term(id));
}

describe('analyzeUtf8Into', () => {
  it('reads a line of Arabic words, numbers and punctuation as bytes, to the terms of its text', () => {
    const analyzer = new Analyzer();
    fc.assert(
      fc.property(bytesLine, (line) => {
        assert.deepEqual(byteTerms(analyzer, Buffer.from(line)), textTerms(line));
      }),
      { numRuns: 400 },
    );
  });

  it('gives any line the terms of its text, or declines it', () => {
    const analyzer = new Analyzer();
    let declined = 0;
    fc.assert(
      fc.property(anyLine, (line) => {
        const terms = byteTerms(analyzer, Buffer.from(line));
        if (terms === null) declined++;
        else assert.deepEqual(terms, textTerms(line));
      }),
      { numRuns: 400 },
    );
    assert.ok(declined > 0);
  });

  it('declines bytes that are not UTF-8, and characters of three or four bytes', () => {
    const analyzer = new Analyzer();
    for (const bad of [[0xff], [0xd8], [0xc0, 0x80], [0xe2, 0x80, 0x8c], [0xf0, 0x9f, 0x98, 0x80]]) {
      const line = Buffer.concat([Buffer.from('كتب '), Buffer.from(bad), Buffer.from(' الدرس')]);
      assert.equal(byteTerms(analyzer, line), null, Buffer.from(bad).toString('hex'));
    }
    // A two-byte character cut at the line's end is no character.
    assert.equal(byteTerms(analyzer, Buffer.from('كتب').subarray(0, 5)), null);
  });

  it('reads three-byte spaces, quotes and punctuation as gaps, and no other three bytes', () => {
    const analyzer = new Analyzer();
    for (const line of ['قال “الوزير” – اليوم', 'أولا•ثانيا…ثالثا', 'كتب\u2003الدرس']) assert.deepEqual(byteTerms(analyzer, Buffer.from(line)), textTerms(line), line);
    // A quote cut short, an overlong form of U+002D, a lone surrogate, a format character.
    for (const bad of [[0xe2, 0x80], [0xe0, 0x80, 0xad], [0xed, 0xa0, 0x80], [0xe2, 0x80, 0x8f]]) {
      const line = Buffer.concat([Buffer.from('كتب '), Buffer.from(bad)]);
      assert.equal(byteTerms(analyzer, line), null, Buffer.from(bad).toString('hex'));
    }
  });

  it('lets a symbol take the marks after it, as the string scanner does', () => {
    const analyzer = new Analyzer();
    for (const line of ['$\u0301كتب', '©\u0301\u0301الدرس', '+َقال']) assert.deepEqual(byteTerms(analyzer, Buffer.from(line)), textTerms(line), line);
  });

  it('reads a word longer than the cache takes as the text does', () => {
    const analyzer = new Analyzer();
    const long = 'ب'.repeat(60);
    assert.deepEqual(byteTerms(analyzer, Buffer.from(`كتب ${long} ${long}`)), textTerms(`كتب ${long} ${long}`));
  });
});
