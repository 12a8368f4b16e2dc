// The chrome judge: lines judged on their own (classify-line.ts), and what repetition may and may not remove.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLine } from '../../src/ingest/chrome/classify-line.js';
import { judgeLines } from '../../src/ingest/chrome/judge-lines.js';
import { Profiles } from '../../src/ingest/chrome/profiles.js';

describe('classifyLine', () => {
  const table: Array<[string, string | null]> = [
    ['TT', 'font-size'],
    ['شارك: فيسبوك تويتر واتساب', 'share'],
    ['الرئيسية > أخبار > محليات', 'breadcrumb'],
    ['نُشر في: 21 يوليو 2015 - 10:30', 'date'],
    ['الثلاثاء 5 شوال 1436 هـ', 'date'],
    ['12 تعليق', 'comments'],
    ['(4 من 5)', 'gallery'],
    ['‹ ›', 'slider'],
    ['ح ع', 'end-mark'],
    ['name@example.com', 'contact'],
    ['https://example.com/a/1', 'link'],
    ['وقال الوزير إن الخطة تشمل 12 مشروعا.', null],
    ['خبر ثان', null],
    ['* * *', null],
    ['طباعة الكتب في المدينة', null],
  ];
  for (const [line, kind] of table) it(line, () => assert.equal(classifyLine(line), kind));
});

describe('judgeLines', () => {
  it('takes a line every article of the outlet carries, and keeps the text', () => {
    const p = new Profiles();
    const body = (n: number): string => `افتتح الوزير المشروع رقم ${n} في المنطقة الشرقية بحضور عدد من المسؤولين والأهالي ${'و'.repeat(n % 5 + 1)}.`;
    for (let n = 0; n < 20; n++) p.observe('k', ['نشرة المساء من فريق التحرير', body(n)]);
    assert.deepEqual(judgeLines(['نشرة المساء من فريق التحرير', body(3)], { profile: p.get('k') }).map((v) => v && [v.kind, v.evidence]), [['template', 'repeat'], null]);
  });
  it('cuts a share bar glued to the first sentence, not the sentence', () => {
    const p = new Profiles();
    const first = (n: number): string => `فيسبوك تويتر واتساب ${['أعلنت', 'كشفت', 'أكدت', 'طرحت', 'نشرت'][n % 5]} الوزارة ${['اليوم', 'أمس', 'مساء', 'صباح'][n % 4]} عن ${n} وظيفة جديدة في ${['جدة', 'الرياض', 'أبها'][n % 3]}`;
    for (let n = 0; n < 30; n++) p.observe('k', [first(n), 'وأضافت أن التقديم يبدأ الأسبوع المقبل.']);
    const [v] = judgeLines([first(7)], { profile: p.get('k') });
    assert.equal(first(7).slice(v!.start, v!.end).trim(), 'فيسبوك تويتر واتساب');
    assert.equal(v!.kind, 'share');
  });
  it('leaves an article whose every line recurs (all articles share one wording)', () => {
    const p = new Profiles();
    for (let n = 1; n <= 3; n++) p.observe('k', [`خبر رقم ${n}`, `نص الخبر رقم ${n} في فقرة واحدة.`]);
    assert.deepEqual(judgeLines([`خبر رقم 1`, `نص الخبر رقم 1 في فقرة واحدة.`], { profile: p.get('k'), keep: 2 }), [null, null]);
  });
  it('does not cut an opening that recurs as far as the profile counts (the same text repeated)', () => {
    const p = new Profiles();
    const text = 'تتوقع هيئة الأرصاد طقساً حاراً نهاراً معتدلاً ليلاً على معظم مناطق البلاد مع رياح نشطة على السواحل.';
    for (let n = 0; n < 3; n++) p.observe('k', [text]);
    assert.deepEqual(judgeLines([text], { profile: p.get('k') }), [null]);
  });
  it('reads a credit line and a list under a related heading', () => {
    const v = judgeLines(['وقال المسؤول إن العمل مستمر حتى نهاية العام في جميع المواقع.', 'اقرأ أيضاً:', 'الوزير يزور جدة', 'افتتاح مشروع جديد في الرياض', 'خلف ملفي - المحرر']);
    assert.deepEqual(v.map((x) => x && x.kind), [null, 'related', 'related', 'related', 'byline']);
  });
});
