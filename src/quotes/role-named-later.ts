/**
 * A speaker named only by a role («وقال المتحدث الرسمي إن …») is the one person the article gives
 * that role, before the statement or after it («… عبدالناصر العبداللطيف المتحدث الرسمي للهيئة …»):
 * the role phrase and the person's role (before the name, or in apposition after it) open with the
 * same words, two at least. A role of one word is its head with the article («وأكد المفتي» after
 * «مفتي مصر، الدكتور شوقي علام»): the person whose role opens with that head. Forms of address
 * before a head are no part of the role («معالي الوزير» is «الوزير»). With two persons of that
 * role, or none, the role stays the speaker.
 */
import type { Entity } from '../core/entity-schema.js';
import type { Quote } from '../core/quote-schema.js';
import { roleWordKind } from '../entities/role-words.js';
import { fold } from './cues.js';
import { entitySpeaker } from './speaker.js';

/** Words two role phrases must share from their start. */
const MIN_SHARED = 2;

const wordsOf = (text: string): string[] => fold(text).split(/\s+/u).filter(Boolean);

/** The first `n` words of both phrases are the same, `n` being the shorter phrase's length. */
function sameOpening(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  if (n < MIN_SHARED) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Characters after a name read for a role in apposition («عبدالناصر العبداللطيف، المتحدث الرسمي للهيئة …»). */
const APPOSITION_CHARS = 120;

/** The role words right after a person's name, a comma between or not. */
function appositionOf(text: string, e: Entity): string[] {
  return wordsOf(text.slice(e.end, e.end + APPOSITION_CHARS).replace(/^[\s،,]+/u, '')).map((w) => w.replace(/[،,.:؛]+$/u, ''));
}

/** The role phrase without the forms of address that open it before a head («معالي الوزير» → «الوزير»). */
function withoutAddress(words: readonly string[]): string[] {
  let i = 0;
  while (i + 1 < words.length && roleWordKind(words[i]!) === 'title' && roleWordKind(words[i + 1]!) !== null) i++;
  return words.slice(i);
}

/** A one-word role that is a head with the article («المفتي», «الوزير»): the head without it, else null. */
function definiteHead(phrase: readonly string[]): string | null {
  if (phrase.length !== 1) return null;
  const w = phrase[0]!;
  return w.startsWith('ال') && w.length > 4 && roleWordKind(w) === 'head' ? w.slice(2) : null;
}

/** The role opens with `head`, with the article or without («مفتي مصر», «المفتي العام»). */
const opensWith = (role: readonly string[], head: string): boolean => role.length > 0 && (role[0] === head || role[0] === `ال${head}`);

export function withRoleHolders(text: string, quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
  if (!quotes.some((q) => q.speaker && q.speaker.type === null)) return [...quotes];
  // Each person's role words, before the name and after it, read once for the article.
  const persons = entities.filter((e) => e.type === 'PERS').map((e) => ({ e, before: e.role ? withoutAddress(wordsOf(e.role.text)) : [], after: appositionOf(text, e) }));
  return quotes.map((q) => {
    const s = q.speaker;
    if (!s || s.type !== null) return q;
    const phrase = withoutAddress(wordsOf(s.text));
    const head = definiteHead(phrase);
    const holders = new Map<string, Entity>();
    for (const { e, before, after } of persons) {
      // After the name, the whole role phrase must stand there («المتحدث الرسمي» in «… المتحدث الرسمي للهيئة»).
      if (sameOpening(phrase, before) || (phrase.length >= MIN_SHARED && after.length >= phrase.length && sameOpening(phrase, after.slice(0, phrase.length)))) holders.set(e.canonical, e);
      else if (head !== null && (opensWith(before, head) || opensWith(after, head))) holders.set(e.canonical, e);
    }
    if (holders.size !== 1) return q;
    const e = [...holders.values()][0]!;
    return { ...q, speaker: entitySpeaker(e, s.carried), role: e.role };
  });
}
