/** The search analyser: normalise → tokenise → segment clitics → drop stopwords → stem, with positions. */
import { RasdError } from '../errors.js';
import { segmentClitics } from './clitics.js';
import { DROP, MULTI, foldTable } from './fold-table.js';
import { decodeUnits, normalizeText } from './normalize.js';
import { resolveNormalizeOptions } from './normalize-options.js';
import { Kind, TokenScanner } from './scan-tokens.js';
import { Utf8WordScanner } from './scan-utf8.js';
import { stem } from './stem.js';
import { ARTICLE_RUN_SOURCE, readWord } from './word-reading.js';
import { defaultStopwords } from './stopwords.js';
import { TermBuffer } from './term-buffer.js';
import { grown } from './grow.js';
import { WordTable } from './word-table.js';
import { defaultAnalyzerOptions, type AnalyzerOptions, type Morphology } from './analyzer-options.js';

export { TermBuffer } from './term-buffer.js';
export * from './analyzer-options.js';

/** One analysed term: the indexed form, its word position and the span of its source word. */
export interface Term {
  term: string;
  position: number;
  start: number;
  end: number;
}

/** A word's readings for a query: its stem term, its surface term (`=…`) and whether it is a name. */
export interface WordTerms extends Term {
  /** The term of the word's surface without proclitics (`=طالبان`), or null (numbers, Latin, a custom morphology). */
  surface: string | null;
  /** A known name or a foreign word: a plain query word searches its surface. */
  name: boolean;
  /** The surface may be a name (listed, foreign, or unknown to the lexicon): see {@link MENTION_MARK}. */
  known: boolean;
  /** A foreign word's sound key term (`~…`): what a query for it searches, its other spellings included. */
  sound: string | null;
}

/** What marks a surface term: no analysed word contains it. */
export const SURFACE_MARK = '=';
/**
 * What marks a mention term: a word's surface where the tagger found it inside a named entity
 * (طالبان in «حركة طالبان» as an organisation), indexed beside its other terms; a query for a name
 * ranks those articles first.
 */
export const MENTION_MARK = '@';
/**
 * What marks the mention term of a name written with the article (الهلال as a club, «نادي الاتفاق»):
 * kept apart from a bare name's (هلال, a man's given name), as the article tells them apart.
 */
export const DEFINITE_MENTION_MARK = '&';
/** A word written with the article (an article run before two letters or more): الهلال, والهلال, بالهلال, للهلال. */
const DEFINITE = new RegExp(`${ARTICLE_RUN_SOURCE}..`, 'u');
/** Whether a word (as written: it is folded to the search form first) opens with the article. */
export const isDefinite = (word: string): boolean => DEFINITE.test(normalizeText(word, 'search'));
/**
 * What marks a part term: a word's surface where it is a word of a longer name the tagger found
 * (التعاون in «منظمة التعاون الإسلامي»); a query for the word alone does not count those occurrences.
 */
export const PART_MARK = '^';
/** What marks a sound key term: a foreign word's letters with its transliteration's variants folded (see {@link soundKey}). */
export const SOUND_MARK = '~';

/**
 * A foreign word's sound key: the letters a transliteration writes one sound with, folded to one
 * (ج غ ق for g, ط for t, ص for s, ذ for z), so that جوجل, غوغل and قوقل, or سامسونج and سامسونغ, meet.
 */
export function soundKey(word: string): string {
  return word.replace(/[جغق]/gu, 'غ').replace(/ط/gu, 'ت').replace(/ص/gu, 'س').replace(/ذ/gu, 'ز');
}

/**
 * The version of what the analyser indexes: a store indexed by another version is indexed again.
 * 2: surface, sound and mention terms beside stems, names unstemmed, a final ه read as ة where no
 * pronoun fits, hamza seats folded.
 * 3: a mention term only for an entity's own name (the entity alone, a person's name, or the word
 * after a noun that announces a name), apart for one written with the article, and a part term
 * for each word of a longer name.
 * 4: a stopword entry written with harakat no longer stops a noun spelled with its letters (خبَّر
 * stopped خبر and الخبر, حدَث stopped حدث).
 * 5: a name listed with its proclitics (ودبي, وبوش, لبوتين) is no name of its own: the clitics come
 * off it as off any word (دبي, بوش, بوتين).
 */
export const ANALYZER_VERSION = 5;

/** A word's readings as strings (see {@link WordTerms}), before they get term ids. */
interface WordStrings {
  term: string;
  surface: string | null;
  also: string | null;
  sound: string | null;
  name: boolean;
  known: boolean;
}

const NOT_FOUND = -3;
const EMPTY_BYTES = new Uint8Array(0);
/** Bits of a cache entry's flags. */
const NAME = 1;
const KNOWN = 2;
const STOP = -1;
/** Words longer than this skip the cache (and its fixed scratch buffer): junk, not vocabulary. */
const MAX_CACHED = 48;
const CACHE_LIMIT = 1 << 20;
const bundledMorphology: Morphology = { segment: segmentClitics, stem: (word, lemma) => stem(word, {}, lemma) };
/** ة → ه: what the `search` preset adds to the `morph` form. */
const toSearchForm = (w: string): string => (w.indexOf('ة') < 0 ? w : w.replace(/ة/g, 'ه'));
/**
 * A term's final form: the search form, with a hamza on any seat written ء, so that the spellings
 * people mix give one term (مسؤول and مسئول, شؤون and شئون, رؤية and رءية).
 */
export function termForm(w: string): string {
  // Most words have none of the three letters: they are given back as they are, with no new string.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x629 || c === 0x624 || c === 0x626) return w.replace(/ة/g, 'ه').replace(/[ؤئ]/g, 'ء');
  }
  return w;
}

/**
 * A reusable analyser. Each distinct word is analysed once; afterwards a word costs one pass over
 * its code units and a hash probe, with no allocation.
 */
export class Analyzer {
  readonly options: Readonly<AnalyzerOptions>;
  private readonly table: Int32Array;
  private readonly multi: Map<number, string>;
  /** The stopwords, resolved on first use: an analyser that leaves reading to another thread never needs them. */
  private stopSet: ReadonlySet<string> | null = null;
  private readonly morph: Morphology;
  private readonly cache = new WordTable();
  private readonly ids = new Map<string, number>();
  private readonly vocab: string[] = [];
  /** Per analysed word (a cache entry): its term id, its surface and sound term ids (or -1) and its name flags. */
  private stemIds = new Int32Array(1024);
  private surfaceIds = new Int32Array(1024);
  private soundIds = new Int32Array(1024);
  /** Further terms of an entry, emitted after its surface: `extraAt[e]` … + `extraLen[e]` into `extras`. */
  private extraAt = new Int32Array(1024);
  private extraLen = new Uint8Array(1024);
  private extras = new Int32Array(1024);
  private extrasLen = 0;
  private nameFlags = new Uint8Array(1024);
  private entries = 0;
  /** When set, the entry of each word emitted is appended here (for {@link analyzeWords}). */
  private trace: number[] | null = null;
  private emitSurfaces: boolean;
  private readonly mentions = new Map<number, number>();
  private readonly parts = new Map<number, number>();
  private readonly scratch = new Uint16Array(MAX_CACHED * 20);
  private readonly scanner = new TokenScanner();
  /** The scanner of a hashtag's words (see {@link hashtag}). */
  private readonly tagScanner = new TokenScanner();
  private readonly utf8Scanner = new Utf8WordScanner();
  // State of the analyze() call in progress.
  private text = '';
  private bytes: Uint8Array = EMPTY_BYTES;
  private out: TermBuffer = new TermBuffer();
  private position = 0;

  constructor(options: Partial<AnalyzerOptions> = {}) {
    for (const key of Object.keys(options)) {
      if (!(key in defaultAnalyzerOptions) && key !== 'morphology') throw new RasdError('E_OPTION', `unknown analyser option "${key}"`);
    }
    this.options = { ...defaultAnalyzerOptions, ...options };
    const folded = foldTable(resolveNormalizeOptions(this.options.normalize));
    this.table = folded.table;
    this.multi = folded.multi;
    this.morph = this.options.morphology ?? bundledMorphology;
    this.emitSurfaces = this.options.surfaceForms;
  }

  /** The term string for an id from a {@link TermBuffer}. */
  term(id: number): string {
    return this.vocab[id]!;
  }

  /** Number of distinct terms seen so far. */
  get vocabularySize(): number {
    return this.vocab.length;
  }

  /** Makes room in the word cache for about `words` distinct words (a large input's vocabulary). */
  reserveWords(words: number): void {
    this.cache.reserve(Math.min(words, CACHE_LIMIT));
  }

  /** Analyses `text` into `out` (appending); returns the next free position. */
  analyzeInto(text: string, out: TermBuffer, firstPosition = 0): number {
    this.text = text;
    this.out = out;
    this.position = firstPosition;
    const scan = this.scanner;
    scan.reset(text);
    while (scan.next()) this.onToken(scan.kind, scan.start, scan.end);
    this.text = '';
    return this.position;
  }

  /**
   * {@link analyzeInto} for one line of UTF-8 bytes, `bytes[start..end)`, read without decoding it
   * (see scan-utf8.ts); the spans in `out` are byte offsets. Returns false, with `out` as it was,
   * where the line holds what only its text can tell (Latin words, hashtags, emoji, bad bytes):
   * the caller reads the decoded line with analyzeInto instead. The words met on the way stay
   * known, as words of the input.
   */
  analyzeUtf8Into(bytes: Uint8Array, start: number, end: number, out: TermBuffer): boolean {
    const length = out.length;
    const extra = out.extra;
    this.bytes = bytes;
    this.out = out;
    this.position = 0;
    const scan = this.utf8Scanner;
    scan.reset(bytes, start, end);
    while (scan.next()) this.onUtf8Word(scan.kind, scan.start, scan.end);
    scan.release();
    const read = scan.complete;
    this.bytes = EMPTY_BYTES;
    if (!read) {
      out.length = length;
      out.extra = extra;
    }
    return read;
  }

  /**
   * Each word of `text` with its readings (what a query word needs): its stem term, its surface
   * term (null unless the analyser has `surfaceForms`) and whether it is a name.
   */
  analyzeWords(text: string): WordTerms[] {
    const buf = new TermBuffer();
    const trace: number[] = [];
    this.trace = trace;
    const surfaces = this.emitSurfaces;
    this.emitSurfaces = false;
    try {
      this.analyzeInto(text, buf);
    } finally {
      this.trace = null;
      this.emitSurfaces = surfaces;
    }
    const out: WordTerms[] = [];
    for (let i = 0; i < buf.length; i++) {
      const e = trace[i]!;
      const s = this.surfaceIds[e]!;
      const flags = this.nameFlags[e]!;
      const k = this.soundIds[e]!;
      out.push({ term: this.vocab[buf.ids[i]!]!, position: buf.positions[i]!, start: buf.starts[i]!, end: buf.ends[i]!, surface: s >= 0 ? this.vocab[s]! : null, sound: k >= 0 ? this.vocab[k]! : null, name: (flags & NAME) !== 0, known: (flags & KNOWN) !== 0 });
    }
    return out;
  }

  /** Analyses `text` into term objects (convenient; the buffer form is faster). */
  analyze(text: string): Term[] {
    const buf = new TermBuffer();
    this.analyzeInto(text, buf);
    const terms: Term[] = [];
    for (let i = 0; i < buf.length; i++) {
      terms.push({ term: this.vocab[buf.ids[i]!]!, position: buf.positions[i]!, start: buf.starts[i]!, end: buf.ends[i]! });
    }
    return terms;
  }

  private onToken(kind: Kind, start: number, end: number): void {
    switch (kind) {
      case Kind.Arabic:
        this.word(kind, start, end);
        return;
      case Kind.Latin:
      case Kind.Mention:
      case Kind.Email:
        if (this.options.latin) this.word(kind, start, end);
        else this.position++;
        return;
      case Kind.Number:
        if (this.options.numbers) this.word(kind, start, end);
        else this.position++;
        return;
      case Kind.Hashtag:
        this.hashtag(start, end);
        return;
      default:
    }
  }

  /** onToken for the words of a UTF-8 line: Arabic words and numbers only (see scan-utf8.ts). */
  private onUtf8Word(kind: Kind, start: number, end: number): void {
    if (kind === Kind.Arabic || this.options.numbers) this.wordUtf8(kind, start, end);
    else this.position++;
  }

  /**
   * #السعودية_تتحدث → the words السعودية and تتحدث, each in its own position, read by a scanner
   * of their own while the line's scanner waits.
   */
  private hashtag(start: number, end: number): void {
    const text = this.text;
    const scan = this.tagScanner;
    let s = start + 1;
    for (let i = s; i <= end; i++) {
      if (i === end || text.charCodeAt(i) === 0x5f) {
        if (i > s) {
          scan.reset(text.slice(s, i));
          while (scan.next()) this.onToken(scan.kind === Kind.Hashtag ? Kind.Other : scan.kind, s + scan.start, s + scan.end);
        }
        s = i + 1;
      }
    }
  }

  /** Folds one word into the scratch buffer, finds (or computes) its term id and emits it. */
  private word(kind: Kind, start: number, end: number): void {
    const pos = this.position++;
    if (end - start > MAX_CACHED) {
      this.emit(this.resolve(kind, this.foldSlow(this.text, start, end)), pos, start, end);
      return;
    }
    const text = this.text;
    const table = this.table;
    const scratch = this.scratch;
    let len = 0;
    // A 24-bit hash, so every intermediate stays a small integer (a V8 Smi) even in unoptimised code.
    let h = 0;
    for (let i = start; i < end; i++) {
      const f = table[text.charCodeAt(i)]!;
      if (f >= 0) {
        scratch[len++] = f;
        h = ((h << 5) + h + f) & 0xffffff;
      } else if (f === MULTI) {
        const rep = this.multi.get(text.charCodeAt(i))!;
        for (let k = 0; k < rep.length; k++) {
          const u = rep.charCodeAt(k);
          scratch[len++] = u;
          h = ((h << 5) + h + u) & 0xffffff;
        }
      }
    }
    if (len > 0) this.emit(this.entryOf(kind, len, h), pos, start, end);
  }

  /**
   * {@link word} for a word of a UTF-8 line (see {@link analyzeUtf8Into}): its characters are of
   * one or two bytes, decoded here as they are folded.
   */
  private wordUtf8(kind: Kind, start: number, end: number): void {
    const pos = this.position++;
    const bytes = this.bytes;
    const table = this.table;
    const scratch = this.scratch;
    let len = 0;
    let chars = 0;
    let h = 0;
    for (let i = start; i < end; chars++) {
      const x = bytes[i]!;
      const c = x < 0x80 ? x : ((x & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += x < 0x80 ? 1 : 2;
      const f = table[c]!;
      if (f >= 0) {
        scratch[len++] = f;
        h = ((h << 5) + h + f) & 0xffffff;
      } else if (f === MULTI) {
        const rep = this.multi.get(c)!;
        for (let k = 0; k < rep.length; k++) {
          const u = rep.charCodeAt(k);
          scratch[len++] = u;
          h = ((h << 5) + h + u) & 0xffffff;
        }
      }
      // A word too long for the cache (and its scratch buffer) is read as word() reads one.
      if (chars === MAX_CACHED) {
        const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
        if (text.length > MAX_CACHED) {
          this.emit(this.resolve(kind, this.foldSlow(text, 0, text.length)), pos, start, end);
          return;
        }
      }
    }
    if (len > 0) this.emit(this.entryOf(kind, len, h), pos, start, end);
  }

  /** The cache entry of the folded word `scratch[0..len)` of hash `h`, resolved when it is new. */
  private entryOf(kind: Kind, len: number, h: number): number {
    let entry = this.cache.get(this.scratch, len, h, NOT_FOUND);
    if (entry === NOT_FOUND) {
      if (this.cache.size >= CACHE_LIMIT) {
        this.cache.clear();
        this.entries = 0;
        this.extrasLen = 0;
      }
      entry = this.resolveUnits(kind, this.scratch, len);
      this.cache.add(this.scratch, len, h, entry);
    }
    return entry;
  }

  /** Emits a word's term and, where asked, its surface and further terms at the same position. */
  private emit(entry: number, pos: number, start: number, end: number): void {
    if (entry < 0) return;
    const id = this.stemIds[entry]!;
    this.out.push(id, pos, start, end);
    if (this.trace) this.trace.push(entry);
    if (!this.emitSurfaces) return;
    // Read only where surfaces are asked for: a read of another array per word is a cache miss on a large vocabulary.
    const surface = this.surfaceIds[entry]!;
    if (surface >= 0) {
      this.out.push(surface, pos, start, end);
      this.out.extra++;
      const at = this.extraAt[entry]!;
      for (let k = at, stop = at + this.extraLen[entry]!; k < stop; k++) {
        this.out.push(this.extras[k]!, pos, start, end);
        this.out.extra++;
      }
    }
  }

  private foldSlow(text: string, start: number, end: number): string {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const f = this.table[c]!;
      if (f >= 0) s += String.fromCharCode(f);
      else if (f !== DROP) s += this.multi.get(c)!;
    }
    return s;
  }

  /** A normalised word's readings as strings, or null where it gives no term (a stopword). */
  private read(kind: Kind, word: string, surfaces: boolean): WordStrings | null {
    let term: string;
    let surface: string | null = null;
    let also: string | null = null;
    let sound: string | null = null;
    let name = false;
    let known = false;
    if (kind === Kind.Number) term = word.replace(/,/g, '');
    else if (kind !== Kind.Arabic) term = word;
    else {
      // The stopword list is in the search form, where ة is ه.
      if (this.stop.has(toSearchForm(word))) return null;
      if (this.options.clitics && this.options.stem && !this.options.morphology) {
        const r = readWord(word);
        if ((r.seg.proclitics.length > 0 || r.seg.enclitics.length > 0) && this.stop.has(toSearchForm(r.seg.base))) return null;
        term = r.stem;
        surface = r.surface;
        also = r.also;
        // The surfaces' forms only where they are asked for (an index, not `rasd analyze`'s terms).
        sound = surfaces && r.foreign ? soundKey(r.surface) : null;
        name = r.name;
        known = r.known;
      } else if (this.options.clitics) {
        const seg = this.morph.segment(word);
        if ((seg.proclitics.length > 0 || seg.enclitics.length > 0) && this.stop.has(toSearchForm(seg.base))) return null;
        term = this.options.stem ? this.morph.stem(word, seg.lemma) : seg.base;
      } else term = this.options.stem ? this.morph.stem(word) : word;
      if (this.options.foldTaMarbuta) {
        term = termForm(term);
        if (surfaces) {
          if (surface !== null) surface = termForm(surface);
          if (also !== null) also = termForm(also);
          if (sound !== null) sound = termForm(sound);
        }
      }
    }
    return term ? { term, surface, also, sound, name, known } : null;
  }

  /** The cache entry of a normalised word (its term ids), or STOP. Runs once per distinct word. */
  private compute(kind: Kind, word: string): number {
    const r = this.read(kind, word, this.options.surfaceForms);
    if (r === null) return STOP;
    const { term, surface, also, sound, name, known } = r;
    const e = this.newEntry(this.termId(term));
    // Surface terms only where they are asked for: `rasd analyze` prints stems alone.
    const surfaces = this.options.surfaceForms;
    this.surfaceIds[e] = surfaces && surface ? this.termId(SURFACE_MARK + surface) : -1;
    this.soundIds[e] = surfaces && sound ? this.termId(SOUND_MARK + sound) : -1;
    // After the surface: the surface without a first letter that may be a proclitic, and the sound
    // keys of both (a transliteration's other spellings).
    if (surfaces) {
      const more = [also ? SURFACE_MARK + also : null, sound ? SOUND_MARK + sound : null, sound && also ? SOUND_MARK + termForm(soundKey(also)) : null];
      for (const t of new Set(more)) if (t) this.addExtra(e, this.termId(t));
    }
    this.nameFlags[e] = (name ? NAME : 0) | (known ? KNOWN : 0);
    return e;
  }

  /**
   * A new cache entry whose term id is `stemId`, with no surface, sound or further terms and no
   * name flags.
   */
  protected newEntry(stemId: number): number {
    const e = this.entries++;
    if (e === this.stemIds.length) {
      this.stemIds = grown(this.stemIds, e * 2);
      this.surfaceIds = grown(this.surfaceIds, e * 2);
      this.soundIds = grown(this.soundIds, e * 2);
      this.extraAt = grown(this.extraAt, e * 2);
      this.extraLen = grown(this.extraLen, e * 2);
      this.nameFlags = grown(this.nameFlags, e * 2);
    }
    this.stemIds[e] = stemId;
    this.surfaceIds[e] = -1;
    this.soundIds[e] = -1;
    this.extraAt[e] = this.extrasLen;
    this.extraLen[e] = 0;
    this.nameFlags[e] = 0;
    return e;
  }

  /**
   * The cache entry of a word not seen before (or STOP for a word that gives no term). Runs once
   * per distinct word; {@link DeferredAnalyzer} leaves the reading to another thread.
   */
  protected resolve(kind: Kind, word: string): number {
    return this.compute(kind, word);
  }

  /** {@link resolve} for a word given as its code units, `units[0..len)`. */
  protected resolveUnits(kind: Kind, units: Uint16Array, len: number): number {
    return this.resolve(kind, decodeUnits(units, len));
  }

  /** The term of one normalised word of a token kind, read afresh (no cache), or null where it gives none (a stopword). */
  wordTerm(kind: Kind, word: string): string | null {
    return this.read(kind, word, false)?.term ?? null;
  }

  private addExtra(e: number, id: number): void {
    if (this.extrasLen === this.extras.length) this.extras = grown(this.extras, this.extras.length * 2);
    this.extras[this.extrasLen++] = id;
    this.extraLen[e]!++;
  }

  /** Whether a term id is a surface term (`=…`). */
  isSurface(id: number): boolean {
    return this.vocab[id]!.charCodeAt(0) === 0x3d; /* = */
  }

  /** The mention term (`@…`, or `&…` for a name written with the article) of a surface term's id. */
  mentionTerm(surfaceId: number, definite: boolean): number {
    const key = definite ? -1 - surfaceId : surfaceId;
    let id = this.mentions.get(key);
    if (id === undefined) this.mentions.set(key, (id = this.termId((definite ? DEFINITE_MENTION_MARK : MENTION_MARK) + this.vocab[surfaceId]!.slice(1))));
    return id;
  }

  /** The part term (`^…`) of a surface term's id. */
  partTerm(surfaceId: number): number {
    let id = this.parts.get(surfaceId);
    if (id === undefined) this.parts.set(surfaceId, (id = this.termId(PART_MARK + this.vocab[surfaceId]!.slice(1))));
    return id;
  }

  private get stop(): ReadonlySet<string> {
    if (this.stopSet === null) {
      const sw = this.options.stopwords;
      this.stopSet = sw === true ? defaultStopwords() : sw === false ? new Set() : sw;
    }
    return this.stopSet;
  }

  private termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.vocab.length;
      this.vocab.push(term);
      this.ids.set(term, id);
    }
    return id;
  }
}

let shared: Analyzer | undefined;

/** Analyses text with the default options: terms with positions and spans into `text`. */
export function analyze(text: string): Term[] {
  shared ??= new Analyzer();
  return shared.analyze(text);
}
