/**
 * A parsed query → the set of matching documents, adding each positive term's BM25F score to the
 * documents it matches. Words are analysed with the analyser that indexed the articles, so both
 * sides agree on alef, ta marbuta, diacritics and clitics.
 */
import { DEFINITE_MENTION_MARK, isDefinite, MENTION_MARK, PART_MARK, termForm, type Analyzer } from '../../text/analyze.js';
import { defaultMultiWordNames, multiWordKey } from '../../text/known-names.js';
import { normalizeText } from '../../text/normalize.js';
import { readWord } from '../../text/word-reading.js';
import { canonicalize } from '../../entities/canonicalize.js';
import { identifyCredit } from '../../ingest/credits.js';
import { dayNumber } from '../../text/iso-day.js';
import { FIELD } from '../index/fields.js';
import { decodePositions } from '../index/postings.js';
import type { QueryNode } from '../query/ast.js';
import { fail } from '../query/errors.js';
import { and, andNot, forEachBit, hasBit, or, setBit, type Bitset } from './bitset.js';
import { bm25f, idf } from './bm25.js';
import type { DocTable } from './doc-table.js';
import { nameQuery, type NameParts } from './name-match.js';
import type { PostingsCache } from './postings-cache.js';
import type { IndexStorage } from '../index/storage.js';

const ALL_FIELDS = 0b1111;
/** A prefix expands to at most this many indexed terms (the most common ones). */
export const MAX_PREFIX_TERMS = 64;

export interface EvalContext {
  table: DocTable;
  cache: PostingsCache;
  storage: IndexStorage;
  analyzer: Analyzer;
  /** Score per docno, accumulated by positive terms. */
  scores: Float64Array;
  avg: number[];
  /** Analysed terms of the positive words, for highlighting. */
  highlight: Set<string>;
  /** What the query asked that could not count (stopwords alone, unknown credits …). */
  notes: string[];
  /** The entity ids by name units, for short names in `said:` and `entity:`. */
  names: NameParts;
  /** Canonical ids a positive `entity:` or `said:` asked for, for the snippets to show their mentions. */
  mentions: { entities: Set<string>; speakers: Set<string> };
}

interface QTerm {
  term: string;
  position: number;
  /** The word's mention term (`@…`, `&…` written with the article): articles where the tagger found the word as a name rank first. */
  mention?: string | null;
  /** The word may be a name (listed, foreign or unknown to the lexicon). */
  known?: boolean;
  /** The word's surface term. */
  surface?: string | null;
}

/**
 * Of the articles holding a word that no list names, the share in which the tagger must find it as a
 * name before those rank first: «الاتفاق» is the club in a tenth of them and gets its mentions
 * ranked; a word the tagger takes for a name by mistake now and then («وزير») does not.
 */
const MENTION_SHARE = 0.05;

/**
 * The terms a query's words search: a word after `=` its exact form (its surface without
 * proclitics, unstemmed: `=طالبان`); a name its stem would change (طالبان) its name reading, the
 * same surface; a foreign word (or one the lexicon cannot read) its sound key, which holds its other
 * spellings (انستغرام, انستجرام); any other word its stem.
 *
 * A word that ends in ه or ة is read the same whichever the user typed (مدرسه, مدرسة): by the stem
 * of its ة word where the lexicon knows one, and, as a second reading, by its exact form, which
 * folds ة to ه and so holds both spellings (and a ه that was a pronoun: كتابه). Returns the first
 * reading's terms and the second's (null when it is the same).
 */
function queryTerms(ctx: EvalContext, text: string): [QTerm[], QTerm[] | null] {
  const words = ctx.analyzer.analyzeWords(text);
  let tied = false;
  const first: QTerm[] = [];
  const second: QTerm[] = [];
  for (const t of words) {
    const exact = t.start > 0 && text.charCodeAt(t.start - 1) === 0x3d; /* = */
    // A foreign name searches its sound key, which holds its other spellings (جوجل: غوغل, قوقل).
    const searched = exact && t.surface !== null ? t.surface : t.name && t.sound !== null ? t.sound : t.name && t.surface !== null ? t.surface : t.term;
    const last = text.charCodeAt(t.end - 1);
    let term = searched;
    let other = searched;
    if (searched === t.term && t.surface !== null && (last === 0x647 || last === 0x629) /* ه ة */) {
      const taWord = text.slice(t.start, t.end - 1) + 'ة';
      if (readWord(normalizeText(taWord, 'morph')).seg.known) term = ctx.analyzer.analyzeWords(taWord)[0]?.term ?? searched;
      other = t.surface;
      tied = true;
    }
    const mark = isDefinite(text.slice(t.start, t.end)) ? DEFINITE_MENTION_MARK : MENTION_MARK;
    first.push({ term, position: t.position, mention: t.surface !== null ? mark + t.surface.slice(1) : null, known: t.known, surface: t.surface });
    second.push({ term: other, position: t.position });
  }
  const differs = tied && second.some((t, i) => t.term !== first[i]!.term);
  return [first, differs ? second : null];
}

/** A term's counts in one document with the part-term counts taken off (see {@link termSet}). */
const ownCounts = new Uint16Array(4);

/**
 * Documents holding `term` in a field of `mask`; scores them when `scoring`, only inside `only` when
 * given. With `part` (a word's part term), the occurrences that are words of a longer name do not
 * count toward the score: an article where «التعاون» only occurs in «منظمة التعاون الإسلامي» still
 * matches, but ranks as one without the word.
 */
function termSet(ctx: EvalContext, term: string, mask: number, scoring: boolean, only?: Bitset, part?: string): Bitset {
  const { table, scores, avg } = ctx;
  const { postings: p } = ctx.cache.get(term);
  const q = part && scoring ? ctx.cache.get(part).postings : null;
  const out = table.empty();
  const termIdf = idf(table.count, p.length);
  let j = 0;
  for (let i = 0; i < p.length; i++) {
    const doc = p.docs[i]!;
    if (doc > table.maxDoc || !(p.masks[i]! & mask) || (only && !hasBit(only, doc))) continue;
    setBit(out, doc);
    if (!scoring) continue;
    // Both lists are in docno order.
    while (q && j < q.length && q.docs[j]! < doc) j++;
    if (q && j < q.length && q.docs[j] === doc) {
      for (let f = 0; f < 4; f++) ownCounts[f] = Math.max(0, p.tfs[4 * i + f]! - q.tfs[4 * j + f]!);
      scores[doc]! += bm25f(table, doc, ownCounts, 0, mask, termIdf, avg);
    } else scores[doc]! += bm25f(table, doc, p.tfs, 4 * i, mask, termIdf, avg);
  }
  if (scoring && !term.startsWith(MENTION_MARK) && !term.startsWith(DEFINITE_MENTION_MARK)) ctx.highlight.add(term);
  return out;
}

/** Documents where the terms occur at their relative positions (stopwords between them keep their gap). */
function phraseSet(ctx: EvalContext, terms: QTerm[], mask: number, scoring: boolean): Bitset {
  const cand = termSet(ctx, terms[0]!.term, mask, false);
  for (let k = 1; k < terms.length; k++) and(cand, termSet(ctx, terms[k]!.term, mask, false));
  const wanted: number[] = [];
  for (let w = 0; w < cand.length; w++) {
    let v = cand[w]!;
    while (v !== 0) {
      const t = v & -v;
      wanted.push((w << 5) + 31 - Math.clz32(t));
      v ^= t;
    }
  }
  const docs = Int32Array.from(wanted);
  const lists = terms.map((t) => decodePositions(ctx.cache.get(t.term).rows, docs));
  const out = ctx.table.empty();
  const base = terms[0]!.position;
  const ptr = new Int32Array(terms.length);
  for (let i = 0; i < docs.length; i++) {
    const first = lists[0]!;
    for (let k = 1; k < terms.length; k++) ptr[k] = lists[k]!.offsets[i]!;
    let found = false;
    for (let a = first.offsets[i]!; a < first.offsets[i + 1]! && !found; a++) {
      const p = first.positions[a]!;
      found = true;
      for (let k = 1; k < terms.length && found; k++) {
        const want = p + terms[k]!.position - base;
        const { positions, offsets } = lists[k]!;
        const stop = offsets[i + 1]!;
        let j = ptr[k]!;
        while (j < stop && positions[j]! < want) j++;
        ptr[k] = j;
        found = j < stop && positions[j] === want;
      }
    }
    if (found) setBit(out, docs[i]!);
  }
  if (scoring) {
    const { table, scores, avg } = ctx;
    terms.forEach((t, k) => {
      const p = ctx.cache.get(t.term).postings;
      const termIdf = idf(table.count, p.length);
      const index = lists[k]!.index;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (index[i]! >= 0 && hasBit(out, doc)) scores[doc]! += bm25f(table, doc, p.tfs, 4 * index[i]!, mask, termIdf, avg);
      }
      ctx.highlight.add(t.term);
    });
  }
  return out;
}

/** Words → the set of a term, or of a phrase when the words analyse to several terms; null when all are stopwords. */
function wordsSet(ctx: EvalContext, text: string, mask: number, scoring: boolean): Bitset | null {
  const [terms, spelled] = queryTerms(ctx, text);
  if (terms.length === 0) {
    ctx.notes.push(`«${text}» is too common to search for and was ignored`);
    return null;
  }
  const one = terms[0]!;
  const set = terms.length === 1 ? termSet(ctx, one.term, mask, scoring, undefined, one.surface ? PART_MARK + one.surface.slice(1) : undefined) : phraseSet(ctx, terms, mask, scoring);
  if (spelled) or(set, spelled.length === 1 ? termSet(ctx, spelled[0]!.term, mask, scoring) : phraseSet(ctx, spelled, mask, scoring));
  // A name that is also a word (الهلال, طالبان): the articles where the tagger found it as a name
  // score more, and more still those that name the known actor the words are a name of (فتح: the
  // movement, not «opened» nor the club الفتح).
  if (scoring) {
    for (const t of terms) if (t.mention && (t.known || mentionShare(ctx, t.mention, t.surface ?? null) >= MENTION_SHARE)) termSet(ctx, t.mention, mask, true, set);
    actorBonus(ctx, text, set);
  }
  return set;
}

/** How many of the articles holding `surface` hold its mention term too, as a share. */
function mentionShare(ctx: EvalContext, mention: string, surface: string | null): number {
  if (surface === null) return 0;
  const all = ctx.cache.count(surface);
  return all ? ctx.cache.count(mention) / all : 0;
}

/** Adds to the score of the documents of `set` that name the actor `text` is a name of, if any. */
function actorBonus(ctx: EvalContext, text: string, set: Bitset): void {
  if (text.startsWith('=')) return;
  const actor = canonicalize(text);
  const id = actor ? ctx.table.entityIds.get(actor.id) : undefined;
  if (id === undefined) return;
  // The matched documents are fewer than those naming any entity: they are walked.
  const docs: number[] = [];
  forEachBit(set, (doc) => {
    if (ctx.table.entities.includes(doc, id)) docs.push(doc);
  });
  // Twice the weight a term as rare as the actor's articles would add.
  const bonus = 2 * idf(ctx.table.count, docs.length);
  for (const doc of docs) ctx.scores[doc]! += bonus;
}

function prefixSet(ctx: EvalContext, text: string, mask: number, scoring: boolean): Bitset {
  const prefix = termForm(normalizeText(text, 'search'));
  const terms = ctx.storage.termsWithPrefix(prefix, MAX_PREFIX_TERMS);
  if (terms.length === MAX_PREFIX_TERMS) ctx.notes.push(`«${text}*» matches many words; only the ${MAX_PREFIX_TERMS} most common were searched`);
  const out = ctx.table.empty();
  for (const t of terms) or(out, termSet(ctx, t, mask, scoring));
  return out;
}

function columnSet(ctx: EvalContext, column: Int32Array, id: number | undefined): Bitset {
  const out = ctx.table.empty();
  if (id === undefined) return out;
  for (let d = 0; d <= ctx.table.maxDoc; d++) if (column[d] === id) setBit(out, d);
  return out;
}

function outletSet(ctx: EvalContext, value: string): Bitset {
  const want = normalizeText(value, 'search');
  const out = ctx.table.empty();
  ctx.table.outlets.list.forEach((name, id) => {
    if (normalizeText(name, 'search') === want) or(out, columnSet(ctx, ctx.table.outlet, id));
  });
  return out;
}

function creditSet(ctx: EvalContext, value: string): Bitset {
  const code = identifyCredit(value)?.code ?? value.toUpperCase();
  const id = ctx.table.creditNames.get(code);
  const out = ctx.table.empty();
  if (id === undefined) return out;
  for (let d = 0; d <= ctx.table.maxDoc; d++) if (ctx.table.credits.includes(d, id)) setBit(out, d);
  return out;
}

/**
 * `entity:داعش`, `entity:"أحمد الشرع"`, `entity:isis`: articles naming the entity; `said:` the same
 * for articles quoting it (`said:"مصدر عسكري"` finds an unnamed speaker by its words). The value is
 * resolved as a known actor (alias table), as a canonical id, as a name key of any type, or as a
 * short form of a person's or organisation's full name (`said:الجبير` for «عادل بن أحمد الجبير»).
 */
function entitySet(ctx: EvalContext, node: QueryNode, field: 'entity' | 'said' | 'actor', scoring: boolean): Bitset {
  const text = node.type === 'term' || node.type === 'prefix' ? node.text : node.type === 'phrase' ? node.words.join(' ') : '';
  const ids = ctx.table.entityIds;
  const wanted = ctx.names.matching(nameQuery(text), ids.list, (id) => ids.get(id));
  if (scoring) for (const n of wanted) (field === 'said' ? ctx.mentions.speakers : ctx.mentions.entities).add(ids.list[n]!);
  const docs = field === 'entity' ? ctx.table.entities : field === 'said' ? ctx.table.speakers : ctx.table.actors;
  const out = ctx.table.empty();
  if (!wanted.size) return out;
  for (let d = 0; d <= ctx.table.maxDoc; d++) if (docs.some(d, wanted)) setBit(out, d);
  return out;
}

/** `event:ASSAULT`, `event:PROTEST/demo`: articles telling such an event as done. */
function eventSet(ctx: EvalContext, event: string, mode: string | null): Bitset {
  const id = ctx.table.eventKeys.get(mode ? `${event}/${mode}` : event);
  const out = ctx.table.empty();
  if (id === undefined) return out;
  for (let d = 0; d <= ctx.table.maxDoc; d++) if (ctx.table.events.includes(d, id)) setBit(out, d);
  return out;
}

function dateSet(ctx: EvalContext, from: string | null, to: string | null): Bitset {
  const lo = from ? dayNumber(from) : -Infinity;
  const hi = to ? dayNumber(to) : Infinity;
  const out = ctx.table.empty();
  const { day, maxDoc } = ctx.table;
  for (let d = 0; d <= maxDoc; d++) {
    const v = day[d]!;
    if (v !== -1 && v >= lo && v <= hi) setBit(out, d);
  }
  return out;
}

/** The words of plain terms that together are a known name of several words, or null. */
function nameWords(children: readonly QueryNode[]): string | null {
  if (children.length < 2 || children.length > 5 || !children.every((c) => c.type === 'term' && !c.text.startsWith('='))) return null;
  const text = children.map((c) => (c as { text: string }).text).join(' ');
  return defaultMultiWordNames().has(multiWordKey(text)) ? text : null;
}

const isEmpty = (b: Bitset): boolean => b.every((w) => w === 0);

/** The documents matching `node`; null when it places no constraint (stopwords only). */
export function evaluate(ctx: EvalContext, node: QueryNode, scoring = true, mask = ALL_FIELDS): Bitset | null {
  switch (node.type) {
    case 'term':
      return wordsSet(ctx, node.text, mask, scoring);
    case 'phrase':
      return wordsSet(ctx, node.words.join(' '), mask, scoring);
    case 'prefix':
      return prefixSet(ctx, node.text, mask, scoring);
    case 'field':
      if (node.field !== 'headline') return entitySet(ctx, node.child, node.field, scoring);
      return evaluate(ctx, node.child, scoring, 1 << FIELD.headline);
    case 'outlet':
      return outletSet(ctx, node.value);
    case 'credit':
      return creditSet(ctx, node.value);
    case 'date':
      return dateSet(ctx, node.from, node.to);
    case 'event':
      return eventSet(ctx, node.event, node.mode);
    case 'not': {
      const out = ctx.table.all.slice();
      const child = evaluate(ctx, node.child, false, mask);
      if (child) andNot(out, child);
      return out;
    }
    case 'and': {
      // «حزب الله», «بشار الأسد»: the words of a known name, and nothing else, are its phrase first.
      const name = nameWords(node.children);
      if (name) {
        const phrase = wordsSet(ctx, name, mask, scoring);
        if (phrase && !isEmpty(phrase)) return phrase;
      }
      let out: Bitset | null = null;
      const negatives: Bitset[] = [];
      for (const c of node.children) {
        if (c.type === 'not') {
          const s = evaluate(ctx, c.child, false, mask);
          if (s) negatives.push(s);
          continue;
        }
        const s = evaluate(ctx, c, scoring, mask);
        if (!s) continue;
        if (out) and(out, s);
        else out = s;
      }
      if (!out && !negatives.length) return null;
      out ??= ctx.table.all.slice();
      for (const n of negatives) andNot(out, n);
      return out;
    }
    case 'or': {
      let out: Bitset | null = null;
      for (const c of node.children) {
        const s = evaluate(ctx, c, scoring, mask);
        if (!s) continue;
        if (out) or(out, s);
        else out = s;
      }
      return out;
    }
  }
}
