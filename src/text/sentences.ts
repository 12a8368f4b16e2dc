/**
 * Arabic sentence splitting: spans over the original text, found in one linear pass.
 * Order of work: units (lines, or paragraphs) → clusters of end punctuation → rules → trimmed spans.
 * The rules for a lone full stop are in sentence-rules.ts; the scan itself in sentence-scan.ts.
 * "Whitespace" here is \p{White_Space} plus the invisible \p{Cf} marks (RLM, LRM, BOM, ZWJ): a span
 * never starts or ends with one, and they are the only text a span may leave out.
 */
import { RasdError } from '../errors.js';
import type { Span } from '../core/types.js';
import { defaultAbbreviationList, keysOf, type AbbreviationKeys } from './sentence-abbreviations.js';
import * as chars from './sentence-chars.js';
import { scanUnit, type ScanSettings } from './sentence-scan.js';

// Local copies: tsx compiles each use of an imported binding to a getter call, too slow in a per-character loop.
const { isBlank, isLineBreak } = chars;

/** How {@link splitSentences} decides; every field is optional, see {@link defaultSentenceOptions}. */
export interface SentenceOptions {
  /** Abbreviations as written (`د.`, `أ.ف.ب`, `Dr.`) whose dot does not end a sentence. Default: data/text/abbreviations.txt. */
  abbreviations?: ReadonlySet<string>;
  /** Calendar markers that end a sentence after a number (`وُلد عام 1950م.`). Default: the `year` entries of that file. */
  yearMarkers?: ReadonlySet<string>;
  /** A line break always ends a sentence (scraped news keeps one paragraph per line); when false only a blank line does. */
  newlineIsBoundary?: boolean;
  /** `؛` and `;` end a sentence. Off by default: in Arabic news `؛` joins clauses of one sentence, often a cause to its effect. */
  semicolonIsBoundary?: boolean;
  /** `…` and `...` before a space end a sentence. Off by default: mid-line they mostly mark a pause or an omission. */
  ellipsisIsBoundary?: boolean;
  /** A sentence end inside «…», “…” or "…" splits the quote. When false, a quote stays whole with `قال:` before it. */
  splitInsideQuotes?: boolean;
}

/** The documented defaults of the boolean options (the sets default to the bundled data file). */
export const defaultSentenceOptions = {
  newlineIsBoundary: true,
  semicolonIsBoundary: false,
  ellipsisIsBoundary: false,
  splitInsideQuotes: true,
} as const satisfies SentenceOptions;

type Flag = keyof typeof defaultSentenceOptions;

function flag(options: SentenceOptions, name: Flag): boolean {
  const value: unknown = options[name];
  if (value === undefined) return defaultSentenceOptions[name];
  if (typeof value !== 'boolean') throw new RasdError('E_OPTION', `sentence option ${name} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
}

function lexiconSet(options: SentenceOptions, name: 'abbreviations' | 'yearMarkers'): ReadonlySet<string> {
  const value: unknown = options[name];
  if (value === undefined) return keysOf(defaultAbbreviationList()[name]);
  if (!(value instanceof Set)) throw new RasdError('E_OPTION', `sentence option ${name} must be a Set of strings, got ${String(value)}`);
  return keysOf(value as ReadonlySet<string>);
}

function settingsOf(options: SentenceOptions): ScanSettings & { newlineIsBoundary: boolean } {
  const lexicon: AbbreviationKeys = { abbreviations: lexiconSet(options, 'abbreviations'), yearMarkers: lexiconSet(options, 'yearMarkers') };
  return {
    lexicon,
    newlineIsBoundary: flag(options, 'newlineIsBoundary'),
    semicolonIsBoundary: flag(options, 'semicolonIsBoundary'),
    ellipsisIsBoundary: flag(options, 'ellipsisIsBoundary'),
    splitInsideQuotes: flag(options, 'splitInsideQuotes'),
  };
}

// Calls `unit` for each line; `\r\n` is one break.
function forEachLine(text: string, unit: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) continue;
    unit(start, i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  unit(start, text.length);
}

// Calls `unit` for each paragraph: lines up to a blank line.
function forEachParagraph(text: string, unit: (start: number, end: number) => void): void {
  let start = -1;
  let end = 0;
  forEachLine(text, (s, e) => {
    let k = s;
    while (k < e && isBlank(text.charCodeAt(k))) k++;
    if (k < e) {
      if (start < 0) start = s;
      end = e;
    } else if (start >= 0) {
      unit(start, end);
      start = -1;
    }
  });
  if (start >= 0) unit(start, end);
}

/** Splits text into sentence spans over the original text; spans are trimmed of surrounding whitespace and cover all non-space text. */
export function splitSentences(text: string, options: SentenceOptions = {}): Span[] {
  if (typeof text !== 'string') throw new RasdError('E_USAGE', `splitSentences expects a string, got ${typeof text}`);
  const spans: Span[] = [];
  if (text.length === 0) return spans;
  const settings = settingsOf(options);
  const each = settings.newlineIsBoundary ? forEachLine : forEachParagraph;
  each(text, (start, end) => scanUnit(text, start, end, settings, spans));
  return spans;
}
