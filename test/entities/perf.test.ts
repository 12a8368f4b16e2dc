// Throughput of the per-mention and per-text calls, with generous bounds (CI machines vary); the
// measured figures are reported as test diagnostics.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { canonicalize, defaultAliasIndex, findAliasMentions, linkMentions, type Mention } from '../../src/entities/index.js';

const MENTIONS = ['داعش', 'لتنظيم الدولة', 'أحمد الشرع', 'سامر الحلبي', 'الأمم المتحدة', 'وزارة الصحة', 'محمد', 'حزب الله', 'ISIS', 'الرياض', 'وليلى حسن', 'المرصد السوري لحقوق الإنسان'];

// An article of our own, repeated to a few megabytes.
const ARTICLE = [
  'قال الرئيس السوري المؤقت أحمد الشرع إن الحكومة ستعمل مع الأمم المتحدة لإعادة الإعمار، فيما حذر مسؤولون من خلايا لتنظيم الدولة في البادية.',
  'وقال رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، إن اشتباكات اندلعت بين قوات سوريا الديمقراطية وعناصر من داعش قرب دير الزور.',
  'وأكد وزير الخارجية الأمريكي في مؤتمر صحفي أن واشنطن تدعم جهود حلف شمال الأطلسي، بينما دعا مجلس الأمن الدولي إلى ضبط النفس.',
  'وفي بيروت، قال المتحدث باسم حزب الله إن الحزب يتابع المفاوضات، وأضاف أن لبنان لن يقبل بأي شروط مسبقة.',
].join('\n');

function perSecond(run: () => number, minMs = 300): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) n += run();
  return (n * 1000) / (performance.now() - t0);
}

describe('entities: throughput', () => {
  defaultAliasIndex();
  it('canonicalize: over a million calls per second (bound: 300,000)', (t) => {
    for (let i = 0; i < 50_000; i++) canonicalize(MENTIONS[i % MENTIONS.length]!);
    const rate = perSecond(() => {
      for (let i = 0; i < 10_000; i++) canonicalize(MENTIONS[i % MENTIONS.length]!);
      return 10_000;
    });
    t.diagnostic(`canonicalize: ${(rate / 1e6).toFixed(2)} M calls/s`);
    assert.ok(rate > 300_000, `${rate.toFixed(0)} calls/s`);
  });
  it('findAliasMentions: several MB of text per second (bound: 1 M characters/s)', (t) => {
    let text = '';
    while (text.length < 2_000_000) text += ARTICLE + '\n\n';
    findAliasMentions(ARTICLE);
    const rate = perSecond(() => {
      findAliasMentions(text);
      return text.length;
    }, 500);
    t.diagnostic(`findAliasMentions: ${(rate / 1e6).toFixed(1)} M characters/s (${((rate * Buffer.byteLength(text)) / text.length / 1e6).toFixed(1)} MB/s of UTF-8)`);
    assert.ok(rate > 1_000_000, `${rate.toFixed(0)} characters/s`);
  });
  it('linkMentions: a whole article well under a millisecond or so (bound: 200 articles/s)', (t) => {
    const at = (s: string, type: Mention['type']): Mention => ({ type, start: ARTICLE.indexOf(s), end: ARTICLE.indexOf(s) + s.length, text: s });
    const mentions = [at('أحمد الشرع', 'PERS'), at('رامي عبد الرحمن', 'PERS'), at('دير الزور', 'LOC'), at('واشنطن', 'LOC'), at('بيروت', 'LOC'), at('لبنان', 'LOC')];
    linkMentions(ARTICLE, mentions);
    const rate = perSecond(() => {
      linkMentions(ARTICLE, mentions);
      return 1;
    });
    t.diagnostic(`linkMentions: ${rate.toFixed(0)} articles/s of ${ARTICLE.length} characters (${((rate * ARTICLE.length) / 1e6).toFixed(1)} M characters/s)`);
    assert.ok(rate > 200, `${rate.toFixed(0)} articles/s`);
  });
});
