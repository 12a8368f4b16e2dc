/**
 * Document context for the second stage: what the first stage said about the same word, and the
 * same phrase, elsewhere in the document (within `window` sentences either side). `البنك التجاري`
 * tagged ORG in one sentence and missed in the next gets «span L ORG» there; `الليكود` after
 * «حزب» in one sentence lends that cue to its bare mentions.
 */
import { hashString, mix } from './hash.js';
import { slideWindow } from './slide-window.js';

/** A sentence as the document stage reads it (all arrays one entry per token). */
export interface DocSentence {
  /** The phrase key of each token (`WordInfo.key`: folded base without the article). */
  keys: Int32Array;
  /** First-stage tag indices. */
  tags: Uint8Array;
  /** {@link CUE} bits: a title or cue word just before the token, a nisba adjective after it. */
  cues: Uint8Array;
}

/** Bits of {@link DocSentence.cues}. */
export const CUE = { title: 1, orgCue: 2, locCue: 4, nisbaAfter: 8 } as const;
const CUE_BITS = 4;

/**
 * The document features, each one column:
 * - `maj`: the entity type most other mentions of the word got, how many of them were entities, how many there are;
 * - `set`: which types (O included) the other mentions got;
 * - `span`: B/I/L/U and type of the longest phrase here that the first stage tagged as an entity in another sentence;
 * - `ctx`: the cue bits of the other mentions («نادي» before one mention of «العربي»).
 */
export const DOC_FEATURES = ['maj', 'set', 'span', 'ctx'] as const;
export type DocFeature = (typeof DOC_FEATURES)[number];

/** Which document features a model uses, and how far the document reaches; stored in the model file. */
export interface DocTemplates {
  /** Sentences either side of the current one that count as its document. */
  window: number;
  features: DocFeature[];
}

// Counter layout per key: O, PERS, LOC, ORG, MISC, then one count per cue bit.
const TYPES = 5;
const SLOTS = TYPES + CUE_BITS;
/** The entity type of a tag as a counter slot: 0 for O, 1..4 for PERS, LOC, ORG, MISC. */
const typeSlot = (tag: number): number => (tag + 1) >> 1;
const ID: Readonly<Record<DocFeature, number>> = Object.fromEntries(DOC_FEATURES.map((f) => [f, hashString(`doc:${f}`, 0x1234567)])) as Record<DocFeature, number>;

/** Calls `f(start, end, type slot)` for each entity of valid BIO tags (a B- and the I- run after it). */
function forEachEntity(tags: Uint8Array, f: (start: number, end: number, type: number) => void): void {
  const n = tags.length;
  for (let i = 0; i < n; i++) {
    const y = tags[i]!;
    if (y === 0) continue;
    let j = i + 1;
    if (y & 1) while (j < n && tags[j] === y + 1) j++;
    f(i, j, typeSlot(y));
    i = j - 1;
  }
}

const bucket = (x: number): number => (x === 0 ? 0 : x === 1 ? 1 : x <= 3 ? 2 : 3);

/** Counts over the sentences of the window: per key, and per phrase the first stage tagged. */
export class DocWindow {
  private readonly byKey = new Map<number, Int32Array>();
  /** Phrase hash → [prefix count, PERS, LOC, ORG, MISC]. */
  private readonly spans = new Map<number, Int32Array>();
  private longest = 1;
  private readonly cols: Int32Array;

  constructor(readonly templates: DocTemplates) {
    this.cols = Int32Array.from(templates.features, (f) => DOC_FEATURES.indexOf(f));
  }

  /** Columns per token. */
  get width(): number {
    return this.cols.length;
  }

  /** Counts a sentence in (`d` = 1) or out (`d` = -1) of the window. */
  update(s: DocSentence, d: 1 | -1): void {
    const n = s.keys.length;
    for (let i = 0; i < n; i++) {
      let c = this.byKey.get(s.keys[i]!);
      if (c === undefined) this.byKey.set(s.keys[i]!, (c = new Int32Array(SLOTS)));
      c[typeSlot(s.tags[i]!)]! += d;
      const cues = s.cues[i]!;
      for (let b = 0; b < CUE_BITS; b++) if (cues & (1 << b)) c[TYPES + b]! += d;
    }
    forEachEntity(s.tags, (start, end, type) => {
      let h = s.keys[start]!;
      for (let k = start + 1; k < end; k++) {
        this.span(h)[0]! += d;
        h = mix(h, s.keys[k]!);
      }
      this.span(h)[type]! += d;
      if (end - start > this.longest) this.longest = end - start;
    });
  }

  private span(h: number): Int32Array {
    let c = this.spans.get(h);
    if (c === undefined) this.spans.set(h, (c = new Int32Array(TYPES)));
    return c;
  }

  /** The features of sentence `sent`, which must be in the window: `n * width` hashes (0 = absent). */
  features(sent: DocSentence): Int32Array {
    const n = sent.keys.length;
    const W = this.cols.length;
    const out = new Int32Array(n * W);
    const spanCode = this.spanCodes(sent);
    const values = new Int32Array(DOC_FEATURES.length);
    for (let i = 0; i < n; i++) {
      const c = this.byKey.get(sent.keys[i]!)!;
      const own = typeSlot(sent.tags[i]!);
      // The other mentions: this token's own count (and cue bits) taken out.
      const other = (t: number): number => c[t]! - (t === own ? 1 : 0);
      let total = 0;
      let ent = 0;
      let major = 0;
      let set = 0;
      for (let t = 0; t < TYPES; t++) {
        const x = other(t);
        total += x;
        if (x > 0) set |= 1 << t;
        if (t > 0) {
          ent += x;
          if (x > 0 && (major === 0 || x > other(major))) major = t;
        }
      }
      let ctx = 0;
      for (let b = 0; b < CUE_BITS; b++) if (c[TYPES + b]! - ((sent.cues[i]! >> b) & 1) > 0) ctx |= 1 << b;
      const share = ent === 0 ? 0 : 2 * ent < total ? 1 : ent < total ? 2 : 3;
      values[0] = mix(ID.maj, total === 0 ? 1 : mix(mix(major, share), bucket(total)));
      values[1] = total === 0 ? 0 : mix(ID.set, set);
      values[2] = spanCode[i] === 0 ? 0 : mix(ID.span, spanCode[i]!);
      values[3] = total === 0 ? 0 : mix(ID.ctx, ctx);
      for (let k = 0; k < W; k++) out[i * W + k] = values[this.cols[k]!]!;
    }
    return out;
  }

  /** Per token, `8 * code + type` of the longest phrase match (code 1..4 = B, I, L, U), 0 for none. */
  private spanCodes(sent: DocSentence): Int32Array {
    const n = sent.keys.length;
    const code = new Int32Array(n);
    // This sentence's own entities are left out, so that a span says what the rest of the document thinks.
    this.update(sent, -1);
    for (let i = 0; i < n; ) {
      let h = sent.keys[i]!;
      let best = -1;
      let bestType = 0;
      for (let j = i; j < n && j - i < this.longest; j++) {
        if (j > i) h = mix(h, sent.keys[j]!);
        const c = this.spans.get(h);
        if (c === undefined) break;
        let t = 0;
        for (let k = 1; k < TYPES; k++) if (c[k]! > 0 && (t === 0 || c[k]! > c[t]!)) t = k;
        if (t > 0) {
          best = j;
          bestType = t;
        }
        if (c[0]! <= 0) break;
      }
      if (best < 0) {
        i++;
        continue;
      }
      if (best === i) code[i] = 4 * 8 + bestType;
      else {
        code[i] = 8 + bestType;
        for (let k = i + 1; k < best; k++) code[k] = 2 * 8 + bestType;
        code[best] = 3 * 8 + bestType;
      }
      i = best + 1;
    }
    this.update(sent, 1);
    return code;
  }
}

/** The document features of every sentence of `doc`: `n * features.length` hashes each. */
export function docFeatures(doc: readonly DocSentence[], templates: DocTemplates): Int32Array[] {
  const win = new DocWindow(templates);
  const out: Int32Array[] = [];
  slideWindow(doc.length, templates.window, (j) => win.update(doc[j]!, 1), (j) => win.update(doc[j]!, -1), (s) => out.push(win.features(doc[s]!)));
  return out;
}
