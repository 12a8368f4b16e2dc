/**
 * A document that arrives a sentence at a time (CoNLL input, say) tagged as one document, holding
 * only a block of sentences: each block is tagged with the model's window of sentences either side
 * of it, so every sentence's tags equal those of tagging the whole document at once.
 */
import type { Tagger } from './tagger.js';

/** Sentences tagged per block; each block also re-reads 2·window sentences of context. */
const BLOCK = 256;

/** Pushes sentences in, gets each one's tags out in order, with the `T` it was pushed with. */
export class DocumentStream<T> {
  /** The sentences held: the first `done` were emitted already and stay only as context. */
  private sentences: Array<readonly string[]> = [];
  private extras: T[] = [];
  private done = 0;
  private readonly window: number;

  constructor(
    private readonly tagger: Tagger,
    private readonly emit: (tokens: readonly string[], tags: readonly string[], extra: T) => void,
    private readonly block = BLOCK,
  ) {
    if (!(block >= 1)) throw new RangeError(`DocumentStream: block must be at least 1, got ${block}`);
    this.window = tagger.model.doc?.window ?? 0;
  }

  /** Adds the next sentence of the document. */
  push(tokens: readonly string[], extra: T): void {
    this.sentences.push(tokens);
    this.extras.push(extra);
    // Tag once the block and the window after it are in; keep the window before the next block.
    if (this.sentences.length >= this.done + this.block + this.window) this.flush(this.sentences.length - this.window);
  }

  /** Ends the document: tags and emits every sentence still held; the next push starts a new document. */
  end(): void {
    this.flush(this.sentences.length);
    this.sentences = [];
    this.extras = [];
    this.done = 0;
  }

  /** Tags the held sentences and emits those before `upTo` not yet emitted. */
  private flush(upTo: number): void {
    if (upTo <= this.done) return;
    const tags = this.tagger.tagDocument(this.sentences);
    for (let s = this.done; s < upTo; s++) this.emit(this.sentences[s]!, tags[s]!, this.extras[s]!);
    const keep = Math.max(0, upTo - this.window);
    this.sentences = this.sentences.slice(keep);
    this.extras = this.extras.slice(keep);
    this.done = upTo - keep;
  }
}
