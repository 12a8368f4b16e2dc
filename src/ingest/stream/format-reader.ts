/**
 * Decoded text of one input, fed chunk by chunk → articles, by its format: a splitter cuts the
 * text into self-contained pieces, the format's extractor reads each piece, and the offsets found
 * are moved to the piece's place in the input. Memory holds one piece, never the whole input.
 *
 * Time is bounded too (stream/budget.ts): the pieces of one chunk are extracted within one budget,
 * linear in their size; when that runs out (or the extractor throws) the work is done again
 * record by record, each within a budget of its own, and a record that runs out of it becomes an
 * `extract/time-budget` diagnostic (one that throws, `extract/failed`) while the records before
 * and after it are delivered.
 */
import type { Diagnostic } from '../../errors.js';
import type { Article } from '../../core/article.js';
import { sourceDigest } from '../article-id.js';
import type { InputFormat } from '../detect-format.js';
import { extractDump } from '../dump/extract-dump.js';
import { extractFeed } from '../feeds/extract-feed.js';
import { extractHtml } from '../html/extract-html.js';
import { csvHeader, extractCsvRows, type CsvHeader } from '../records/extract-csv.js';
import { extractRecords } from '../records/extract-records.js';
import { recordLines } from '../records/record-lines.js';
import { Profiles, profileKey } from '../chrome/profiles.js';
import { segmentDump } from '../dump/segment-dump.js';
import type { FieldMap } from '../records/field-map.js';
import type { ArticleSpan } from '../../core/article.js';
import { budgetFor, budgetRunner, OVER_BUDGET, type BudgetRunner } from './budget.js';
import { CsvSplitter } from './csv-splitter.js';
import { DumpSplitter } from './dump-splitter.js';
import { JsonArraySplitter } from './json-array-splitter.js';
import { JsonLinesSplitter } from './jsonl-splitter.js';
import { DEFAULT_LIMITS, type StreamLimits } from './limits.js';
import type { PieceEvent, Splitter } from './pieces.js';
import { shiftArticle, shiftDiagnostic } from './shift.js';
import { unitsOf, type UnitLayout } from './units.js';
import { WholeSplitter } from './whole-splitter.js';

export interface ReaderOptions {
  path: string;
  format: InputFormat;
  /** The first characters of the input: a JSON input opening with `[` is an array, else JSON lines. */
  head: string;
  outlet?: string | null;
  map?: FieldMap;
  limits?: StreamLimits;
  /** How extraction runs within its time budget (default: stopped past `limits.budget`, see budget.ts). */
  runner?: BudgetRunner;
  /** What the run learns of each outlet's chrome, shared by all its inputs (default: this input's own). */
  profiles?: Profiles;
  /** Give each article `source.digest`, the hash of its input text (an ingest recognises what it stored by it). */
  digests?: boolean;
  /** Input texts (by digest) whose articles the profiles have counted already: not counted again (a re-ingest). */
  counted?: (digest: string) => boolean;
}

/**
 * Articles read ahead before one is extracted, so that the chrome an outlet repeats is learned
 * from the articles after it as well as before (a template's lines recur in every one of them).
 */
export const LOOKAHEAD = 400;

export interface Found {
  articles: Article[];
  diagnostics: Diagnostic[];
}

type Extract = (text: string) => Found;
type Piece = { text: string; base: number };

/** The articles of one input, read chunk by chunk: `push` each decoded chunk in order, then `end`. */
export class FormatReader {
  private readonly splitter: Splitter;
  private readonly extract: Extract;
  private header: CsvHeader | null = null;
  private readonly events: PieceEvent[] = [];
  private readonly limits: StreamLimits;
  private readonly run: BudgetRunner;
  private readonly json: UnitLayout['json'];
  private readonly profiles: Profiles;
  /** Events read but not yet extracted, each with the count of articles observed before it. */
  private readonly ahead: Array<{ event: PieceEvent; seen: number }> = [];
  private seen = 0;
  private readonly observe: (text: string) => void;

  constructor(private readonly o: ReaderOptions) {
    const limits = (this.limits = o.limits ?? DEFAULT_LIMITS);
    this.run = o.runner ?? budgetRunner(limits);
    const profiles = (this.profiles = o.profiles ?? new Profiles());
    const base = { path: o.path, outlet: o.outlet ?? null, profiles };
    const records = { ...base, ...(o.map ? { map: o.map } : {}) };
    const array = o.head.replace(/^[\s\uFEFF]+/, '').startsWith('[');
    this.json = array ? 'items' : 'lines';
    switch (o.format) {
      case 'dump':
        this.splitter = new DumpSplitter(limits);
        this.extract = (t) => extractDump(t, base);
        break;
      case 'json':
        this.splitter = array ? new JsonArraySplitter(limits) : new JsonLinesSplitter(limits);
        this.extract = (t) => extractRecords(t, records, array ? 'items' : 'lines');
        break;
      case 'csv':
        this.splitter = new CsvSplitter(limits);
        this.extract = (t) => (this.header ? extractCsvRows(t, this.header, records) : { articles: [], diagnostics: [] });
        break;
      case 'html':
        this.splitter = new WholeSplitter(limits, 'an HTML page');
        this.extract = (t) => extractHtml(t, base);
        break;
      case 'feed':
        this.splitter = new WholeSplitter(limits, 'a feed');
        this.extract = (t) => extractFeed(t, base);
        break;
    }
    this.observe = this.observer();
  }

  /** How a piece's articles are counted into the profiles before extraction: their lines, by outlet. */
  private observer(): (text: string) => void {
    const { path, outlet } = this.o;
    const counted = this.o.counted;
    // `raw`: the article's input text, by which one counted before (a stored article read again) is known.
    const count = (key: string, lines: readonly string[], raw: string): void => {
      this.seen++;
      if (!counted || !counted(sourceDigest(raw))) this.profiles.observe(key, lines);
    };
    switch (this.o.format) {
      case 'dump':
        return (t) => {
          for (const b of segmentDump(t)) count(profileKey(outlet, path), b.lines.map((l) => t.slice(l.start, l.end)), counted ? t.slice(b.start, b.end) : '');
        };
      case 'json':
        return (t) => {
          for (const r of recordLines(t, this.json === 'items' ? 'items' : 'lines', this.o.map)) count(profileKey(r.outlet ?? outlet, path), r.lines, counted ? t.slice(r.start, r.end) : '');
        };
      case 'csv':
        return (t) => {
          if (!this.header) return;
          for (const a of extractCsvRows(t, this.header, { path, outlet: outlet ?? null, ...(this.o.map ? { map: this.o.map } : {}) }).articles) count(profileKey(a.outlet, path), a.paragraphs, counted ? t.slice(a.source.start, a.source.end) : '');
        };
      default:
        return () => {};
    }
  }

  push(chunk: string): Found {
    this.splitter.push(chunk, this.events);
    this.readAhead();
    return this.drain();
  }

  end(): Found {
    this.splitter.end(this.events);
    this.readAhead(true);
    return this.drain();
  }

  /** Observes the new pieces, and leaves in `events` only those LOOKAHEAD articles behind (all of them at the end). */
  private readAhead(all = false): void {
    for (const event of this.events) {
      // Counted from the piece's first article: a piece of many articles has its own lookahead inside it.
      this.ahead.push({ event, seen: this.seen });
      if (event.kind === 'header') this.header = csvHeader(event.text);
      else if (event.kind === 'piece') this.observe(event.text);
    }
    this.events.length = 0;
    let n = 0;
    while (n < this.ahead.length && (all || this.seen - this.ahead[n]!.seen >= LOOKAHEAD)) n++;
    for (const { event } of this.ahead.splice(0, n)) this.events.push(event);
  }

  private drain(): Found {
    const found: Found = { articles: [], diagnostics: [] };
    const pieces: Piece[] = [];
    const flush = (): void => {
      if (pieces.length) this.extractPieces(pieces, found);
      pieces.length = 0;
    };
    for (const e of this.events) {
      if (e.kind === 'piece') pieces.push(e);
      else {
        flush();
        if (e.kind === 'header') this.header = csvHeader(e.text);
        else found.diagnostics.push({ code: e.code, message: e.message, input: this.o.path, start: e.start, end: e.end, unit: 'char', severity: e.severity });
      }
    }
    flush();
    this.events.length = 0;
    return found;
  }

  /** Extracts consecutive pieces within one budget; past it, or on a throw, record by record. */
  private extractPieces(pieces: readonly Piece[], found: Found): void {
    const size = pieces.reduce((n, p) => n + p.text.length, 0);
    const all = this.attempt(size, () => pieces.map((p) => this.extract(p.text)));
    const digested = (got: Found, text: string): Found => (this.o.digests ? withDigests(got, text) : got);
    if (Array.isArray(all)) {
      all.forEach((got, i) => add(found, digested(got, pieces[i]!.text), pieces[i]!.base));
      return;
    }
    const layout: UnitLayout = { format: this.o.format, json: this.json, header: this.header };
    for (const p of pieces) {
      for (const u of unitsOf(p.text, layout)) {
        const got = this.attempt(u.end - u.start, () => this.extract(p.text.slice(u.start, u.end)));
        if (got === OVER_BUDGET || got instanceof Error) found.diagnostics.push(this.failure(got, { start: p.base + u.start, end: p.base + u.end }));
        else add(found, digested(got, p.text.slice(u.start, u.end)), p.base + u.start);
      }
    }
  }

  /** `work` run within the budget of `size` characters: its result, OVER_BUDGET, or what it threw. */
  private attempt<T extends object>(size: number, work: () => T): T | typeof OVER_BUDGET | Error {
    try {
      return this.run(size, work);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  private failure(why: typeof OVER_BUDGET | Error, span: ArticleSpan): Diagnostic {
    const d = { input: this.o.path, ...span, unit: 'char', severity: 'error' } as const;
    if (why !== OVER_BUDGET) return { code: 'extract/failed', message: `extracting this record failed (${why.name}: ${why.message}); skipped`, ...d };
    const ms = Math.round(budgetFor(this.limits, span.end - span.start)).toLocaleString('en-US');
    return { code: 'extract/time-budget', message: `extracting this record took more than its time budget of ${ms} ms (a pathological input?); skipped`, ...d };
  }
}

/** Adds what was found in a piece at offset `base` to `found`, its offsets moved there. */
/** `got` with each article's source digest, from the text it was extracted from (before its offsets move). */
function withDigests(got: Found, text: string): Found {
  return { ...got, articles: got.articles.map((a) => ({ ...a, source: { ...a.source, digest: sourceDigest(text.slice(a.source.start, a.source.end)) } })) };
}

function add(found: Found, got: Found, base: number): void {
  for (const a of got.articles) found.articles.push(shiftArticle(a, base));
  for (const d of got.diagnostics) found.diagnostics.push(shiftDiagnostic(d, base));
}
