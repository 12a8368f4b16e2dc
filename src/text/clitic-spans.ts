/** Clitic segmentation mapped back onto the original text: each piece of a word with its own span. */
import type { Span } from '../core/types.js';
import { segmentClitics } from './clitics.js';
import { normalize, toOriginalSpan } from './normalize.js';

/** One piece of a word: a proclitic, the base, or an enclitic, with its span in the original text. */
export interface CliticPiece extends Span {
  role: 'proclitic' | 'base' | 'enclitic';
  /** The clitic's identity (`ال` for the second ل of `لل`), or the base's lemma (`سيارة` for `سيارت`). */
  tag: string;
}

/**
 * Splits the word at `text.slice(start, end)` into its pieces, spans included: `وَبِسيارتِهِ` gives
 * و, ب, سيارت(ـِ) and ه(ـِ), each span covering its harakat.
 */
export function cliticPieces(text: string, start: number, end: number): CliticPiece[] {
  const norm = normalize(text.slice(start, end), 'morph');
  const seg = segmentClitics(norm.text);
  const pieces: CliticPiece[] = [];
  let at = 0;
  const add = (role: CliticPiece['role'], length: number, tag: string): void => {
    const span = toOriginalSpan(norm, at, at + length);
    pieces.push({ role, tag, start: start + span.start, end: start + span.end });
    at += length;
  };
  for (const c of seg.proclitics) add('proclitic', c.surface.length, c.tag);
  add('base', seg.base.length, seg.lemma);
  for (const c of seg.enclitics) add('enclitic', c.surface.length, c.tag);
  return pieces;
}
