// Decoding bytes: detection per encoding, exact byte offsets of bad bytes, and chunked = whole.
// The Arabic sentences are written for these tests and encoded here with iconv-lite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { RasdError } from '../../src/errors.js';
import { createDecoder, decode, detectEncoding, normalizeEncodingName, type EncodingName } from '../../src/text/decode.js';

const SENTENCES = [
  'قال المتحدث إن الاجتماع سيُعقد صباح الأحد في العاصمة.',
  'ارتفع سعر الخبز مرتين خلال شهر واحد، وفق تقرير محلي؛ فهل يستمر؟',
  'كَتَبَ المراسلُ خبراً قصيراً عن ظاهرة الطقس في طنطا',
  'نشرت الصحيفة 3 تقارير نقلاً عن Reuters يوم 12 مايو',
];
const enc = (s: string, e: string): Uint8Array => new Uint8Array(iconv.encode(s, e));
const bytes = (...parts: (Uint8Array | number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...enc(p, 'utf-8')] : [...p])));
const BOM: Record<string, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

describe('decode: detection and round trip', () => {
  const cases: [EncodingName, boolean][] = [
    ['utf-8', false], ['utf-8', true], ['utf-16le', false], ['utf-16le', true],
    ['utf-16be', false], ['utf-16be', true], ['windows-1256', false], ['iso-8859-6', false],
  ];
  for (const [encoding, withBom] of cases) {
    for (const [i, s] of SENTENCES.entries()) {
      it(`${encoding}${withBom ? ' + BOM' : ''} #${i}`, () => {
        const input = bytes(withBom ? BOM[encoding]! : [], enc(s, encoding));
        const r = decode(input);
        assert.deepEqual(
          { text: r.text, encoding: r.encoding, bom: r.bom, detected: r.detected, diagnostics: r.diagnostics },
          { text: s, encoding, bom: withBom, detected: true, diagnostics: [] },
        );
        assert.ok(r.confidence > 0.5, `confidence ${r.confidence}`);
        assert.deepEqual(detectEncoding(input), { encoding, bom: withBom ? BOM[encoding]!.length : 0, confidence: r.confidence });
      });
    }
  }

  // [case, bytes, expected encoding, expected text, expected confidence]
  const short: [string, Uint8Array, EncodingName, string, number][] = [
    ['UTF-16LE with no space: the 06 bytes alone', enc('في', 'utf-16le'), 'utf-16le', 'في', 0.95],
    ['bytes c1–d6 read alike in both pages', enc('صبر', 'iso-8859-6'), 'windows-1256', 'صبر', 1],
    ['«ا،» is also valid UTF-8 (ǡ): a coin toss', enc('ا،', 'windows-1256'), 'utf-8', 'ǡ', 0.5],
  ];
  for (const [name, input, encoding, text, confidence] of short) {
    it(name, () => {
      const r = decode(input);
      assert.deepEqual([r.encoding, r.text, r.confidence], [encoding, text, confidence]);
    });
  }

  it('pure ASCII is utf-8 with full confidence', () => {
    const r = decode(bytes('Breaking: 3 killed, 12 hurt.\n'));
    assert.deepEqual([r.text, r.encoding, r.confidence, r.diagnostics], ['Breaking: 3 killed, 12 hurt.\n', 'utf-8', 1, []]);
  });

  it('empty input is utf-8 with a decode/empty info', () => {
    const r = decode(new Uint8Array(0), { input: 'a.txt' });
    assert.equal(r.text, '');
    assert.deepEqual(r.diagnostics, [
      { code: 'decode/empty', message: 'input is empty', input: 'a.txt', start: 0, end: 0, unit: 'byte', severity: 'info' },
    ]);
  });

  it('looks past a long ASCII prefix (an HTML head) to detect the code page', () => {
    const head = '<html><head><script>' + 'x=1;'.repeat(20000) + '</script></head><body>';
    const r = decode(bytes(head, enc(SENTENCES[0]!, 'windows-1256')));
    assert.equal(r.encoding, 'windows-1256');
    assert.equal(r.text, head + SENTENCES[0]);
  });
});

describe('decode: bad bytes become diagnostics with exact byte offsets', () => {
  // [name, bytes, declared encoding, expected text, expected [start, end, message] per diagnostic]
  const pre = 'أهلا ';
  const at = enc(pre, 'utf-8').length; // 9
  const cases: [string, Uint8Array, string | undefined, string, [number, number, string][]][] = [
    ['run in the middle', bytes(pre, [0xff, 0xfe], ' بكم'), undefined, `${pre}\uFFFD بكم`, [[at, at + 2, `invalid UTF-8 at byte ${at}: ff fe`]]],
    ['two runs', bytes(pre, [0x80], 'و', [0xc0, 0x80]), undefined, `${pre}\uFFFDو\uFFFD`, [[at, at + 1, `invalid UTF-8 at byte ${at}: 80`], [at + 3, at + 5, `invalid UTF-8 at byte ${at + 3}: c0 80`]]],
    ['encoded surrogate', bytes(pre, [0xed, 0xa0, 0x80], 'ن'), undefined, `${pre}\uFFFDن`, [[at, at + 3, `invalid UTF-8 at byte ${at}: ed a0 80`]]],
    ['truncated at end', bytes(pre, [0xd8]), undefined, `${pre}\uFFFD`, [[at, at + 1, `truncated UTF-8 at byte ${at}: d8`]]],
    ['truncated 3-byte at end', bytes(pre, [0xe2, 0x80]), undefined, `${pre}\uFFFD`, [[at, at + 2, `truncated UTF-8 at byte ${at}: e2 80`]]],
    ['invalid then truncated: one run', bytes(pre, [0xff, 0xd8]), undefined, `${pre}\uFFFD`, [[at, at + 2, `invalid UTF-8 at byte ${at}: ff d8`]]],
    ['UTF-16 odd trailing byte', bytes(BOM['utf-16le']!, enc('سلام', 'utf-16le'), [0x41]), undefined, 'سلام\uFFFD', [[10, 11, 'truncated UTF-16LE at byte 10: 41']]],
    ['UTF-16 lone surrogate', bytes(enc('بر', 'utf-16be'), [0xd8, 0x3d], enc('ق', 'utf-16be')), 'utf-16be', 'بر\uFFFDق', [[4, 6, 'invalid UTF-16BE at byte 4: d8 3d']]],
    ['ISO-8859-6 unmapped bytes', bytes(enc('باب', 'iso-8859-6'), [0xa1, 0xa2]), 'arabic', 'باب\uFFFD', [[3, 5, 'invalid ISO-8859-6 at byte 3: a1 a2']]],
    ['declared utf-8 over 1256 bytes', enc('ال', 'windows-1256'), 'utf8', '\uFFFD', [[0, 2, 'invalid UTF-8 at byte 0: c7 e1']]],
  ];
  for (const [name, input, encoding, text, expected] of cases) {
    it(name, () => {
      const r = decode(input, { input: 'feed.xml', ...(encoding ? { encoding } : {}) });
      assert.equal(r.text, text);
      assert.deepEqual(
        r.diagnostics,
        expected.map(([start, end, message]) => ({ code: 'decode/invalid-bytes', message, input: 'feed.xml', start, end, unit: 'byte', severity: 'warning' })),
      );
    });
  }

  it('an invalid run far past the detection window keeps its absolute offset', () => {
    const body = 'خبر عاجل من المراسل. '.repeat(4000);
    const at2 = enc(body, 'utf-8').length;
    const r = decode(bytes(body, [0xfe, 0xfe, 0xfe], body));
    assert.equal(r.encoding, 'utf-8');
    assert.deepEqual(r.diagnostics.map((d) => [d.start, d.end]), [[at2, at2 + 3]]);
  });

  it('binary junk gives decode/binary and does not throw', () => {
    let seed = 7;
    const junk = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const r = decode(junk);
    assert.equal(r.diagnostics[0]?.code, 'decode/binary');
    assert.equal(r.diagnostics[0]?.severity, 'error'); // binary input failed, though its text is still returned
    assert.ok(r.confidence < 0.9);
    assert.equal(decode(bytes('نص', [0, 0, 0], 'نص')).diagnostics[0]?.code, 'decode/binary');
  });
});

describe('decode: declared encodings', () => {
  const cases: [string, EncodingName][] = [
    ['utf8', 'utf-8'], ['UTF-8', 'utf-8'], ['UTF-16LE', 'utf-16le'], ['utf_16be', 'utf-16be'], ['cp1256', 'windows-1256'],
    ['Windows-1256', 'windows-1256'], ['arabic', 'iso-8859-6'], ['ISO-8859-6', 'iso-8859-6'], ['iso_8859-6:1987', 'iso-8859-6'],
  ];
  for (const [name, expected] of cases) it(`${name} → ${expected}`, () => assert.equal(normalizeEncodingName(name), expected));

  it('a declared encoding wins over detection', () => {
    const input = enc(SENTENCES[1]!, 'iso-8859-6');
    const r = decode(input, { encoding: 'cp1256' });
    assert.deepEqual([r.encoding, r.detected, r.confidence], ['windows-1256', false, 1]);
    assert.equal(r.text, iconv.decode(Buffer.from(input), 'windows-1256'));
    assert.equal(decode(input, { encoding: 'arabic' }).text, SENTENCES[1]);
  });

  it('a code page decodes as iconv-lite decodes it, byte for byte, in any chunks', () => {
    for (const encoding of ['windows-1256', 'iso-8859-6'] as const) {
      const mapped = Array.from({ length: 256 }, (_, b) => b).filter((b) => iconv.decode(Buffer.from([b]), encoding) !== '\uFFFD');
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...mapped), { maxLength: 20000 }), fc.integer({ min: 1, max: 9000 }), (list, size) => {
          const input = Uint8Array.from(list);
          const d = createDecoder({ encoding });
          let text = '';
          for (let i = 0; i < input.length; i += size) text += d.write(input.subarray(i, i + size));
          text += d.end();
          assert.equal(text, iconv.decode(Buffer.from(input), encoding));
        }),
        { numRuns: 40 },
      );
    }
  });

  it('a declared encoding strips only its own BOM', () => {
    assert.deepEqual([decode(bytes(BOM['utf-8']!, 'نعم'), { encoding: 'utf-8' })].map((r) => [r.text, r.bom]), [['نعم', true]]);
    assert.equal(decode(bytes(BOM['utf-16be']!, enc('لا', 'utf-16le')), { encoding: 'utf-16le' }).text, '\uFFFEلا');
  });

  it('an unknown name throws E_ENCODING naming it', () => {
    const isBad = (e: unknown): boolean => e instanceof RasdError && e.code === 'E_ENCODING' && e.message.includes('"klingon-8"');
    assert.throws(() => decode(bytes('x'), { encoding: 'klingon-8' }), isBad);
    assert.throws(() => createDecoder({ encoding: 'klingon-8' }), isBad);
  });
});

describe('createDecoder', () => {
  it('decides after 64 KiB, keeps offsets across chunks, and refuses writes after end', () => {
    const body = enc('عاجل: '.repeat(12000), 'windows-1256');
    const d = createDecoder({ input: 'wire' });
    assert.equal(d.write(body.subarray(0, 1000)), '');
    assert.equal(d.encoding, undefined);
    const text = d.write(body.subarray(1000)) + d.write(new Uint8Array([0xd8])) + d.end();
    assert.equal(d.encoding, 'windows-1256');
    assert.equal(text, 'عاجل: '.repeat(12000) + 'ط');
    assert.throws(() => d.write(body), (e: unknown) => e instanceof RasdError && e.code === 'E_USAGE');
  });
});

describe('decode: properties', () => {
  const unit = fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى', 'ً', 'َ', 'ّ', ...'abcXYZ019٠١٢٣', ' ', '،', '.', '\n', '😀');
  const text = fc.string({ unit, minLength: 1, maxLength: 300 });

  it('utf-8 encode → decode gives the text back with no diagnostics', () => {
    fc.assert(fc.property(text, (s) => {
      const r = decode(bytes(s));
      assert.deepEqual([r.text, r.encoding, r.diagnostics], [s, 'utf-8', []]);
    }));
  });

  // Inputs: an ASCII prefix (around the 64 KiB window or not), then encoded text and raw bytes, cut anywhere.
  const input = fc.tuple(
    fc.constantFrom(0, 5, 65534, 65536, 65537, 70000),
    text,
    fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'),
    fc.uint8Array({ maxLength: 40 }),
    fc.boolean(),
  ).map(([pad, s, e, junk, junkFirst]) => {
    const body = enc(s, e);
    return bytes('a'.repeat(pad), junkFirst ? junk : body, junkFirst ? body : junk);
  });
  const sizes = fc.array(fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 70000 })), { minLength: 1, maxLength: 8 });
  const encoding = fc.constantFrom(undefined, 'utf-8', 'utf-16be', 'iso-8859-6');

  it('streaming in random chunks equals decoding whole', () => {
    fc.assert(fc.property(input, sizes, encoding, (all, cuts, declared) => {
      const options = { input: 'stdin', ...(declared ? { encoding: declared } : {}) };
      const whole = decode(all, options);
      const d = createDecoder(options);
      let out = '';
      for (let at = 0, k = 0; at < all.length; k++) {
        const n = Math.min(all.length - at, cuts[k % cuts.length]!);
        out += d.write(all.subarray(at, at + n));
        at += n;
      }
      out += d.end();
      assert.equal(out, whole.text);
      assert.deepEqual(d.diagnostics, whole.diagnostics);
      assert.deepEqual([d.encoding, d.bom, d.confidence], [whole.encoding, whole.bom, whole.confidence]);
    }), { numRuns: 60 });
  });
});
