/**
 * An in-memory story clusterer: the reference for what the store does at ingest time, used by the
 * tests and `eval:dedupe`. Candidates come from equal LSH band keys; a candidate pair whose
 * estimated Jaccard reaches the threshold is joined (union-find, so the relation is transitive).
 */
import { RasdError } from '../../errors.js';
import { lshBands } from './lsh.js';
import { DEDUPE_PARAMS, type DedupeParams } from './params.js';
import { estimateJaccard } from './similarity.js';

/** Groups articles into stories as they arrive; a story's id is the id of its earliest article. */
export class StoryClusterer {
  readonly params: Readonly<DedupeParams>;
  private readonly ids: string[] = [];
  private readonly signatures: Uint32Array[] = [];
  private readonly parent: number[] = [];
  private readonly byId = new Map<string, number>();
  private readonly buckets = new Map<number, number[]>();
  private compared = 0;

  constructor(params: Readonly<DedupeParams> = DEDUPE_PARAMS) {
    this.params = params;
  }

  /** Candidate pairs whose signatures were compared so far: what the band keys cost in look-ups. */
  get comparisons(): number {
    return this.compared;
  }

  /** Number of articles added. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Adds an article and returns its story id. Joining two stories keeps the older id, so an
   * earlier article's story id can change when a later article bridges two stories.
   */
  add(docId: string, signature: Uint32Array): string {
    if (this.byId.has(docId)) throw new RasdError('E_USAGE', `article "${docId}" was already added`);
    if (signature.length !== this.params.numHashes) {
      throw new RasdError('E_OPTION', `signature of "${docId}" has ${signature.length} slots, the parameters say ${this.params.numHashes}`);
    }
    const me = this.ids.length;
    this.ids.push(docId);
    this.signatures.push(signature);
    this.parent.push(me);
    this.byId.set(docId, me);
    const seen = new Set<number>();
    for (const key of lshBands(signature, this.params.bands, this.params.rows)) {
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = []));
      for (const other of bucket) {
        if (seen.has(other)) continue;
        seen.add(other);
        this.compared++;
        if (estimateJaccard(signature, this.signatures[other]!) >= this.params.threshold) this.union(me, other);
      }
      bucket.push(me);
    }
    return this.ids[this.find(me)]!;
  }

  /** The story id of an added article, or undefined. */
  storyOf(docId: string): string | undefined {
    const i = this.byId.get(docId);
    return i === undefined ? undefined : this.ids[this.find(i)];
  }

  /** Every story with its article ids, in the order they were added. */
  stories(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (let i = 0; i < this.ids.length; i++) {
      const story = this.ids[this.find(i)]!;
      let list = out.get(story);
      if (!list) out.set(story, (list = []));
      list.push(this.ids[i]!);
    }
    return out;
  }

  private find(i: number): number {
    while (this.parent[i] !== i) {
      const up = this.parent[this.parent[i]!]!;
      this.parent[i] = up; // path halving
      i = up;
    }
    return i;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The earlier article stays the root, so a story keeps the id of its first article.
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}
