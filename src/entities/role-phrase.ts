/**
 * Role phrases over classified words: from a title or head, as far as cue words, definite words,
 * «ل + noun» constructs and complements (a known actor or a place) carry it.
 * «وزير الخارجية الأمريكي» · «رئيس مجلس السيادة السوداني الفريق أول» · «مدير المرصد السوري لحقوق الإنسان».
 */
import { aliasAt } from './find-aliases.js';
import { classify, type RoleContext } from './role-context.js';

/** The most words a role phrase spans. */
export const MAX_ROLE_WORDS = 14;

/** The last word of the role phrase that starts at word `s` and ends by word `limit`, or -1 when none does. */
export function roleRun(ctx: RoleContext, s: number, limit: number): number {
  const first = classify(ctx, s).kind;
  if (first !== 'title' && first !== 'head') return -1;
  limit = Math.min(limit, s + MAX_ROLE_WORDS - 1, ctx.words.length - 1);
  let last = -1;
  // `need`: the phrase may not end here, a complement must follow (رئيس → رئيس الوزراء).
  let need = false;
  // After a title only titles, heads and nisba adjectives: «الأمير الوليد» is a title and a name.
  let afterTitle = false;
  for (let j = s; j <= limit; ) {
    if (j > s && ctx.words[j]!.breakBefore) break;
    const c = classify(ctx, j);
    if (!afterTitle && (need || c.kind === 'lcons')) {
      // «أمير قطر», «قائد قسد», «المكتب السياسي لحماس», «محافظ حلب».
      const end = complementAt(ctx, j, limit);
      if (end >= 0) {
        need = false;
        last = end;
        j = end + 1;
        continue;
      }
    }
    let ok = c.last <= limit;
    switch (c.kind) {
      case 'title':
        afterTitle = true;
        need = false;
        break;
      case 'head':
        afterTitle = false;
        need = !c.definite;
        break;
      case 'link':
        if (afterTitle) ok = false;
        else need = !c.definite;
        break;
      case 'prep':
        if (afterTitle) ok = false;
        else need = true;
        break;
      case 'def':
        if (afterTitle && !c.nisba) ok = false;
        else need = false;
        break;
      case 'lcons':
        if (afterTitle || j + 1 > limit || classify(ctx, j + 1).kind !== 'def') ok = false;
        else need = true;
        break;
      default:
        ok = false;
    }
    if (!ok) break;
    if (!need) last = c.last;
    j = c.last + 1;
  }
  return last;
}

/** A known or named non-person actor or a one-word place starting at word `j`: its last word, or -1. */
export function complementAt(ctx: RoleContext, j: number, limit: number): number {
  const named = ctx.named.get(j);
  if (named !== undefined && named <= limit) return named;
  const found = aliasAt(ctx.text, ctx.words, j, ctx.aliases, false);
  if (found && found.last <= limit && found.hit.entity && found.hit.entity.type !== 'PERS') return found.last;
  const w = ctx.words[j]!;
  if (w.kind === 'arabic' && w.part === 'whole' && ctx.isPlace(ctx.text.slice(w.start, w.end))) return j;
  return -1;
}

/** Word `s` lies inside a named organisation or place that ends by word `limit` («جامعة الملك | عبدالعزيز»). */
function insideNamed(ctx: RoleContext, s: number, limit: number): boolean {
  for (const [a, last] of ctx.named) if (a < s && s <= last && last <= limit) return true;
  return false;
}

/** True for classes a role never runs across. */
function isBoundary(kind: string): boolean {
  return kind === 'punct' || kind === 'stop' || kind === 'other' || kind === 'particle';
}

/**
 * The first word of the role right before word `n` (the name's first word), or -1: the leftmost
 * title or head whose phrase ends exactly at `n - 1`. «قال الرئيس السوري المؤقت | أحمد الشرع».
 */
export function roleBefore(ctx: RoleContext, n: number): number {
  let best = -1;
  for (let s = n - 1; s >= 0 && s >= n - MAX_ROLE_WORDS; s--) {
    if (ctx.words[s + 1]!.breakBefore) break;
    const c = classify(ctx, s);
    if (isBoundary(c.kind)) {
      // «د.»: the dot ends a cue that starts on the word before.
      if (s > 0 && classify(ctx, s - 1).last >= s && !isBoundary(classify(ctx, s - 1).kind)) continue;
      // «أمير قطر», «قائد قسد»: a complement; the phrase from a head before it decides.
      if (c.kind === 'other' && (complementAt(ctx, s, n - 1) >= 0 || insideNamed(ctx, s, n - 1))) continue;
      break;
    }
    if ((c.kind === 'title' || c.kind === 'head') && roleRun(ctx, s, n - 1) === n - 1) best = s;
  }
  return best;
}

/** Apposition: «رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، …» → [first, last] word of the role after word `e`, or null. */
export function roleAfter(ctx: RoleContext, e: number): [number, number] | null {
  const sep = ctx.words[e + 1];
  const s = e + 2;
  if (!sep || s >= ctx.words.length || sep.breakBefore || ctx.words[s]!.breakBefore) return null;
  if (sep.key !== ',' && sep.key !== '-' && sep.key !== '\u2013' && sep.key !== '\u2014') return null;
  const last = roleRun(ctx, s, ctx.words.length - 1);
  if (last < s) return null;
  // It must end the clause: in «التقى سامر الحلبي، وزير الخارجية كمال يوسف» the role is Kamal's.
  const next = ctx.words[last + 1];
  if (next && !next.breakBefore && !isBoundaryAfter(classify(ctx, last + 1).kind)) return null;
  return [s, last];
}

/** What may follow a role in apposition: punctuation or a word that ends it («قال», «الذي», «أمس»). */
function isBoundaryAfter(kind: string): boolean {
  return kind === 'punct' || kind === 'stop';
}
