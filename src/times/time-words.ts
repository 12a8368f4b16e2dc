/**
 * The vocabulary of time expressions, read once from data files: month names (data/text/months.txt
 * through src/text/months.ts), Hijri months (hijri-months.txt), weekdays (weekdays.txt) and the
 * other words (time-words.txt: «أمس», «الماضي», «يومين», «مطلع» …), each as a phrase table.
 */
import { RasdError } from '../errors.js';
import { defaultMonths } from '../text/months.js';
import { readDataText } from '../text/read-data.js';
import type { Part } from '../core/time-schema.js';
import { phraseTable, type PhraseTable } from './phrase-table.js';

export type Unit = 'day' | 'week' | 'month' | 'year';

/** A unit noun after a count: «يومين» is {day, 2}; «أيام» {day, 'n'} (a plural). */
export interface CountWord {
  unit: Unit;
  n: number | 'n';
}

export interface TimeWords {
  months: PhraseTable<number>;
  hijriMonths: PhraseTable<number>;
  weekdays: PhraseTable<number>;
  days: PhraseTable<number>;
  units: PhraseTable<Unit>;
  directions: PhraseTable<number>;
  this: PhraseTable<number>;
  counts: PhraseTable<CountWord>;
  numbers: PhraseTable<number | 'few'>;
  ago: PhraseTable<number>;
  parts: PhraseTable<Part>;
  notToday: PhraseTable<true>;
  event: PhraseTable<true>;
  yearNouns: PhraseTable<true>;
  monthNouns: PhraseTable<true>;
  dayNouns: PhraseTable<true>;
  cues: PhraseTable<true>;
  rangeFrom: PhraseTable<true>;
  rangeTo: PhraseTable<true>;
  rangeBetween: PhraseTable<true>;
  rangeAnd: PhraseTable<true>;
  hijriMarks: PhraseTable<true>;
  gregorianMarks: PhraseTable<true>;
  /** Words for a day of the month: «غرة» 1. */
  dayWords: PhraseTable<number>;
  /** Nouns before a date that make it a name: «شارع». */
  nameNouns: PhraseTable<true>;
  /** Words of the future besides the prefix سـ: «سوف». */
  future: PhraseTable<true>;
}

/** `kind<TAB>value<TAB>phrase|…` lines (or `value<TAB>phrase|…` when `kinds` is false) as [kind, value, phrase] rows; throws E_DATA naming the line. */
export function parseWordLines(source: string, file: string, kinds = true): Array<[kind: string, value: string, phrase: string]> {
  const out: Array<[string, string, string]> = [];
  source.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    const [kind, value, phrases] = kinds ? cells : ['', ...cells];
    if (cells.length !== (kinds ? 3 : 2) || !value || !phrases) {
      throw new RasdError('E_DATA', `${file}:${n + 1}: expected "${kinds ? 'kind<TAB>' : ''}value<TAB>phrase|…", got ${JSON.stringify(line)}`);
    }
    for (const p of phrases.split('|').map((x) => x.trim()).filter(Boolean)) out.push([kind!, value, p]);
  });
  return out;
}

const UNITS: readonly string[] = ['day', 'week', 'month', 'year'];
const PARTS: readonly string[] = ['start', 'middle', 'end'];

/** Numbered names (weekdays 0–6, months 1–12) as a phrase table; throws E_DATA on a number out of range. */
function numbered(source: string, file: string, min: number, max: number): PhraseTable<number> {
  return phraseTable(
    parseWordLines(source, file, false).map(([, v, p]) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) throw new RasdError('E_DATA', `${file}: "${v}" is no number from ${min} to ${max} (for "${p}")`);
      return [n, p] as const;
    }),
  );
}

/** Builds the vocabulary from the texts of the three data files and a month-name index. */
export function parseTimeWords(words: string, weekdays: string, hijri: string, months: ReadonlyMap<string, number>, file = 'text/time-words.txt'): TimeWords {
  const rows = parseWordLines(words, file);
  const bad = (kind: string, value: string): never => {
    throw new RasdError('E_DATA', `${file}: bad value "${value}" for kind "${kind}"`);
  };
  const int = (kind: string, v: string): number => (/^-?\d+$/.test(v) ? Number(v) : bad(kind, v));
  const table = <V>(kind: string, read: (v: string) => V): PhraseTable<V> =>
    phraseTable(rows.filter((r) => r[0] === kind).map(([, v, p]) => [read(v), p] as const));
  const flag = (kind: string): PhraseTable<true> => table(kind, () => true as const);
  const known = new Set(['day', 'unit', 'direction', 'this', 'count', 'number', 'ago', 'part', 'not-today', 'event', 'year-noun', 'month-noun', 'day-noun', 'cue', 'range-from', 'range-to', 'range-between', 'range-and', 'hijri-mark', 'gregorian-mark', 'day-word', 'name-noun', 'future']);
  for (const [kind] of rows) if (!known.has(kind)) throw new RasdError('E_DATA', `${file}: unknown kind "${kind}" (known: ${[...known].join(', ')})`);
  return {
    months: phraseTable([...months].map(([name, m]) => [m, name] as const)),
    hijriMonths: numbered(hijri, 'text/hijri-months.txt', 1, 12),
    weekdays: numbered(weekdays, 'text/weekdays.txt', 0, 6),
    days: table('day', (v) => int('day', v)),
    units: table('unit', (v) => (UNITS.includes(v) ? (v as Unit) : bad('unit', v))),
    directions: table('direction', (v) => int('direction', v)),
    this: table('this', (v) => int('this', v)),
    counts: table('count', (v) => {
      const [u = '', n = ''] = v.split('/');
      if (!UNITS.includes(u) || !/^(n|\d+)$/.test(n)) bad('count', v);
      return { unit: u as Unit, n: n === 'n' ? 'n' : Number(n) };
    }),
    numbers: table('number', (v) => (v === 'few' ? 'few' : int('number', v))),
    ago: table('ago', (v) => int('ago', v)),
    parts: table('part', (v) => (PARTS.includes(v) ? (v as Part) : bad('part', v))),
    notToday: flag('not-today'),
    event: flag('event'),
    yearNouns: flag('year-noun'),
    monthNouns: flag('month-noun'),
    dayNouns: flag('day-noun'),
    cues: flag('cue'),
    rangeFrom: flag('range-from'),
    rangeTo: flag('range-to'),
    rangeBetween: flag('range-between'),
    rangeAnd: flag('range-and'),
    hijriMarks: flag('hijri-mark'),
    gregorianMarks: flag('gregorian-mark'),
    dayWords: table('day-word', (v) => int('day-word', v)),
    nameNouns: flag('name-noun'),
    future: flag('future'),
  };
}

let bundled: TimeWords | undefined;

/** The bundled vocabulary (data/text/time-words.txt, weekdays.txt, hijri-months.txt, months.txt), read once. */
export function defaultTimeWords(): TimeWords {
  bundled ??= parseTimeWords(readDataText('text/time-words.txt'), readDataText('text/weekdays.txt'), readDataText('text/hijri-months.txt'), defaultMonths(), 'data/text/time-words.txt');
  return bundled;
}
