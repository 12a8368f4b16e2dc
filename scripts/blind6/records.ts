// Reads SaudiNewsNet days at run time and keeps only records whose content is
// clean article text (no credits, share words, links, tags or contact blocks).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hash32 } from './prng.js';

export const DATA_DIR = '/work/shared/data/saudinewsnet';

export type Topic = 'sports' | 'economy' | 'opinion' | 'general';

export interface Rec {
  id: string; // "<day>#<index>"
  day: string;
  source: string;
  url: string;
  extracted: string; // "YYYY-MM-DD hh:mm:ss"
  title: string;
  author: string; // cleaned, may be ""
  paragraphs: string[]; // content split on newlines, whitespace collapsed
  words: number;
  topic: Topic;
}

interface RawRecord {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  author?: string;
  content?: string;
}

export function listDays(): string[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.zip'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readDay(day: string): RawRecord[] {
  const buf = execFileSync('unzip', ['-p', join(DATA_DIR, `${day}.zip`)], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const data: unknown = JSON.parse(buf.toString('utf8'));
  if (!Array.isArray(data)) throw new Error(`${day}: not a JSON array`);
  return data as RawRecord[];
}

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const wordCount = (s: string): number => (s.trim() === '' ? 0 : s.trim().split(/\s+/).length);

export function splitParagraphs(content: string): string[] {
  return content.split(/\r?\n/).map(norm).filter((p) => p !== '');
}

const AGENCY = '(?:واس|رويترز|أ\\.? ?ف\\.? ?ب\\.?|ا ف ب|د\\.? ?ب\\.? ?[أا]\\.?|يو بي آي|أ ش أ|قنا|وام|كونا|بنا|وكالات|الأناضول)';
const BANNED: RegExp[] = [
  /&[a-z#0-9]+;/i,
  /https?:|www\.|\.(?:com|net|org|sa|info)\b|@/i,
  /[اأإ]قر[أا]\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)/,
  /المصدر|متابعات|متابعة|المزيد|رابط|سمات|تصوير|للاشتراك|للتواصل|مقالات أخرى|كلمات مفتاحية|الوسوم|عين اليوم|الوئام|سبق-/,
  /SMS|Next|Previous|Stc|Mobily|Zain|Photo|AFP/i,
  /[\u0600-\u06ff]{16,}/, // glued caption + first word
  /\t|\uFFFD|\u00AD/,
];
const CREDIT_START = [
  new RegExp(`^\\(?${AGENCY}\\)?\\s*[-–ـ:(]`),
  /^[^\s.،:]+(?:\s[^\s.،:]+){0,4}\s*[-–ـ]\s*[^\s.،:]+(?:\s[^\s.،:]+){0,4}\s*:/,
  /^[^\s.،:]+(?:\s[^\s.،:]+){0,3}\s*:\s/,
  /^[^.،]{2,40}\([^)]{2,25}\)\s*[-–ـ:]/,
];
const CREDIT_END = new RegExp(`(?:[-–ـ(/]\\s*${AGENCY}\\s*\\)?|\\(${AGENCY}\\))\\s*[.]?$`);
const SENT_END = /[.!؟?»"”)…:]$/;

/** Returns a reason string when the record must be skipped. */
export function rejectReason(r: RawRecord): string | null {
  const source = r.source ?? '';
  const title = r.title ?? '';
  const content = r.content ?? '';
  if (source === 'alweeam') return 'source-link-lines';
  if (!title.trim() || /[\r\n]/.test(title.trim())) return 'title';
  const t = norm(title);
  if (wordCount(t) < 3 || wordCount(t) > 28) return 'title-len';
  if (/&[a-z#0-9]+;|https?:|www\./i.test(t)) return 'title-chrome';
  if (source === 'aljazirah' && /^\s/.test(content)) return 'glued-caption';
  for (const re of BANNED) if (re.test(content)) return `banned:${re.source.slice(0, 20)}`;
  const paras = splitParagraphs(content);
  if (paras.length === 0) return 'empty';
  const words = paras.reduce((s, p) => s + wordCount(p), 0);
  if (words < 40 || words > 900) return 'length';
  const first = paras[0] as string;
  const last = paras[paras.length - 1] as string;
  for (const re of CREDIT_START) if (re.test(first)) return 'credit-start';
  if (CREDIT_END.test(last)) return 'credit-end';
  const author = norm((r.author ?? '').replace(/&nbsp;/g, ' ')).replace(/[:\s]+$/, '');
  if (author.length >= 3 && first.slice(0, 120).includes(author)) return 'author-in-content';
  if (first.startsWith(t.slice(0, Math.min(25, t.length)))) return 'title-in-content';
  for (const p of paras) {
    const n = wordCount(p);
    if (n < 3) return 'short-para';
    if (n < 7 && !SENT_END.test(p)) return 'label-para';
    if (/^[•*●▪■◄►\-–]\s/.test(p)) return 'bullet-para';
    if (/^(?:صورة|الصورة|فيديو|إعلان|شاهد|اقرأ|انظر)\b/.test(p)) return 'media-para';
    if (CREDIT_END.test(p) && n < 15) return 'credit-para';
  }
  const latin = (content.match(/[A-Za-z]+/g) ?? []).length;
  if (latin > 8) return 'latin';
  return null;
}

function cleanAuthor(a: string | undefined): string {
  return norm((a ?? '').replace(/&nbsp;/g, ' ').replace(/&[a-z]+;/g, ''))
    .replace(/^[-–ـ:\s]+|[-–ـ:\s]+$/g, '');
}

const SPORT_WORDS = /مباراة|الدوري|نادي|النادي|لاعب|اللاعب|المنتخب|كرة القدم|المدرب|الفريق|هدف|الموسم|بطولة|الملعب/g;
const ECON_WORDS = /الأسهم|المؤشر|النفط|مليار|مليون|البنك|الاستثمار|الاقتصاد|الشركة|الشركات|السوق|برميل|الأسعار|التمويل|أرباح/g;

function topicOf(r: RawRecord, paras: string[], author: string): Topic {
  const url = decodeURIComponentSafe(r.url ?? '');
  const text = `${r.title ?? ''} ${paras.join(' ')}`;
  const sport = (text.match(SPORT_WORDS) ?? []).length;
  const econ = (text.match(ECON_WORDS) ?? []).length;
  const titleSport = new RegExp(SPORT_WORDS.source).test(r.title ?? '');
  if (r.source === 'arreyadi' || /\/Sports\/|\/sp\d+\.htm/.test(url) || sport >= 10 || (sport >= 5 && titleSport)) return 'sports';
  if (/\/Economy\/|\/ec\d+\.htm/.test(url) || econ >= 7 || (r.source === 'aleqtisadiya' && econ >= 3)) return 'economy';
  const personal = /^(?:د\.\s*)?[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,3}$/.test(author);
  const placeLike = /الرياض|جدة|مكة|المدينة|الدمام|القاهرة|واس|رويترز|وكالات|الوطن|عكاظ|اليوم|الجزيرة/.test(author);
  if (/\/Articles\//.test(url) || (personal && !placeLike && paras.length >= 3 && r.source !== 'aawsat')) return 'opinion';
  return 'general';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** Another record's title, for related / latest / most-read lists. */
export interface TitleRef {
  title: string;
  source: string;
  id: string;
  day: string;
  topic: Topic;
  author: string;
  lead: string; // opening words of a clean record, "" otherwise
}

export interface Corpus {
  clean: Rec[]; // clean records, deduplicated by title, in hash order
  titles: TitleRef[]; // every usable title once, hash order
  rejected: Map<string, number>;
}

export function loadCorpus(seed: string): Corpus {
  const clean: Rec[] = [];
  const titles: Corpus['titles'] = [];
  const rejected = new Map<string, number>();
  const seenTitles = new Set<string>();
  for (const day of listDays()) {
    const recs = readDay(day);
    recs.forEach((r, i) => {
      const id = `${day}#${i}`;
      const t = norm(r.title ?? '');
      const titleOk = t !== '' && !/&[a-z#0-9]+;|https?:|[\r\n]/i.test(r.title ?? '') && wordCount(t) >= 3 && wordCount(t) <= 22;
      const dup = seenTitles.has(t);
      seenTitles.add(t);
      const why = dup ? 'duplicate-title' : rejectReason(r);
      const paragraphs = splitParagraphs(r.content ?? '');
      const author = cleanAuthor(r.author);
      if (titleOk && !dup) {
        const lead = why ? '' : leadOf(paragraphs[0] ?? '');
        titles.push({ title: t, source: r.source ?? '', id, day, topic: topicOf(r, paragraphs, author), author, lead });
      }
      if (why) {
        rejected.set(why, (rejected.get(why) ?? 0) + 1);
        return;
      }
      clean.push({
        id,
        day,
        source: r.source ?? '',
        url: r.url ?? '',
        extracted: r.date_extracted ?? `${day} 12:00:00`,
        title: r.title ?? '',
        author,
        paragraphs,
        words: paragraphs.reduce((s, p) => s + wordCount(p), 0),
        topic: topicOf(r, paragraphs, author),
      });
    });
  }
  const key = (id: string) => hash32(`${seed}/${id}`);
  clean.sort((a, b) => key(a.id) - key(b.id) || (a.id < b.id ? -1 : 1));
  titles.sort((a, b) => key(a.id) - key(b.id) || (a.id < b.id ? -1 : 1));
  return { clean, titles, rejected };
}

function leadOf(p: string): string {
  const ws = p.split(' ');
  return ws.length <= 24 ? p : ws.slice(0, 20).join(' ');
}

/** Does this record have a subtitle-eligible first paragraph? */
export function subtitleEligible(r: Rec): boolean {
  return r.paragraphs.length >= 3 && wordCount(r.paragraphs[0] as string) < 30;
}

export { wordCount };
