// SaudiNewsNet records with their place: day (the zip's date) and index in that day's JSON array.
// Read at run time from ../shared/data/saudinewsnet; nothing of their text is written anywhere.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { readZipEntries, saudiNewsNetZips, type SnnArticle } from './saudinewsnet.js';

export interface SnnRecord extends SnnArticle {
  /** `2015-07-21#123`: the day and the record's index in that day's array. */
  id: string;
  day: string;
  index: number;
}

/** Every record of the given days (all 15 by default), in day and array order. */
export async function loadSnnRecords(zips = saudiNewsNetZips()): Promise<SnnRecord[]> {
  const out: SnnRecord[] = [];
  for (const zip of zips) {
    const day = basename(zip, '.zip');
    for (const buf of await readZipEntries(zip)) {
      (JSON.parse(buf.toString('utf8')) as SnnArticle[]).forEach((r, index) => out.push({ ...r, id: `${day}#${index}`, day, index }));
    }
  }
  return out;
}

/** A short fingerprint of a text, stored beside offsets so that a changed source is noticed (never the text). */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
