/**
 * Decoded text of one input, fed chunk by chunk → articles, by its format: a splitter cuts the
 * text into self-contained pieces, the format's extractor reads each piece, and the offsets found
 * are moved to the piece's place in the input. Memory holds one piece, never the whole input.
 */
import type { Diagnostic } from '../../errors.js';
import type { Article } from '../article.js';
import type { InputFormat } from '../detect-format.js';
import { extractDump } from '../dump/extract-dump.js';
import { extractFeed } from '../feeds/extract-feed.js';
import { extractHtml } from '../html/extract-html.js';
import { csvHeader, extractCsvRows, type CsvHeader } from '../records/extract-csv.js';
import { extractRecords } from '../records/extract-records.js';
import type { FieldMap } from '../records/field-map.js';
import { CsvSplitter } from './csv-splitter.js';
import { DumpSplitter } from './dump-splitter.js';
import { JsonArraySplitter } from './json-array-splitter.js';
import { JsonLinesSplitter } from './jsonl-splitter.js';
import { DEFAULT_LIMITS, type StreamLimits } from './limits.js';
import type { PieceEvent, Splitter } from './pieces.js';
import { shiftArticle, shiftDiagnostic } from './shift.js';
import { WholeSplitter } from './whole-splitter.js';

export interface ReaderOptions {
  path: string;
  format: InputFormat;
  /** The first characters of the input: a JSON input opening with `[` is an array, else JSON lines. */
  head: string;
  outlet?: string | null;
  map?: FieldMap;
  limits?: StreamLimits;
}

export interface Found {
  articles: Article[];
  diagnostics: Diagnostic[];
}

type Extract = (text: string) => Found;

/** The articles of one input, read chunk by chunk: `push` each decoded chunk in order, then `end`. */
export class FormatReader {
  private readonly splitter: Splitter;
  private readonly extract: Extract;
  private header: CsvHeader | null = null;
  private readonly events: PieceEvent[] = [];

  constructor(private readonly o: ReaderOptions) {
    const limits = o.limits ?? DEFAULT_LIMITS;
    const base = { path: o.path, outlet: o.outlet ?? null };
    const records = { ...base, ...(o.map ? { map: o.map } : {}) };
    const array = o.head.replace(/^[\s\uFEFF]+/, '').startsWith('[');
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
  }

  push(chunk: string): Found {
    this.splitter.push(chunk, this.events);
    return this.drain();
  }

  end(): Found {
    this.splitter.end(this.events);
    return this.drain();
  }

  private drain(): Found {
    const found: Found = { articles: [], diagnostics: [] };
    for (const e of this.events) {
      if (e.kind === 'header') this.header = csvHeader(e.text);
      else if (e.kind === 'skipped') {
        found.diagnostics.push({ code: e.code, message: e.message, input: this.o.path, start: e.start, end: e.end, unit: 'char', severity: e.severity });
      } else {
        const got = this.extract(e.text);
        for (const a of got.articles) found.articles.push(shiftArticle(a, e.base));
        for (const d of got.diagnostics) found.diagnostics.push(shiftDiagnostic(d, e.base));
      }
    }
    this.events.length = 0;
    return found;
  }
}
