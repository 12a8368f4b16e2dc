import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ArticleSchema } from '../../src/core/article.js';
import { extractDump } from '../../src/ingest/dump/extract-dump.js';
import { splitDateline } from '../../src/ingest/dump/dateline.js';

/** A dump article in the common layout, written for this test. */
function layout(o: { headline: string; subtitle?: string; caption?: string; widget?: boolean; repeat?: boolean; body: string[]; blankBetween?: boolean }): string {
  const top = [o.headline, ...(o.subtitle ? ['', o.subtitle] : []), ...(o.caption ? ['', o.caption, o.caption] : []), ...(o.widget ? ['TT'] : [])];
  const again = o.repeat ? ['', o.headline, ...(o.caption ? ['', o.caption, o.caption] : [])] : [];
  return [...top, ...again, '', o.body.join(o.blankBetween ? '\n\n' : '\n')].join('\n');
}

describe('extractDump: the layout variants', () => {
  const body = ['قال مسؤولون إن المشروع سيكتمل العام المقبل.', 'وأضافوا أن التمويل متوفر بالكامل.', 'ولم تعلن الشركة المنفذة عن موعد محدد.'];
  const cases = fc.record({ subtitle: fc.boolean(), caption: fc.boolean(), widget: fc.boolean(), repeat: fc.boolean(), blankBetween: fc.boolean() });
  it('recovers headline, subtitle, caption and body whatever parts are present', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const text = layout({
          headline: 'إطلاق مشروع جديد للنقل العام في المدينة',
          ...(c.subtitle ? { subtitle: 'المشروع يربط الأحياء الشرقية بوسط المدينة' } : {}),
          ...(c.caption ? { caption: 'حافلة من الأسطول الجديد في أول أيام التشغيل (رويترز)' } : {}),
          widget: c.widget,
          repeat: c.repeat,
          body,
          blankBetween: c.blankBetween,
        });
        const { articles } = extractDump(text, { path: 't' });
        assert.equal(articles.length, 1);
        const a = articles[0]!;
        assert.equal(a.headline, 'إطلاق مشروع جديد للنقل العام في المدينة');
        assert.equal(a.subtitle, c.subtitle ? 'المشروع يربط الأحياء الشرقية بوسط المدينة' : null);
        assert.deepEqual(a.captions.map((x) => [x.text, x.credit?.code]), c.caption ? [['حافلة من الأسطول الجديد في أول أيام التشغيل', 'REUTERS']] : []);
        assert.deepEqual(a.paragraphs, body);
        assert.ok(!a.paragraphs.some((p) => p === 'TT'));
        // Every field's span slices back to its text.
        if (a.spans.headline) assert.equal(text.slice(a.spans.headline.start, a.spans.headline.end), a.headline);
        a.spans.paragraphs.forEach((s, i) => assert.equal(text.slice(s.start, s.end), a.paragraphs[i]));
        for (const r of a.removed) assert.equal(text.slice(r.start, r.end), r.text);
        ArticleSchema.parse(a);
      }),
      { numRuns: 64 },
    );
  });
  it('gives the same id to the same article however it is spaced or vowelled', () => {
    const a = extractDump('عنوان الخبر\n\nنص الخبر الأول.\n', { path: 'a' }).articles[0]!;
    const b = extractDump('عنوانُ الخبر\n\n\u200Fنصُّ الخبرِ الأول.\n', { path: 'b' }).articles[0]!;
    assert.equal(a.id, b.id);
  });
  it('reports a block with no body and keeps the good articles beside it', () => {
    const { articles, diagnostics } = extractDump('خبر قصير\n\nنص الخبر.\n\n\n\nالأكثر قراءة\n• عنوان أول هنا\n• عنوان ثان هنا\n', { path: 'mixed.txt' });
    assert.equal(articles.length, 1);
    assert.equal(diagnostics[0]?.code, 'dump/no-body');
    assert.equal(diagnostics[0]?.input, 'mixed.txt');
  });
  it('takes a listing of teasers cut short, or numbered comments, for no article', () => {
    const listing = ['افتتاح مكتبة جديدة في حي الروضة', 'افتتحت الأمانة مكتبة عامة جديدة تضم أكثر من عشرة آلاف كتاب وقاعات للقراءة والبحث …', 'أمطار غزيرة على مرتفعات عسير', 'هطلت أمطار غزيرة على مرتفعات منطقة عسير مساء أمس وجرت السيول في عدد من الأودية ...'];
    const comments = ['تعليقات القراء', '1 - سارة العلي: متى يتم التطبيق فعلياً؟', '2 - فهد الحربي: شكراً على النقل'];
    for (const block of [listing, comments]) {
      const { articles, diagnostics } = extractDump(block.join('\n'), { path: 'page.txt' });
      assert.deepEqual([articles.length, diagnostics.map((d) => d.code)], [0, ['dump/no-body']]);
    }
  });
  it('gives nothing for empty input', () => assert.deepEqual(extractDump('', { path: 'e' }), { articles: [], diagnostics: [] }));
});

describe('splitDateline', () => {
  const table: Array<[string, string | null, string | null]> = [
    ['القاهرة: أعلنت الحكومة أمس خطة جديدة.', 'القاهرة', null],
    ['لندن - «الشرق الأوسط»: قال مصدر مطلع إن …', 'لندن - «الشرق الأوسط»', null],
    ['عمّان: سلمى الخطيب', 'عمّان', 'سلمى الخطيب'],
    ['وقال الوزير: «لن نتراجع».', null, null],
    ['وأضاف: إن الخطة جاهزة.', null, null],
    ['أكد المتحدث: الوضع مستقر.', null, null],
    ['انطلقت أمس فعاليات المهرجان.', null, null],
    // Places the gazetteer knows though the lexicon reads them as common words, verbs or several words.
    ['جدة: افتتحت أمانة المحافظة أمس حديقة جديدة على الواجهة البحرية.', 'جدة', null],
    ['غزة: عاد الصيادون إلى البحر بعد توقف دام أسبوعاً.', 'غزة', null],
    ['حلب: أعيد فتح السوق القديمة أمام الزوار.', 'حلب', null],
    ['نابلس: ريم العلي', 'نابلس', 'ريم العلي'],
    ['نيويورك - «الشرق الأوسط»: عقدت اللجنة اجتماعها الثاني.', 'نيويورك - «الشرق الأوسط»', null],
    ['مكة المكرمة: بدأت أمس أعمال توسعة الطريق الدائري.', 'مكة المكرمة', null],
    ['مكه المكرمه: بدأت أمس أعمال توسعة الطريق الدائري.', 'مكه المكرمه', null],
    // «واشنطن» opens with و, yet is a place: the gazetteer is asked before the conjunction rule.
    ['واشنطن: أعلنت الإدارة أمس عن برنامج جديد للمنح.', 'واشنطن', null],
    ['وأشار التقرير: الأرقام في تحسن.', null, null],
    // Place, dash and an agency without «»: only an agency the table knows.
    ['الرياض - واس: وقعت الوزارة أمس اتفاقية للتعاون.', 'الرياض - واس', null],
    ['غزة - رويترز: قال مسؤولون إن المعبر فتح صباحاً.', 'غزة - رويترز', null],
    ['حلب (أ ف ب): تواصلت أمس أعمال الترميم.', 'حلب (أ ف ب)', null],
    ['واس - جدة: افتتح أمس مركز جديد للتدريب المهني.', 'واس - جدة', null],
    ['غزة - قال مسؤول: إن المعبر فتح.', null, null],
    ['رويترز - قال مسؤول: إن المعبر فتح.', null, null],
    ['الصور: من أرشيف الصحيفة', null, null],
  ];
  for (const [para, dateline, byline] of table) {
    it(para, () => {
      const d = splitDateline(para, { start: 0, end: para.length });
      assert.equal(d ? para.slice(d.dateline.start, d.dateline.end) : null, dateline);
      assert.equal(d?.byline ? para.slice(d.byline.start, d.byline.end) : null, byline);
    });
  }
});


describe('extractDump: the header ends at the first paragraph', () => {
  it('keeps the body when the headline is printed again at the article\'s foot', () => {
    const headline = 'الفرق تنهي صيانة عشرين موقعا في المدينة';
    const paras = [
      'وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمال الصيانة في عشرين موقعا خلال الأسبوع الماضي وأن العمل سيستمر حتى نهاية الشهر المقبل وفق الخطة المعتمدة من الإدارة العامة للمشاريع في الأمانة.',
      'وأضاف أن الإدارة خصصت فرقا إضافية للمواقع البعيدة عن مركز المدينة وأن البلاغات تستقبل على مدار الساعة عبر الرقم الموحد والتطبيق الرسمي للبلدية وحسابها في مواقع التواصل.',
    ];
    const text = `${headline}\n${paras.join('\n')}\n${headline}\n`;
    const [a, ...more] = extractDump(text, { path: 'foot.txt' }).articles;
    assert.equal(more.length, 0);
    assert.equal(a!.headline, headline);
    assert.deepEqual(a!.paragraphs, paras);
  });
});

describe('extractDump: the headline is the header line the text is about', () => {
  const paras = [
    'أعلنت أمانة المنطقة الشرقية إغلاق ثلاثة مطاعم في الدمام بعد ضبط مخالفات صحية خلال جولات رقابية نفذتها فرق البلدية على المحلات التجارية في الأحياء الجنوبية من المدينة.',
    'وأوضحت الأمانة أن المطاعم المغلقة لن تعاود العمل قبل تصحيح المخالفات ودفع الغرامات المقررة، وأن الجولات مستمرة حتى نهاية الشهر.',
  ];
  const headline = 'إغلاق ثلاثة مطاعم مخالفة في الدمام';

  it('takes the lines above it that share no word with the text as the page\'s', () => {
    const page = ['بوابة الساحل الإخبارية', 'دخول | حساب جديد', headline, '', ...paras].join('\n');
    const [a, ...more] = extractDump(page, { path: 'head.txt' }).articles;
    assert.equal(more.length, 0);
    assert.equal(a!.headline, headline);
    assert.deepEqual(a!.paragraphs, paras);
    assert.deepEqual(a!.removed.map((r) => [r.text, r.evidence]), [['بوابة الساحل الإخبارية', 'position'], ['دخول | حساب جديد', 'position']]);
  });

  it('takes a line above it that shares one word with the text, where the headline shares many, as the page\'s', () => {
    const [a] = extractDump(['صحيفة الدمام اليوم', headline, '', ...paras].join('\n'), { path: 'masthead.txt' }).articles;
    assert.equal(a!.headline, headline);
    assert.deepEqual(a!.removed.map((r) => [r.text, r.evidence]), [['صحيفة الدمام اليوم', 'position']]);
  });

  it('keeps a headline that shares no word with the text when no later line does', () => {
    const odd = 'حكاية من الشرق';
    const [a] = extractDump([odd, '', ...paras].join('\n'), { path: 'odd.txt' }).articles;
    assert.equal(a!.headline, odd);
    assert.deepEqual(a!.removed, []);
  });

  it('takes a widget\'s short line between the headline and the text, sharing no word with them, as the page\'s', () => {
    const [a] = extractDump([headline, 'استمع إلى المقال', 'تكبير النص | تصغير النص', ...paras].join('\n'), { path: 'widgets.txt' }).articles;
    assert.equal(a!.subtitle, null);
    assert.deepEqual(a!.paragraphs, paras);
    assert.deepEqual(a!.removed.map((r) => r.evidence), ['position', 'position']);
  });

  it('takes no unrelated line after the headline as its subtitle', () => {
    const [a] = extractDump([headline, 'اطبع هذه الصفحة الآن', ...paras].join('\n'), { path: 'print.txt' }).articles;
    assert.equal(a!.headline, headline);
    assert.equal(a!.subtitle, null);
  });

  it('keeps a separator between two paragraphs as the text\'s own, and drops one above the headline', () => {
    const [a] = extractDump(['•••', headline, '', paras[0], '* * *', paras[1]].join('\n'), { path: 'sep.txt' }).articles;
    assert.equal(a!.headline, headline);
    assert.deepEqual(a!.paragraphs, [paras[0], '* * *', paras[1]]);
    assert.deepEqual(a!.removed.map((r) => [r.text, r.kind]), [['•••', 'separator']]);
  });
});

describe('segmentDump: where one article ends and the next begins', () => {
  const first = ['افتتاح مكتبة عامة جديدة في حي الروضة', 'افتتحت الأمانة مكتبة عامة جديدة في حي الروضة تضم أكثر من عشرة آلاف كتاب وقاعات للقراءة والبحث مفتوحة للجميع.'];
  const more = 'وأوضحت الأمانة أن المكتبة تستقبل الزوار من الساعة الثامنة صباحا حتى العاشرة مساء، وأن الاشتراك فيها مجاني للطلاب والطالبات.';
  const second = ['أمطار غزيرة على مرتفعات عسير', 'هطلت أمطار غزيرة على مرتفعات منطقة عسير مساء أمس، وجرت السيول في عدد من الأودية دون إصابات.'];

  it('goes on with the article after a gap of three blank lines when a paragraph follows', () => {
    const { articles } = extractDump([...first, '\n\n', more, '\n\n', ...second].join('\n'), { path: 'gap.txt' });
    assert.deepEqual(articles.map((a) => [a.headline, a.paragraphs.length]), [[first[0], 2], [second[0], 1]]);
  });

  it('goes on with an article that has no body yet past a gap of three blank lines', () => {
    const { articles } = extractDump([first[0], 'الثلاثاء 21 يوليو 2015', '\n\n', 'صورة من الحفل', '\n\n', first[1]].join('\n'), { path: 'late-body.txt' });
    assert.deepEqual(articles.map((a) => [a.headline, a.paragraphs]), [[first[0], [first[1]]]]);
  });

  it('goes on with the article past an advertisement label between gaps of three blank lines', () => {
    const { articles } = extractDump([...first, '\n\n', 'إعلان', '\n\n', more, '\n\n', ...second].join('\n'), { path: 'ad-gap.txt' });
    assert.deepEqual(articles.map((a) => [a.headline, a.paragraphs.length]), [[first[0], 2], [second[0], 1]]);
  });

  it('does not start an article at a short line after two blank lines that shares no word with the text under it', () => {
    const { articles } = extractDump([...first, '\n', '(أرشيفية - وكالات)', more].join('\n'), { path: 'caption.txt' });
    assert.equal(articles.length, 1);
    assert.deepEqual(articles[0]!.paragraphs.at(-1), more);
  });

  it('starts one after two blank lines past the page\'s own lines, at the headline the text under it is about', () => {
    const { articles } = extractDump([...first, '\n', 'بوابة الساحل', ...second].join('\n'), { path: 'next.txt' });
    assert.deepEqual(articles.map((a) => a.headline), [first[0], second[0]]);
  });

  it('goes on with the text after two blank lines at a short line that opens with a conjunction', () => {
    const { articles } = extractDump([...first, '\n', 'ولتأكيد ذلك نذكر المكتبة القديمة', more].join('\n'), { path: 'conj.txt' });
    assert.equal(articles.length, 1);
    assert.deepEqual(articles[0]!.paragraphs.slice(-2), ['ولتأكيد ذلك نذكر المكتبة القديمة', more]);
  });

  it('parts pages saved with no gap between them where the page\'s header prints again', () => {
    const header = ['بوابة الساحل', 'الرئيسية', 'محليات', 'رياضة'];
    const { articles } = extractDump([...header, ...first, 'جميع الحقوق محفوظة', ...header, ...second].join('\n'), { path: 'pages.txt' });
    assert.deepEqual(articles.map((a) => [a.headline, a.paragraphs]), [[first[0], [first[1]]], [second[0], [second[1]]]]);
  });

  it('starts the next page after a copyright line, where its headline follows, with no gap between the pages', () => {
    const { articles } = extractDump([...first, 'جميع الحقوق محفوظة © 2015 بوابة الساحل', 'صحيفة يومية مستقلة', ...second].join('\n'), { path: 'footer.txt' });
    assert.deepEqual(articles.map((a) => a.headline), [first[0], second[0]]);
    const between = extractDump([...first, 'جميع الحقوق محفوظة © 2015 بوابة الساحل', more].join('\n'), { path: 'between.txt' });
    assert.deepEqual(between.articles.map((a) => a.paragraphs.length), [2]);
  });

  it('parts posts printed one after another where the same kind of meta line recurs under each headline', () => {
    const meta = (d: number): string => `نشر في ${d} يوليو 2015 بواسطة المحرر`;
    const { articles } = extractDump([first[0], meta(21), first[1], more, second[0], meta(22), second[1]].join('\n'), { path: 'blog.txt' });
    assert.deepEqual(articles.map((a) => [a.headline, a.paragraphs.length]), [[first[0], 2], [second[0], 1]]);
  });

  it('joins text a text-mode browser wrapped at a fixed width back into paragraphs', () => {
    const wrap = (s: string, width: number): string[] => {
      const out: string[] = [];
      let line = '';
      for (const w of s.split(' ')) {
        if (line && line.length + 1 + w.length > width) {
          out.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      return [...out, line];
    };
    const long = `${first[1]} ${more}`;
    const { articles } = extractDump([first[0], '', ...wrap(long, 60), '', ...wrap(more, 60)].join('\n'), { path: 'lynx.txt' });
    assert.equal(articles.length, 1);
    assert.deepEqual(articles[0]!.paragraphs.map((p) => p.replace(/\s+/gu, ' ')), [long, more]);
  });

  it('takes no bulleted item of a list for a headline', () => {
    const { articles } = extractDump([...first, '\n', 'ذات صلة', '• مدرسة جديدة في الحي', '• طريق جديد إلى المطار', '\n', more].join('\n'), { path: 'list.txt' });
    assert.equal(articles.length, 1);
    assert.deepEqual(articles[0]!.paragraphs.at(-1), more);
  });
});

describe('extractDump: a deck above the article\'s own chrome', () => {
  const headline = 'إغلاق ثلاثة مطاعم مخالفة في الدمام';
  const deck = 'أغلقت أمانة المنطقة الشرقية ثلاثة مطاعم في الدمام بعد ضبط مخالفات صحية.';
  const paras = [
    'وأوضحت الأمانة أن المطاعم المغلقة لن تعاود العمل قبل تصحيح المخالفات ودفع الغرامات المقررة، وأن الجولات الرقابية مستمرة حتى نهاية الشهر في جميع الأحياء.',
    'ودعت الأمانة السكان إلى الإبلاغ عن أي مخالفة عبر الرقم الموحد.',
  ];
  it('takes a line between the headline and the credit and date lines for the subtitle', () => {
    const [a] = extractDump([headline, deck, 'بقلم: سارة أحمد', 'الثلاثاء 21 يوليو 2015', ...paras].join('\n'), { path: 'deck.txt' }).articles;
    assert.equal(a!.subtitle, deck);
    assert.deepEqual(a!.paragraphs, paras);
  });
  it('finds the deck past the date printed under the headline', () => {
    const [a] = extractDump([headline, 'الثلاثاء 21 يوليو 2015', deck, 'بقلم: سارة أحمد', ...paras].join('\n'), { path: 'dated.txt' }).articles;
    assert.equal(a!.subtitle, deck);
    assert.deepEqual(a!.paragraphs, paras);
  });
  it('takes a credit line under the headline for the credit, never the deck', () => {
    const [a] = extractDump([headline, 'الدمام - سارة أحمد', 'الثلاثاء 21 يوليو 2015', ...paras].join('\n'), { path: 'credit.txt' }).articles;
    assert.deepEqual([a!.subtitle, a!.byline, a!.paragraphs], [null, 'الدمام - سارة أحمد', paras]);
  });
  it('keeps the first paragraph in the text when an advertisement follows it', () => {
    const [a] = extractDump([headline, deck, 'إعلان', ...paras].join('\n'), { path: 'ad.txt' }).articles;
    assert.equal(a!.subtitle, null);
    assert.deepEqual(a!.paragraphs, [deck, ...paras]);
  });
});
