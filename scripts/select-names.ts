// Chooses the one-word names of ANERcorp that a lexicon lacks (pure; used by scripts/build-names.ts).
import { normalizeText } from '../src/text/normalize.js';
import type { Lexicon } from '../src/text/lexicon.js';
import { segmentClitics } from '../src/text/clitics.js';
import { stem } from '../src/text/stem.js';
import { TAG } from '../src/text/lexicon-tags.js';

const ARABIC_WORD = /^(?=\p{Script=Arabic})\p{L}+$/u;
/** Proclitics before at least three letters: و or ف, ب, ك or ل, or one of each (وب, فل). */
const CLITIC_RUN = /^(?:[وف][بكل]?|[بكل])(?=...)/u;

/**
 * The names to add to `lexicon`: one-word gazetteer entries it lacks, unless they are the article
 * before a word it knows (الدستورية); and names tagged PERS/LOC/ORG in CoNLL lines, where clitics
 * stay attached: a token goes if it has the article (المصرية) or if the stem the lexicon gives it is
 * itself a tagged name or at least as frequent in the text (وبريطانيا, ومجلس, بيته), and stays
 * otherwise (بوتين, دبي: وتين and دب are unseen). A name that is proclitics (و/ف, ب/ك/ل or both) before
 * another name is that name with its clitics (ودبي, وبوش, بسيناء), unless it is seen more
 * often than the name after the clitics; a gazetteer's entry, or one that may open with ب/ك/ل of its
 * own, stays unless the other name is seen often and five times as often (وليام, William, beside
 * ليام; كلود beside لود).
 */
export function selectNames(gazetteerLines: readonly string[], conllLines: readonly string[], lexicon: Lexicon): Set<string> {
  const plain = { lexicon, counts: new Map<string, number>() };
  const hasArticle = (w: string): boolean => segmentClitics(w, plain).proclitics.some((c) => c.tag === 'ال');
  const names = new Set<string>();
  for (const line of gazetteerLines) {
    const w = normalizeText(line.trim(), 'morph');
    if (w.length >= 3 && ARABIC_WORD.test(w) && !lexicon.has(w) && !(segmentClitics(w, plain).known && hasArticle(w))) names.add(w);
  }
  const tagged = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of conllLines) {
    const [token = '', tag = ''] = line.split(/\s+/);
    const w = normalizeText(token, 'morph');
    if (!ARABIC_WORD.test(w)) continue;
    seen.set(w, (seen.get(w) ?? 0) + 1);
    if (/PERS|LOC|ORG/.test(tag)) tagged.add(w);
  }
  for (const w of tagged) {
    if (w.length < 3 || lexicon.has(w)) continue;
    if (segmentClitics(w, plain).known) {
      if (hasArticle(w)) continue;
      const core = stem(w, plain);
      if (tagged.has(core) || (seen.get(core) ?? 0) >= (seen.get(w) ?? 0)) continue;
    }
    names.add(w);
  }
  // الاردن beside اردن: the article is a clitic, and the bare name is known.
  for (const w of names) if (w.startsWith('ال') && (names.has(w.slice(2)) || lexicon.has(w.slice(2)))) names.delete(w);
  const gazetteer = new Set(gazetteerLines.map((line) => normalizeText(line.trim(), 'morph')));
  const isName = (w: string): boolean => names.has(w) || gazetteer.has(w) || tagged.has(w) || ((lexicon.get(w) ?? 0) & TAG.proper) !== 0;
  const count = (w: string): number => seen.get(w) ?? 0;
  for (const w of [...names]) {
    const m = CLITIC_RUN.exec(w);
    if (!m) continue;
    const rest = w.slice(m[0].length);
    const bare = w.slice(1);
    const host = isName(bare) ? bare : isName(rest) ? rest : null;
    if (host === null) continue;
    // A gazetteer's own entry (وليام), and a name that may open with ب/ك/ل of its own (برونو, كلود),
    // goes only where the corpus shows the other name often, and five times as often at least.
    const strict = gazetteer.has(w) || !/^[وف]/u.test(w);
    if (strict ? count(host) >= 5 && count(w) * 5 <= count(host) : count(w) <= count(host)) names.delete(w);
  }
  return names;
}
