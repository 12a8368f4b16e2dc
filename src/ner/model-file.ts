/**
 * The model file: gzip of `#` attribution lines, one JSON header line, then each stage's arrays in
 * little-endian binary (feature hashes as int32, weights as float32, transitions as float64).
 * `zcat model.bin.gz | head` shows where the model came from. Version 2 holds one or two stages
 * (the second with document features); version 1 files (one stage) still load. Version 3 adds the
 * word clusters of an adapted model, as `path<TAB>word` lines between the header and the arrays.
 */
import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RasdError } from '../errors.js';
import { DOC_FEATURES, type DocTemplates } from './doc-features.js';
import type { FeatureTemplates } from './features.js';
import { LABELS, LABEL_COUNT } from './labels.js';
import { createModel, type ModelMeta, type NerModel } from './model.js';
import { clustersFromLines, clustersToLines, type WordClusters } from './word-clusters.js';

/** The format name and version a reader checks. */
export const MODEL_FORMAT = 'rasd-ner-model';
export const MODEL_VERSION = 3;

const L = LABEL_COUNT;

interface Header {
  format: string;
  version: number;
  labels: string[];
  meta: ModelMeta;
  templates: FeatureTemplates;
  /** Version 2: document features of stage 2 (null for one stage), and the rows of each stage. */
  doc?: DocTemplates | null;
  stages?: Array<{ rows: number }>;
  /** Version 1: the rows of its one stage. */
  rows?: number;
  /** Version 3: the number of cluster lines after the header (0 or absent: none). */
  clusters?: number;
}

/** One stage's arrays. */
export interface StageArrays {
  keys: Int32Array;
  weights: Float32Array;
  transitions: Float64Array;
  final: Float64Array;
}

/** What a model file holds before its weights are indexed. */
export interface ModelParts {
  meta: ModelMeta;
  templates: FeatureTemplates;
  doc: DocTemplates | null;
  stages: StageArrays[];
  /** The word clusters of an adapted model, or null. */
  clusters: WordClusters | null;
}

function littleEndian(): void {
  if (endianness() !== 'LE') throw new RasdError('E_DATA', `NER model files are little-endian; this machine is ${endianness()}`);
}

/** Serialises a model with attribution `comments` (each becomes a `# ` line) and gzips it. */
export function writeModelFile(parts: ModelParts, comments: readonly string[]): Buffer {
  littleEndian();
  const clusterLines = parts.clusters ? clustersToLines(parts.clusters) : [];
  const header: Header = { format: MODEL_FORMAT, version: MODEL_VERSION, labels: [...LABELS], meta: parts.meta, templates: parts.templates, doc: parts.doc, stages: parts.stages.map((s) => ({ rows: s.keys.length })), clusters: clusterLines.length };
  const text = comments.map((c) => `# ${c}\n`).join('') + JSON.stringify(header) + '\n' + clusterLines.map((l) => l + '\n').join('');
  const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const arrays = parts.stages.flatMap((s) => [bytes(s.keys), bytes(s.weights), bytes(s.transitions), bytes(s.final)]);
  return gzipSync(Buffer.concat([Buffer.from(text, 'utf8'), ...arrays]), { level: 9 });
}

/** Reads a gzipped model file; throws E_DATA naming `name` when it is not one this version reads. */
export function readModelFile(gz: Uint8Array, name = 'model'): ModelParts {
  littleEndian();
  let raw: Buffer;
  try {
    raw = gunzipSync(gz);
  } catch (err) {
    throw new RasdError('E_DATA', `${name}: not a gzip file (${(err as Error).message})`, { cause: err });
  }
  // Skip the `#` lines; the first other line is the JSON header.
  let at = 0;
  while (raw[at] === 0x23) {
    const nl = raw.indexOf(0x0a, at);
    if (nl < 0) break;
    at = nl + 1;
  }
  const nl = raw.indexOf(0x0a, at);
  let header: Header;
  try {
    header = JSON.parse(raw.subarray(at, nl < 0 ? raw.length : nl).toString('utf8')) as Header;
  } catch {
    throw new RasdError('E_DATA', `${name}: no JSON header line after the comments`);
  }
  if (header.format !== MODEL_FORMAT || ![1, 2, MODEL_VERSION].includes(header.version)) {
    throw new RasdError('E_DATA', `${name}: expected format ${MODEL_FORMAT} version 1 to ${MODEL_VERSION}, got ${JSON.stringify(header.format)} version ${JSON.stringify(header.version)}`);
  }
  if (header.labels.join(' ') !== LABELS.join(' ')) throw new RasdError('E_DATA', `${name}: labels ${header.labels.join(' ')} differ from ${LABELS.join(' ')}`);
  const doc = header.version === 1 ? null : header.doc ?? null;
  const rows = header.version === 1 ? [header.rows ?? 0] : (header.stages ?? []).map((s) => s.rows);
  if (rows.length !== (doc ? 2 : 1)) throw new RasdError('E_DATA', `${name}: expected ${doc ? 2 : 1} stage(s), got ${rows.length}`);
  for (const f of doc?.features ?? []) if (!DOC_FEATURES.includes(f)) throw new RasdError('E_DATA', `${name}: unknown document feature ${JSON.stringify(f)}`);
  let start = nl + 1;
  let clusters: WordClusters | null = null;
  if (header.clusters) {
    const lines: string[] = [];
    for (let i = 0; i < header.clusters; i++) {
      const end = raw.indexOf(0x0a, start);
      if (end < 0) throw new RasdError('E_DATA', `${name}: expected ${header.clusters} cluster lines, got ${i}`);
      lines.push(raw.subarray(start, end).toString('utf8'));
      start = end + 1;
    }
    try {
      clusters = clustersFromLines(lines, name);
    } catch (err) {
      throw new RasdError('E_DATA', (err as Error).message, { cause: err });
    }
  }
  const need = rows.reduce((sum, n) => sum + n * 4 + n * L * 4 + (L + 1) * L * 8 + L * 8, 0);
  if (raw.length - start !== need) throw new RasdError('E_DATA', `${name}: expected ${need} bytes of weights for ${rows.join(' + ')} rows, got ${raw.length - start}`);
  // Copy each array out: the offsets in `raw` need not be aligned for typed arrays.
  let off = start;
  const take = (bytes: number): ArrayBuffer => {
    const b = new Uint8Array(bytes);
    b.set(raw.subarray(off, off + bytes));
    off += bytes;
    return b.buffer;
  };
  const stages = rows.map((n) => ({
    keys: new Int32Array(take(n * 4)),
    weights: new Float32Array(take(n * L * 4)),
    transitions: new Float64Array(take((L + 1) * L * 8)),
    final: new Float64Array(take(L * 8)),
  }));
  return { meta: header.meta, templates: header.templates, doc, stages, clusters };
}

/** Reads a model file and indexes its weights. */
export function loadModelFile(gz: Uint8Array, name?: string): NerModel {
  const p = readModelFile(gz, name);
  return createModel(p.meta, p.templates, p.doc, p.stages, p.clusters);
}
