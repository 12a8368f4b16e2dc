/**
 * Persons the tagger missed, found after a role that heads them: «وزيرة الطاقة اللبنانية ريما فرحات،
 * في …», «رئيس بلدية الخليل سامر التميمي لانتقادات» → a PERS entity with its role. The name is two to
 * four words, the first without the article, and a boundary follows it: punctuation, «ل» + noun
 * («لإذاعة»), a preposition, أن/إن or a speech verb. Names the tagger found are left as they are.
 */
import type { Entity } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../entities/fold-name.js';
import { classify, type RoleContext } from '../entities/role-context.js';
import { MAX_ROLE_WORDS, roleRun } from '../entities/role-phrase.js';
import { fold, type QuoteCues } from './cues.js';
import { THAT } from './context.js';

const MAX_NAME_WORDS = 4;
const BOUNDARY_KINDS = new Set(['punct', 'lcons', 'stop', 'prep']);
const NOT_NAME_KINDS = new Set(['title', 'head', 'link', 'prep', 'stop']);

/** `entities` with the persons named after a role that the tagger missed, in text order. */
export function namesAfterRoles(text: string, entities: readonly Entity[], rctx: RoleContext, cues: QuoteCues): Entity[] {
  const { words } = rctx;
  const overlapping = (start: number, end: number): Entity[] => entities.filter((e) => e.start < end && start < e.end);
  const covered = (start: number, end: number): boolean => overlapping(start, end).length > 0;
  const dropped = new Set<Entity>();
  // A lone letter is no name's word: «فهد الرشيدي لـ«القبس»».
  const boundaryWord = (key: string): boolean => key.length < 2 || THAT.has(key) || cues.mediumPreps.has(key) || cues.trailingPreps.has(key) || cues.verbs.has(key) || cues.verbs.has(key.slice(1)) || key === 'قد';
  const added: Entity[] = [];
  for (let j = 0; j < words.length; j++) {
    if (classify(rctx, j).kind !== 'head' || covered(words[j]!.start, words[j]!.end)) continue;
    const r = roleRun(rctx, j, Math.min(words.length - 1, j + MAX_ROLE_WORDS - 1));
    if (r < j) continue;
    // «منسقة الشؤون الإنسانية في اليمن، جوليا فيشر، فإن»: the name set off by commas.
    const commaAfter = words[r + 1]?.key === ',' && !words[r + 2]?.breakBefore;
    const first = commaAfter ? r + 2 : r + 1;
    let n = first;
    let ok = true;
    while (n < words.length && n - first < MAX_NAME_WORDS) {
      const w = words[n]!;
      if (w.breakBefore) break;
      const c = classify(rctx, n);
      if (BOUNDARY_KINDS.has(c.kind) || boundaryWord(w.key)) break;
      if (NOT_NAME_KINDS.has(c.kind) || w.kind !== 'arabic' || (n === first && c.kind !== 'other')) {
        ok = false;
        break;
      }
      n++;
    }
    const count = n - first;
    const next = words[n];
    const ends = commaAfter ? next?.key === ',' : !next || next.breakBefore || BOUNDARY_KINDS.has(classify(rctx, n).kind) || boundaryWord(next.key);
    if (!ok || count < 2 || !ends) {
      j = r;
      continue;
    }
    const start = words[first]!.start;
    const end = words[n - 1]!.end;
    // A person the tagger found is kept; a place or organisation over the name is its slip
    // («هالة يونس» with «يونس» as a place, «للاتحاد منير الطرابلسي» as an organisation).
    const over = overlapping(start, end);
    if (over.some((e) => e.type === 'PERS' || e.start >= start && e.end > end)) {
      j = n - 1;
      continue;
    }
    for (const e of over) dropped.add(e);
    const w = words[j]!;
    const skip = classify(rctx, j).skip;
    const roleStart = skip > 0 ? offsetAfterLetters(text, w.start, w.end, skip) : w.start;
    const name = text.slice(start, end);
    added.push({
      type: 'PERS',
      text: name,
      start,
      end,
      canonical: `pers:${fold(name)}`,
      name,
      role: { text: text.slice(roleStart, words[r]!.end), start: roleStart, end: words[r]!.end },
      source: 'ner',
    });
    j = n - 1;
  }
  return added.length ? [...entities.filter((e) => !dropped.has(e)), ...added].sort((a, b) => a.start - b.start) : [...entities];
}
