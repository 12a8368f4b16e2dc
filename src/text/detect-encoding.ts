/**
 * Which encoding a byte buffer is in, and how sure we are: a BOM first, then the UTF-16 NUL
 * pattern, then strict UTF-8 validity, then Arabic-letter scoring of windows-1256 vs ISO-8859-6.
 */
import { createRequire } from 'node:module';
import { RasdError } from '../errors.js';

/** The encodings Rasd decodes. */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

/** What {@link detectEncoding} found: the encoding, the BOM length in bytes, a confidence in [0, 1]. */
export interface DetectedEncoding {
  encoding: EncodingName;
  bom: number;
  confidence: number;
}

/** Bytes looked at: the head for BOM/UTF-16/binary, and as much again from the first non-ASCII byte. */
export const DETECT_WINDOW = 64 * 1024;

// Keys are lower-cased with `-`, `_`, ` `, `.`, `:` removed, so «UTF-16LE», «utf_16le», «utf16le» meet.
const ALIASES: Record<string, EncodingName> = {
  utf8: 'utf-8', unicode11utf8: 'utf-8', unicode20utf8: 'utf-8', xunicode20utf8: 'utf-8',
  utf16le: 'utf-16le', utf16: 'utf-16le', ucs2: 'utf-16le', unicode: 'utf-16le', csunicode: 'utf-16le',
  iso10646ucs2: 'utf-16le', unicodefeff: 'utf-16le',
  utf16be: 'utf-16be', unicodefffe: 'utf-16be',
  windows1256: 'windows-1256', cp1256: 'windows-1256', win1256: 'windows-1256', xcp1256: 'windows-1256',
  iso88596: 'iso-8859-6', iso885961987: 'iso-8859-6', iso88596e: 'iso-8859-6', iso88596i: 'iso-8859-6',
  isoir127: 'iso-8859-6', arabic: 'iso-8859-6', asmo708: 'iso-8859-6', ecma114: 'iso-8859-6',
  csisolatinarabic: 'iso-8859-6',
};

/** Maps a declared name or alias (`cp1256`, `UTF-16LE`, `arabic`) to an {@link EncodingName}; throws `E_ENCODING` otherwise. */
export function normalizeEncodingName(name: string): EncodingName {
  const key = typeof name === 'string' ? name.trim().toLowerCase().replace(/[-_ .:]/g, '') : '';
  const found = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (found === undefined) {
    throw new RasdError(
      'E_ENCODING',
      `unknown encoding ${JSON.stringify(name)}; expected utf-8, utf-16le, utf-16be, windows-1256 or iso-8859-6 (or an alias such as cp1256, arabic)`,
    );
  }
  return found;
}

export type CodePageName = 'windows-1256' | 'iso-8859-6';
const pages = new Map<CodePageName, Uint16Array>();

/**
 * The code unit of every byte of one of the two Arabic code pages, U+FFFD where the page maps
 * nothing, as iconv-lite maps them. Built on first use: iconv-lite is loaded only by an input in
 * a code page, not at every start.
 */
export function codePage(encoding: CodePageName): Uint16Array {
  let page = pages.get(encoding);
  if (!page) {
    const iconv = createRequire(import.meta.url)('iconv-lite') as { decode(bytes: Uint8Array, encoding: string): string };
    const text = iconv.decode(new Uint8Array(256).map((_, i) => i), encoding);
    pages.set(encoding, (page = Uint16Array.from({ length: 256 }, (_, i) => text.charCodeAt(i))));
  }
  return page;
}

/** Length of the valid UTF-8 sequence at `i`: 1–4; 0 when byte `i` starts none; -1 when `end` cuts a valid prefix. */
export function utf8SequenceLength(b: Uint8Array, i: number, end: number = b.length): number {
  const b0 = b[i]!;
  if (b0 < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) n = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    n = 3;
    if (b0 === 0xe0) lo = 0xa0; // e0 80..9f would be an overlong form
    else if (b0 === 0xed) hi = 0x9f; // ed a0..bf would be a surrogate
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    n = 4;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f; // above U+10FFFF
  } else return 0;
  for (let k = 1; k < n; k++) {
    if (i + k >= end) return -1;
    const c = b[i + k]!;
    if (c < lo || c > hi) return 0;
    lo = 0x80;
    hi = 0xbf;
  }
  return n;
}

/** The BOM at the start of `bytes`, if any: `ef bb bf`, `ff fe`, `fe ff`. */
export function detectBom(bytes: Uint8Array): DetectedEncoding | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3, confidence: 1 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2, confidence: 1 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2, confidence: 1 };
  return undefined;
}

/**
 * BOM-less UTF-16 from where the NULs fall in `head`: «a b» in UTF-16LE is `61 00 20 00 62 00`.
 * Arabic puts `06` on the same side («في» is `41 06 4a 06`), so it counts too: text has no byte 06.
 */
export function detectUtf16(head: Uint8Array): DetectedEncoding | undefined {
  const pairs = head.length >> 1;
  if (pairs < 2) return undefined;
  let evenNul = 0, evenAr = 0, oddNul = 0, oddAr = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    const e = head[i]!, o = head[i + 1]!;
    if (e === 0) evenNul++;
    else if (e === 6) evenAr++;
    if (o === 0) oddNul++;
    else if (o === 6) oddAr++;
  }
  const le = (oddNul + oddAr) / pairs - evenNul / pairs;
  const be = (evenNul + evenAr) / pairs - oddNul / pairs;
  if (le >= 0.5 && be < 0.1) return { encoding: 'utf-16le', bom: 0, confidence: Math.min(0.95, le) };
  if (be >= 0.5 && le < 0.1) return { encoding: 'utf-16be', bom: 0, confidence: Math.min(0.95, be) };
  return undefined;
}

/** Index of the first byte ≥ 0x80 at or after `from`, or `bytes.length`. */
export function firstNonAscii(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length && bytes[i]! < 0x80) i++;
  return i;
}

const OTHER = 0, LETTER = 1, MARK = 2, TANWEEN = 3, LATIN = 4, BAD = 5;

function charKind(c: number): number {
  if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) return BAD; // unmapped, or a C1 control
  if ((c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3)) return LETTER;
  if (c >= 0x64b && c <= 0x64d) return TANWEEN;
  if (c >= 0x64e && c <= 0x652) return MARK;
  if (c >= 0xc0 && c <= 0xff) return LATIN; // à ç é, and ×, which is 8859-6 «ط» read as 1256
  return OTHER;
}

/**
 * Implausible characters when `sample` is read through `table`: unmapped bytes and C1 controls,
 * Latin letters touching Arabic ones (1256 «و» read as 8859-6 gives «è»), marks with no letter
 * before them and tanween inside a word (1256 «ي» read as 8859-6 gives kasratan).
 */
function implausibility(sample: Uint8Array, table: Uint16Array): { bad: number; letters: number; high: number } {
  let bad = 0, letters = 0, high = 0, prev = OTHER;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i]! >= 0x80) high++;
    const k = charKind(table[sample[i]!]!);
    if (k === BAD) bad++;
    else if (k === LETTER) {
      letters++;
      if (prev === LATIN || prev === TANWEEN) bad++;
    } else if (k === LATIN) {
      if (prev === LETTER || prev === MARK || prev === TANWEEN) bad++;
    } else if (k === MARK || k === TANWEEN) {
      if (prev !== LETTER && prev !== MARK) bad++;
    }
    prev = k;
  }
  return { bad, letters, high };
}

/** Windows-1256 or ISO-8859-6: fewer implausible characters wins, then more Arabic letters, then 1256. */
export function detectArabicCodePage(sample: Uint8Array): DetectedEncoding {
  const [W, I] = [codePage('windows-1256'), codePage('iso-8859-6')];
  const w = implausibility(sample, W);
  const i = implausibility(sample, I);
  // «صبر» is d5 c8 d1 in both pages: the choice is open but the text is certain.
  if (sample.every((b) => W[b] === I[b])) return { encoding: 'windows-1256', bom: 0, confidence: 1 };
  const isoWins = i.bad < w.bad || (i.bad === w.bad && i.letters > w.letters);
  const [win, lose] = isoWins ? [i, w] : [w, i];
  const d = lose.bad - win.bad;
  // Each extra implausible character in the loser halves the doubt; those in the winner add it back.
  const margin = d === 0 ? 0 : (1 - 0.5 ** d) * (d / (d + win.bad));
  const confidence = (0.5 + 0.5 * margin) * (1 - win.bad / Math.max(1, win.high));
  return { encoding: isoWins ? 'iso-8859-6' : 'windows-1256', bom: 0, confidence };
}

/**
 * UTF-8 when `sample` holds more valid multi-byte sequences than invalid bytes (a few bad bytes
 * in UTF-8 text are errors, not a code page), else the better Arabic code page. ASCII → utf-8.
 */
export function detectByteEncoding(sample: Uint8Array): DetectedEncoding {
  let multi = 0, invalid = 0;
  for (let i = 0; i < sample.length; ) {
    if (sample[i]! < 0x80) { i++; continue; }
    const n = utf8SequenceLength(sample, i);
    if (n < 0) break; // cut by the end of the sample
    if (n === 0) {
      invalid++;
      i++;
    } else {
      multi++;
      i += n;
    }
  }
  if (multi === 0 && invalid === 0) return { encoding: 'utf-8', bom: 0, confidence: 1 };
  if (multi > invalid) {
    const confidence = (multi / (multi + invalid)) * (1 - 0.5 ** multi);
    return { encoding: 'utf-8', bom: 0, confidence };
  }
  return detectArabicCodePage(sample);
}

/** Detects the encoding of `bytes` from its BOM, its first 64 KiB and 64 KiB from its first non-ASCII byte. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const head = bytes.subarray(0, DETECT_WINDOW);
  const start = firstNonAscii(bytes);
  return detectBom(bytes) ?? detectUtf16(head) ?? detectByteEncoding(bytes.subarray(start, start + DETECT_WINDOW));
}
