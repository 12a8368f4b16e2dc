/** The clitic and suffix tables of data/morphology/, parsed once. */
import { RasdError } from '../errors.js';
import { readLines } from './read-data.js';
import { NOMINAL, TAG, type TagName } from './lexicon-tags.js';

/** Where a proclitic sits in the stack و/ف → ب/ك/ل or س → ال. */
export type ProcliticSlot = 'conj' | 'prep' | 'future' | 'article';

/** One inflectional suffix: `ات` on a stem tagged femininePlural, restoring ة: سيارات → سيارة. */
export interface SuffixRule {
  suffix: string;
  /** The stem must carry one of these tag bits. */
  tags: number;
  /** Endings to put back on the stem, in order of preference (`''` for none). */
  restore: readonly string[];
  /** The word classes the stem may have: NOMINAL or TAG.verb. */
  classes: number;
}

/** The parsed tables. */
export interface MorphologyTables {
  proclitics: ReadonlyMap<string, ProcliticSlot>;
  /** Pronoun enclitics, longest first: `هما` before `ها` before `ه`. */
  enclitics: readonly string[];
  /** Inflectional suffixes, longest first (stable for equal lengths). */
  suffixes: readonly SuffixRule[];
}

const SLOTS = new Set<ProcliticSlot>(['conj', 'prep', 'future', 'article']);

function fields(line: string, file: string, min: number): string[] {
  const f = line.split('\t').map((s) => s.trim());
  if (f.length < min || f.slice(0, min).some((s) => !s)) {
    throw new RasdError('E_DATA', `data/morphology/${file}: expected ${min} tab-separated fields in "${line}"`);
  }
  return f;
}

/** Parses the three tables from their data lines (comments already removed). */
export function parseMorphologyTables(proclitics: string[], enclitics: string[], suffixes: string[]): MorphologyTables {
  const pro = new Map<string, ProcliticSlot>();
  for (const line of proclitics) {
    const [surface, slot] = fields(line, 'proclitics.txt', 2) as [string, ProcliticSlot];
    if (!SLOTS.has(slot)) throw new RasdError('E_DATA', `data/morphology/proclitics.txt: unknown slot "${slot}"`);
    pro.set(surface, slot);
  }
  const enc = enclitics.map((line) => fields(line, 'enclitics.txt', 1)[0]!);
  const suf = suffixes.map((line): SuffixRule => {
    const [suffix, tags, restore, cls] = fields(line, 'suffixes.txt', 4) as [string, string, string, string];
    let bits = 0;
    for (const name of tags.split(',')) {
      const bit = TAG[name as TagName];
      if (bit === undefined) throw new RasdError('E_DATA', `data/morphology/suffixes.txt: unknown tag "${name}"`);
      bits |= bit;
    }
    if (cls !== 'nominal' && cls !== 'verb') throw new RasdError('E_DATA', `data/morphology/suffixes.txt: unknown class "${cls}"`);
    return {
      suffix,
      tags: bits,
      restore: restore.split(',').map((r) => (r === '-' ? '' : r)),
      classes: cls === 'verb' ? TAG.verb : NOMINAL,
    };
  });
  const longestFirst = <T>(arr: T[], len: (t: T) => number): T[] =>
    arr.map((t, i) => [t, i] as const).sort((a, b) => len(b[0]) - len(a[0]) || a[1] - b[1]).map(([t]) => t);
  return {
    proclitics: pro,
    enclitics: longestFirst(enc, (e) => e.length),
    suffixes: longestFirst(suf, (s) => s.suffix.length),
  };
}

let cached: MorphologyTables | undefined;

/** The bundled tables (data/morphology/*.txt), read once. */
export function defaultMorphologyTables(): MorphologyTables {
  cached ??= parseMorphologyTables(
    readLines('morphology/proclitics.txt'),
    readLines('morphology/enclitics.txt'),
    readLines('morphology/suffixes.txt'),
  );
  return cached;
}
