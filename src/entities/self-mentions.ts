/**
 * An outlet's own name where it signs off or credits itself («رابط الخبر بصحيفة الوئام: …») is the
 * article's outlet, not an organisation in the news: such mentions are no entities, so that the
 * outlet does not top every list of most-named organisations. The phrases are data
 * (data/entities/self-mentions.txt).
 */
import type { Entity } from '../core/entity-schema.js';
import { RasdError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
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

/** The entities without the outlet's sign-offs and credits of itself. */
export function dropSelfMentions(text: string, entities: readonly Entity[], cues: SelfMentionCues = defaultSelfMentionCues()): Entity[] {
  return entities.filter((e) => !isSelfMention(text, e, cues));
}
