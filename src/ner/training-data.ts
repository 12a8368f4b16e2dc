/**
 * The tagger's training data as shipped: ANERcorp's training part (the CAMeL Lab split, CC BY-SA
 * 4.0; see data/README.md), gzipped by `npm run train:ner`. `rasd adapt` trains on it again with
 * word clusters learned from the user's own articles.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { RasdError } from '../errors.js';
import { DATA_DIR } from '../text/read-data.js';
import { parseConll } from './conll.js';
import type { TaggedSentence } from './corpus.js';

/** Where the shipped training data lives under data/. */
export const ANERCORP_TRAIN_FILE = 'ner/anercorp-train.conll.gz';

/** ANERcorp's training sentences, all of them, in order. */
export function readTrainingSentences(): TaggedSentence[] {
  const url = new URL(ANERCORP_TRAIN_FILE, DATA_DIR);
  let text: string;
  try {
    text = gunzipSync(readFileSync(url)).toString('utf8');
  } catch (err) {
    throw new RasdError('E_DATA', `cannot read the tagger's training data ${url.pathname}: ${(err as Error).message}`, { cause: err });
  }
  return parseConll(text, 'anercorp-train.conll').sentences.filter((s): s is typeof s & TaggedSentence => s.tags !== null);
}
