/**
 * An outlet's own name where it signs off or credits itself («رابط الخبر بصحيفة الوئام: …», a byline
 * «نايف عبدالله – عين اليوم») is the article's outlet, not an organisation in the news: such mentions
 * are no entities, so that the outlet does not top every list of most-named organisations. The
 * phrases are data (data/entities/self-mentions.txt).
 */
import type { Entity } from '../core/entity-schema.js';
import { RasdError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { identifyCredit, STAFF } from '../ingest/credits.js';
import { readLines } from '../text/read-data.js';

/** The phrases before an outlet's own name, folded and without spaces, and the words for a medium. */
export interface SelfMentionCues {
  phrases: readonly string[];
  media: ReadonlySet<string>;
  /** The longest phrase, in characters (how far back to look). */
  reach: number;
}

const squeeze = (s: string): string => normalizeText(s, 'search').replace(/[^\p{L}\p{N}]+/gu, '');

/** Parses the data file's lines: one `media<TAB>word|word…` line, then phrases. */
export function parseSelfMentionCues(lines: readonly string[], file = 'data/entities/self-mentions.txt'): SelfMentionCues {
  const media = new Set<string>();
  const phrases: string[] = [];
  for (const line of lines) {
    if (line.startsWith('media\t')) {
      for (const w of line.slice(6).split('|')) if (w.trim()) media.add(squeeze(w));
    } else if (squeeze(line)) phrases.push(squeeze(line));
    else throw new RasdError('E_DATA', `${file}: a line with no letters: ${JSON.stringify(line)}`);
  }
  return { phrases, media, reach: Math.max(0, ...phrases.map((p) => p.length)) };
}

let bundled: SelfMentionCues | undefined;

/** The bundled phrases, read once. */
export function defaultSelfMentionCues(): SelfMentionCues {
  bundled ??= parseSelfMentionCues(readLines('entities/self-mentions.txt'));
  return bundled;
}

/** True when an organisation at `e` follows a sign-off phrase in `text`. */
export function isSelfMention(text: string, e: Pick<Entity, 'type' | 'start' | 'text'>, cues: SelfMentionCues = defaultSelfMentionCues()): boolean {
  if (e.type !== 'ORG' || cues.phrases.length === 0) return false;
  // Enough text before the name for the longest phrase, whatever the spaces and marks in it.
  const before = squeeze(text.slice(Math.max(0, e.start - cues.reach * 3), e.start));
  const firstWord = squeeze(e.text.split(/\s+/)[0] ?? '');
  const tails = cues.media.has(firstWord) ? [before, before + firstWord] : [before];
  return tails.some((t) => cues.phrases.some((p) => t.endsWith(p)));
}

/** The most words a byline line has: «عين اليوم – الرياض», «نايف عبدالله – عين اليوم». */
const BYLINE_WORDS = 6;
const DASHED = /\s*[-\u2013\u2014]\s*/u;

/**
 * True when an organisation fills one part of a short line whose parts a dash separates, a byline or
 * a dateline («عين اليوم – متابعات», «نايف عبدالله – عين اليوم»): the outlet crediting itself. A news
 * agency credited there («عين اليوم – واس») is the story's source, and stays.
 */
export function isBylineOutlet(text: string, e: Pick<Entity, 'type' | 'start' | 'end'>, isAgency: (name: string) => boolean): boolean {
  if (e.type !== 'ORG') return false;
  const from = text.lastIndexOf('\n', e.start - 1) + 1;
  const nl = text.indexOf('\n', e.end);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  if (!DASHED.test(line) || line.split(/\s+/u).filter(Boolean).length > BYLINE_WORDS) return false;
  const name = text.slice(e.start, e.end).trim();
  const parts = line.split(DASHED).map((p) => p.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''));
  return parts.length >= 2 && parts.includes(name) && !isAgency(name);
}

/** An organisation at `e` is the outlet signing off, or crediting itself in a byline. */
export function isOutletSelf(text: string, e: Pick<Entity, 'type' | 'start' | 'end' | 'text'>, cues: SelfMentionCues = defaultSelfMentionCues(), isAgency: (name: string) => boolean = isNewsAgency): boolean {
  return isSelfMention(text, e, cues) || isBylineOutlet(text, e, isAgency);
}

/** The entities without the outlet's sign-offs, bylines and credits of itself. */
export function dropSelfMentions(text: string, entities: readonly Entity[], cues: SelfMentionCues = defaultSelfMentionCues(), isAgency: (name: string) => boolean = isNewsAgency): Entity[] {
  return entities.filter((e) => !isOutletSelf(text, e, cues, isAgency));
}

/** A news agency of data/ingest/agencies.txt («واس», «رويترز»), not an outlet crediting its own staff. */
export function isNewsAgency(name: string): boolean {
  const credit = identifyCredit(name);
  return credit !== null && credit.code !== STAFF;
}
