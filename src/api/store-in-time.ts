/**
 * The work of `POST /api/articles` within the time a request has. Finding entities in a day of
 * news takes ~15 ms an article, some articles far longer, so 1000 records took 34 s on two cores,
 * all of it on the event loop, and no health check was answered meanwhile. Here records are read,
 * and articles annotated, one by one, and the loop turns (other requests are answered) whenever
 * 20 ms of it have passed; articles are stored 16 to a transaction, and when the request's time is up the rest is
 * left: the answer says which part of the body was not stored. Sending the whole body again goes
 * on where it stopped: ids derive from content, and articles stored already are skipped (`existing`).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { analyseOne } from '../pipeline.js';
import type { Diagnostic } from '../errors.js';
import type { Article } from '../core/article.js';
import type { PutResult, Store } from '../store/store.js';
import type { BodyPart } from './body-articles.js';

/** Articles stored per transaction: small enough that one never holds the loop long. */
const BATCH = 16;
/** Milliseconds of this work between two turns of the loop, when other requests are answered. */
const TURN_MS = 20;

/** What was stored, and what was left when the time ran out. */
export interface StoredInTime extends PutResult {
  /** Ids of the articles stored or found stored, in order, once each. */
  ids: string[];
  /** Articles extracted from the parts read. */
  extracted: number;
  diagnostics: Diagnostic[];
  /** True when the time ran out before the whole body was read and stored. */
  cut: boolean;
}

/** Reads `parts` in order and stores their articles until `deadline` (a `performance.now()` time). */
export async function storeInTime(store: Store, parts: readonly BodyPart[], deadline: number, seconds: number): Promise<StoredInTime> {
  const out: StoredInTime = { inserted: 0, existing: 0, ids: [], extracted: 0, diagnostics: [], cut: false };
  const seen = new Set<string>(); // ids in the order of the body, once each
  let batch: Article[] = [];
  let wrote = false;
  const put = (): void => {
    const r = store.putArticles(batch);
    out.inserted += r.inserted;
    out.existing += r.existing;
    wrote = true;
    batch = [];
  };
  let turn = performance.now();
  const yieldTurn = async (): Promise<void> => {
    if (performance.now() - turn < TURN_MS) return;
    await nextTurn();
    turn = performance.now();
  };
  let left: { part: number; article: number } | null = null;
  for (let p = 0; p < parts.length && !left; p++) {
    if (performance.now() >= deadline) {
      left = { part: p, article: 0 };
      break;
    }
    const got = parts[p]!.read();
    out.extracted += got.articles.length;
    out.diagnostics.push(...got.diagnostics);
    for (let k = 0; k < got.articles.length; k++) {
      if (performance.now() >= deadline) {
        left = { part: p, article: k };
        break;
      }
      const a = got.articles[k]!;
      // Stored already (the body is being sent again after running out of time), perhaps extracted
      // differently then (its outlet's chrome profile has grown since): nothing to find or write.
      const stored = a.source.digest !== undefined ? store.sourceId(a.source.digest) : null;
      if (!seen.has(stored ?? a.id) && (stored !== null || store.hasArticle(a.id))) {
        out.existing++;
        seen.add(stored ?? a.id);
        await yieldTurn();
        continue;
      }
      seen.add(a.id);
      // Entities are found here, as `rasd ingest` finds them; a full record that brings its own keeps them.
      batch.push(a.entities ? a : analyseOne(a));
      if (batch.length === BATCH) put();
      await yieldTurn();
    }
    await yieldTurn();
  }
  if (batch.length) put();
  if (wrote) store.flush();
  out.ids = [...seen];
  if (left) {
    out.cut = true;
    const from = parts[left.part]!.input;
    const where = left.article ? `${from}, from its article ${left.article + 1}` : from;
    out.diagnostics.push({
      code: 'api/out-of-time',
      message: `the request's ${seconds} s ran out after ${seen.size} articles: the body from ${where} on was not stored; send the rest again, or the whole body: articles stored already are skipped and count as existing`,
      input: from,
      start: 0,
      end: 0,
      unit: 'char',
      severity: 'error',
    });
  }
  return out;
}
