/**
 * `rasd analyze`'s term lines, with the reading of new words done apart. The main thread finds and
 * folds the words of each line and gives each distinct word a key (a {@link DeferredAnalyzer}); the
 * new words of a block of lines go to a {@link TermReader}, and the block is written once their
 * terms are back. A large input's words are read on a worker thread while the main thread scans on;
 * an input of one block is read on the main thread, as starting a worker would cost more. A
 * worker takes a while to start (it loads the lexicon), so a large file's is started by the caller
 * before its first line is read (see worker-reader.ts).
 * Blocks are written in input order; at most {@link IN_FLIGHT} wait for their terms at once.
 */
import type { AnalyzerOptions } from '../text/analyze.js';
import { DeferredAnalyzer } from '../text/deferred-analyzer.js';
import { TermBuffer } from '../text/term-buffer.js';
import { grown } from '../text/grow.js';
import { TermLines } from './term-lines.js';
import { localReader } from './term-reader.js';
import { WorkerReader, type TermReader } from './worker-reader.js';

/** Keys gathered before a block's new words are sent to be read. */
const BLOCK_KEYS = 1 << 14;
/** Blocks waiting for their terms before the main thread waits too. */
const IN_FLIGHT = 64;

interface Block {
  keys: Int32Array;
  /** Where each line's keys end in `keys`. */
  lineEnds: number[];
  /** Settled once the block's new words have their terms. */
  read: Promise<void>;
  done: boolean;
}

export class AnalyzeLines {
  private readonly analyzer: DeferredAnalyzer;
  private readonly buf = new TermBuffer();
  /** The lines' bytes, each key's term defined as its word is read. */
  private readonly out = new TermLines();
  private keys = new Int32Array(BLOCK_KEYS * 2);
  private keyCount = 0;
  private lineEnds: number[] = [];
  private readonly blocks: Block[] = [];
  private failure: Error | null = null;

  constructor(
    private readonly options: Partial<AnalyzerOptions>,
    private readonly write: (bytes: Buffer) => Promise<void>,
    /** The reader of new words, when the caller has started one (a large input's worker); else one is chosen at the first block. */
    private reader: TermReader | null = null,
  ) {
    this.analyzer = new DeferredAnalyzer(options);
  }

  /**
   * Prepares for an input of `bytes` bytes: room for the distinct words it will likely hold, by
   * Heaps' law (distinct words grow as the 0.6th power of the text; 14 MB of news holds 106,552).
   */
  expect(bytes: number): void {
    this.analyzer.reserveWords(Math.round(5.5 * bytes ** 0.6));
  }

  /** Adds a line; returns true when a block is full and {@link flush} is due. */
  line(text: string): boolean {
    this.buf.reset();
    this.analyzer.analyzeInto(text, this.buf);
    return this.add();
  }

  /**
   * Adds a line of UTF-8 bytes, `bytes[start..end)`, read without decoding it, and returns as
   * {@link line} does; returns null, adding nothing, where only the line's text tells its words (see
   * Analyzer.analyzeUtf8Into): the caller then gives that text to {@link line}.
   */
  lineUtf8(bytes: Uint8Array, start: number, end: number): boolean | null {
    const buf = this.buf;
    buf.reset();
    return this.analyzer.analyzeUtf8Into(bytes, start, end, buf) ? this.add() : null;
  }

  /** Adds the line in `buf` to the block; returns true when the block is full. */
  private add(): boolean {
    const buf = this.buf;
    if (this.keyCount + buf.length > this.keys.length) this.keys = grown(this.keys, (this.keyCount + buf.length) * 2);
    this.keys.set(buf.ids.subarray(0, buf.length), this.keyCount);
    this.keyCount += buf.length;
    this.lineEnds.push(this.keyCount);
    return this.keyCount >= BLOCK_KEYS;
  }

  /** Sends the block's new words to be read, and writes the blocks whose terms are back. */
  async flush(): Promise<void> {
    this.send(false);
    await this.writeRead(IN_FLIGHT);
  }

  /** Sends the last block and writes every block. */
  async end(): Promise<void> {
    if (this.lineEnds.length) this.send(true);
    await this.writeRead(0);
    const rest = this.out.end();
    if (rest) await this.write(rest);
  }

  /** Lets the reader go (its worker would keep the process alive); call it however the run ends. */
  close(): void {
    this.reader?.close();
  }

  private send(last: boolean): void {
    const words = this.analyzer.takeWords();
    // An input that is all one block is read here: a worker would cost more than it saves.
    this.reader ??= last ? localReader(this.options) : new WorkerReader(this.options);
    const block: Block = { keys: this.keys.slice(0, this.keyCount), lineEnds: this.lineEnds, read: Promise.resolve(), done: false };
    const first = words.first;
    block.read = this.reader.read(words).then(
      (terms) => {
        this.out.define(first, terms);
        block.done = true;
      },
      (err: Error) => {
        this.failure ??= err;
        block.done = true;
      },
    );
    this.blocks.push(block);
    this.keyCount = 0;
    this.lineEnds = [];
  }

  /** Writes the leading blocks whose terms are back, waiting while more than `waiting` are left. */
  private async writeRead(waiting: number): Promise<void> {
    while (this.blocks.length) {
      const block = this.blocks[0]!;
      if (!block.done) {
        if (this.blocks.length <= waiting) return;
        await block.read;
      }
      if (this.failure) throw this.failure;
      this.blocks.shift();
      let from = 0;
      for (const end of block.lineEnds) {
        const bytes = this.out.line(block.keys.subarray(from), end - from);
        if (bytes) await this.write(bytes);
        from = end;
      }
    }
  }
}
