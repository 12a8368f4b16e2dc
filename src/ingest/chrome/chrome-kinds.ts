/**
 * The chrome kinds of data/ingest/chrome/*.txt, loaded once and compiled to shape tables: whole
 * lines, line openings and endings, phrases, and UI words (see data/ingest/chrome/README.md).
 */
import { readdirSync } from 'node:fs';
import { DATA_DIR, readLines } from '../../text/read-data.js';
import { lineShape } from './line-shape.js';

export interface ChromeKinds {
  /** Whole-line shape → kind. */
  lines: ReadonlyMap<string, string>;
  /** Opening shape (one or more words) → kind, for short lines. */
  starts: ReadonlyMap<string, string>;
  /** Ending shape → kind, for short lines. */
  ends: ReadonlyMap<string, string>;
  /** UI word → kind. */
  words: ReadonlyMap<string, string>;
  /** Phrases (` shape `, blank-padded) that make a line of up to 45 words the kind wherever they stand: «… ملفات تعريف الارتباط …». */
  contains: ReadonlyArray<readonly [string, string]>;
  /** The longest opening or ending, in words. */
  maxAffix: number;
}

/** Compiles kind files (`kind` → its lines) into the tables. */
export function compileKinds(files: ReadonlyMap<string, readonly string[]>): ChromeKinds {
  const lines = new Map<string, string>();
  const starts = new Map<string, string>();
  const ends = new Map<string, string>();
  const words = new Map<string, string>();
  const contains: Array<[string, string]> = [];
  let maxAffix = 1;
  for (const [kind, entries] of files) {
    for (const entry of entries) {
      if (entry.startsWith('word:')) {
        for (const w of lineShape(entry.slice(5)).split(' ')) if (w) words.set(w, kind);
        continue;
      }
      const open = entry.endsWith('…');
      const close = entry.startsWith('…');
      const shape = lineShape(entry.replace(/…/gu, ''));
      if (!shape) continue;
      if (open && close) {
        contains.push([` ${shape} `, kind]);
        continue;
      }
      maxAffix = Math.max(maxAffix, shape.split(' ').length);
      if (open) starts.set(shape, kind);
      else if (close) ends.set(shape, kind);
      else lines.set(shape, kind);
    }
  }
  return { lines, starts, ends, words, contains, maxAffix };
}

let cached: ChromeKinds | undefined;

/** The bundled kinds (data/ingest/chrome/<kind>.txt). */
export function defaultChromeKinds(): ChromeKinds {
  if (cached) return cached;
  const files = new Map<string, string[]>();
  for (const name of readdirSync(new URL('ingest/chrome/', DATA_DIR)).filter((n) => n.endsWith('.txt')).sort()) {
    files.set(name.slice(0, -4), readLines(`ingest/chrome/${name}`));
  }
  return (cached = compileKinds(files));
}
