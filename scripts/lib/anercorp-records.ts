// ANERcorp's training sentences as records, for gold drawn from a corpus whose licence (CC BY-SA 4.0)
// lets what is learned from it ship, with attribution. Read at run time from ../shared/data/anercorp;
// only the training part (the first 90% of sentences, anercorp-split.ts), so that NER's dev set stays
// apart. A record is one sentence: its tokens joined by one space.
import { existsSync, readFileSync } from 'node:fs';
import { parseConll } from '../../src/ner/conll.js';
import { trainingLines } from './anercorp-split.js';
import { SHARED_DATA } from './saudinewsnet.js';
import type { SnnRecord } from './snn-days.js';

/** The ANERcorp file the records come from. */
export const anercorpFile = (): string => `${SHARED_DATA}anercorp/train.conll`;

/** Whether a record id is an ANERcorp sentence's: `anercorp#12`. */
export const isAnercorpId = (id: string): boolean => id.startsWith('anercorp#');

/** Every training sentence of ANERcorp as a record `anercorp#N` (N counts sentences from 0). */
export function loadAnercorpRecords(): SnnRecord[] {
  const file = anercorpFile();
  if (!existsSync(file)) throw new Error(`ANERcorp is missing: ${file} (see ../shared/data/README.md)`);
  const { sentences } = parseConll(trainingLines(readFileSync(file, 'utf8')).join('\n'), file);
  return sentences.map(({ tokens }, index) => ({ source: 'anercorp', url: '', date_extracted: '', title: '', author: '', content: tokens.join(' '), id: `anercorp#${index}`, day: 'anercorp', index }));
}
