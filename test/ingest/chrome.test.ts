// The chrome judge: lines judged on their own (classify-line.ts), and what repetition may and may not remove.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLine } from '../../src/ingest/chrome/classify-line.js';
import { judgeLines } from '../../src/ingest/chrome/judge-lines.js';
import { Profiles } from '../../src/ingest/chrome/profiles.js';
import { deckLines } from '../../src/ingest/records/deck.js';
import { tailCaptions } from '../../src/ingest/records/tail-captions.js';
import { headCaption } from '../../src/ingest/records/head-caption.js';
import { emptyProfile, observeArticle, type ProfileCounts } from '../../src/ingest/chrome/profile.js';

describe('classifyLine', () => {
  const table: Array<[string, string | null]> = [
    ['TT', 'font-size'],
    ['A A A', 'font-size'],
    ['طباعة', 'print-email'],
    ['اقرا ايضا:', 'related'],
    ['مواضيع ذات صلة', 'related'],
    ['TT is a widget', null],
    ['نحن نحترم خصوصيتك. يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك في التصفح.', 'cookie'],
    ['افتتاح مكتبة جديدة ••• أمطار على جازان ••• الهلال يفوز', 'ticker'],
    ['صحيفة المثال | Al Mithal News', 'nav'],
    ['Mon, 3 Aug 2015 07:25 GMT', 'date'],
    ['نُشر: 07-08-2015 | حُدّث: 10:24 صباحاً', 'date'],
    ['• الأحد 24/10 (55-70%)', null],
    ['بقلم: سارة أحمد', 'byline'],
    ['تحرير «عدن» .. وإطلاق مشروع «خليجي»..', null],
    ['الاقتصاد', null],
    ['اقرأ أيضاً: الوزارة تطرح مشاريع جديدة في المنطقة الشرقية وتعلن عن وظائف للخريجين والخريجات هذا الأسبوع', 'related'],
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
    ['* * *', 'separator'],
    ['قيّم هذا المقال ★★★☆☆ (12 صوتاً)', 'rating'],
    ['⏱ 6 دقائق للقراءة', 'reading-time'],
    ['حملة وطنية للقراءة', null],
    ['9:35', 'date'],
    ['الفجر 03:37  الشروق 05:07  الظهر 12:10  العصر 03:33', 'timetable'],
    ['وقال إن الجلسات عقدت في 10:30 و11:45 و12:30 بحضور الوزراء والمسؤولين في المنطقة', null],
    ['— سارة العلي (@sara_ali) 26 يوليو 2015', 'tweet'],
    ['الذهب 6055.00 ▼ -0.84%', 'ticker'],
    ['───────', 'separator'],
    ['20 شوال 1436هـ الموافق 5/8/2015م، الساعة 3:30 م', 'date'],
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
  it('reads a list whose items each carry their date on the line under them', () => {
    const v = judgeLines(['وقال المسؤول إن العمل مستمر حتى نهاية العام في جميع المواقع.', 'أخبار ذات صلة', 'الوزير يزور جدة', 'منذ يوم', 'افتتاح مشروع جديد في الرياض', '23/07/2015 19:40']);
    assert.deepEqual(v.map((x) => x && `${x.kind}/${x.evidence}`), [null, 'related/kind', 'related/list', 'date/kind', 'related/list', 'date/kind']);
  });
  // Our own wordings: a paragraph of about 25 words, different for each n.
  const para = (n: number): string => `وأوضح المتحدث الرسمي أن الفرق الميدانية ${['باشرت', 'أنهت', 'واصلت', 'بدأت'][n % 4]} أعمال الصيانة في ${n} موقعا خلال الأسبوع الماضي وأن العمل سيستمر حتى نهاية الشهر المقبل وفق الخطة المعتمدة من الإدارة العامة.`;
  it('cuts the fragment after the last sentence when the input\'s articles open such fragments alike (a glued tag list)', () => {
    const p = new Profiles();
    const tags = ['الصيانة المدارس', 'جدة الطرق', 'الكهرباء الصيف الأحمال', 'المياه الشبكة'];
    for (let n = 0; n < 30; n++) p.observe('k', [para(n), `${para(n + 1)} وسوم ${tags[n % 4]}`]);
    const last = `${para(40)} وسوم المدارس النقل`;
    const [, v] = judgeLines([para(41), last], { profile: p.get('k') });
    assert.equal(last.slice(v!.start, v!.end), 'وسوم المدارس النقل');
    assert.equal(v!.evidence, 'repeat');
    // Without the input's evidence the same line is body.
    assert.deepEqual(judgeLines([para(41), last]), [null, null]);
  });
  it('cuts both a share bar and a tag list glued to a one-line article', () => {
    const p = new Profiles();
    const tags = ['الصيانة المدارس', 'جدة الطرق', 'الكهرباء الصيف الأحمال', 'المياه الشبكة'];
    const verb = (n: number): string => ['أعلنت', 'كشفت', 'أكدت', 'طرحت', 'نشرت'][n % 5]!;
    for (let n = 0; n < 30; n++) p.observe('k', [`فيسبوك تويتر واتساب ${verb(n)} ${para(n)} وسوم ${tags[n % 4]}`]);
    const line = `فيسبوك تويتر واتساب ${verb(2)} ${para(40)} وسوم المدارس النقل`;
    const [v] = judgeLines([line], { profile: p.get('k') });
    assert.equal(line.slice(v!.start, v!.end).trim(), 'فيسبوك تويتر واتساب');
    assert.equal(line.slice(v!.also!.start), 'وسوم المدارس النقل');
  });
  it('takes a first line shaped like a credit where the input\'s articles habitually open with one', () => {
    const p = new Profiles();
    const names = ['سالم العتيبي', 'فهد الزهراني', 'نورة القحطاني', 'ماجد الحربي', 'ريم الشهري'];
    const towns = ['بلدة أولى', 'قرية ثانية', 'هجرة ثالثة', 'مركز رابع', 'وادي خامس', 'حي سادس'];
    for (let n = 0; n < 30; n++) p.observe('k', [`${names[n % 5]} - ${towns[n % 6]}`, para(n)]);
    assert.deepEqual(judgeLines(['خالد المطيري - قرية سابعة', para(3)], { profile: p.get('k') }).map((v) => v && v.kind), ['byline', null]);
    assert.deepEqual(judgeLines(['خالد المطيري - قرية سابعة', para(3)]).map((v) => v && v.kind), [null, null]);
  });
  it('reads a head line that repeats the record\'s author field as its credit, whole or glued before the text', () => {
    assert.deepEqual(judgeLines(['حوار ـ سامي الغامدي', para(1)], { echoes: ['حوار ـ سامي الغامدي'] }).map((v) => v && [v.kind, v.start]), [['byline', 0], null]);
    const glued = `سامي الغامدي - جدة: ${para(2)}`;
    const [v] = judgeLines([glued], { echoes: ['سامي الغامدي - جدة:'] });
    assert.equal(glued.slice(v!.start, v!.end).trim(), 'سامي الغامدي - جدة:');
    // A one-word field is not cut from the text it opens.
    assert.deepEqual(judgeLines([`الرياض ${para(3)}`], { echoes: ['الرياض'] }), [null]);
  });
  it('takes an agency named alone on its line, and a list heading the page ran on into its list', () => {
    assert.deepEqual(judgeLines([para(1), '(رويترز)', para(2)]).map((v) => v && v.kind), [null, 'agency', null]);
    const line = `${para(3)} مقالات أخرى للكاتبعنوان أول للكاتبعنوان ثان`;
    const [v] = judgeLines([line]);
    assert.equal(line.slice(v!.start), 'مقالات أخرى للكاتبعنوان أول للكاتبعنوان ثان');
  });
});

describe('judgeLines: lists and datelines in a page', () => {
  const para = 'وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمال الصيانة في عشرين موقعا خلال الأسبوع الماضي وأن العمل سيستمر حتى نهاية الشهر المقبل وفق الخطة المعتمدة من الإدارة العامة.';
  it('reads a menu printed one section a line, and leaves a section name alone (a subheading)', () => {
    const para = 'وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمال الصيانة في عشرين موقعا خلال الأسبوع الماضي.';
    assert.deepEqual(judgeLines(['محليات', 'اقتصاد', 'رياضة', 'آراء', 'الفرق تنهي الصيانة', para]).map((v) => v && v.kind), ['nav', 'nav', 'nav', 'nav', null, null]);
    assert.deepEqual(judgeLines([para, 'الاقتصاد', para]).map((v) => v && v.kind), [null, null, null]);
  });
  it('ends a bulleted list at the first line without a bullet (the next headline)', () => {
    const lines = ['الأكثر قراءة', '• الوزير يزور جدة', '• افتتاح مشروع جديد في الرياض', 'الفرق تنهي صيانة عشرين موقعا', para];
    assert.deepEqual(judgeLines(lines).map((v) => v && v.evidence), ['kind', 'list', 'list', null, null]);
  });
  it('reads a whole-line dateline before a headline as a credit line, and leaves one before a paragraph to the dateline reader', () => {
    assert.deepEqual(judgeLines(['الأحساء: نورة القحطاني', 'الفرق تنهي صيانة عشرين موقعا', para]).map((v) => v && v.kind), ['dateline', null, null]);
    assert.deepEqual(judgeLines(['الفرق تنهي صيانة عشرين موقعا', 'الأحساء: نورة القحطاني', para]).map((v) => v && v.kind), [null, null, null]);
  });
  it('reads «NAME من PLACE» at the head as a reporter\'s credit, not a line that opens with no given name', () => {
    const para = 'وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمال الصيانة في عشرين موقعا خلال الأسبوع الماضي وفق الخطة المعتمدة.';
    assert.deepEqual(judgeLines(['سارة الغامدي من الطائف', para]).map((v) => v && [v.kind, v.evidence]), [['byline', 'credit'], null]);
    assert.deepEqual(judgeLines(['وصول القافلة من الطائف', para]), [null, null]);
  });
  it('cuts an agency\'s name closing a line, in brackets or standing after a sentence, but not a source the text names', () => {
    const cut = (line: string): string | null => {
      const [v] = judgeLines([line]);
      return v ? line.slice(v.start, v.end) : null;
    };
    assert.equal(cut('امرأة تتأمل إحدى اللوحات المعروضة في المتحف (أ ف ب).'), '(أ ف ب).');
    assert.equal(cut('عمال بناء قرب مكتب صرف في العاصمة. “رويترز”'), '“رويترز”');
    assert.equal(cut('وانسحبت القوات إلى مواقع بديلة بحسب "رويترز".'), null);
    assert.equal(cut('نقلت ذلك وكالة الأنباء القطرية (قنا).'), null);
  });
  it('reads a columnist\'s name alone above the text as the credit, but not a name the text goes on to mention', () => {
    const para = 'تؤتي النصيحة أكلها حين تصدر من قلب صادق وتصل إلى من يقدرها، ولا تؤتي أكلها حين تصبح مجاملة يتبادلها الناس في المجالس والمكاتب دون أثر.';
    assert.deepEqual(judgeLines(['أحمد عبده ضعافي', para]).map((v) => v && [v.kind, v.evidence]), [['byline', 'credit'], null]);
    assert.deepEqual(judgeLines(['أحمد ضعافي', `${para} وقال ضعافي إن الأمر يحتاج وقتا.`]), [null, null]);
  });
  it('reads a wire dateline, a place and the date with the agency after it, at the head', () => {
    const para = 'وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمال الصيانة في عشرين موقعا خلال الأسبوع الماضي وفق الخطة المعتمدة.';
    assert.deepEqual(judgeLines(['جدة 6 شوال 1436 هـ الموافق 23 يوليو 2015 م واس', para]).map((v) => v && [v.kind, v.evidence]), [['dateline', 'credit'], null]);
    assert.deepEqual(judgeLines(['جدة تستقبل 6 آلاف زائر في 23 يوليو 2015', para]), [null, null]);
  });
  it('takes an embedded tweet: its text right above its signature', () => {
    const para = 'وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمال الصيانة في عشرين موقعا خلال الأسبوع الماضي وفق الخطة المعتمدة.';
    const lines = [para, 'يوم جميل في المدينة', '— سارة العلي (@sara_ali) 26 يوليو 2015', para];
    assert.deepEqual(judgeLines(lines).map((v) => v && [v.kind, v.evidence]), [null, ['tweet', 'list'], ['tweet', 'kind'], null]);
  });
  it('cuts a share bar glued before the text at its first sighting, but not a platform named in the text', () => {
    const text = 'فيما أكدت مصادر محلية أن الطريق أعيد فتحه أمام حركة السير بعد ساعات من الإغلاق.';
    const line = `تيليجرام | فيسبوك | تويتر | واتساب ${text}`;
    const [v] = judgeLines([line]);
    assert.deepEqual([v!.kind, v!.evidence, line.slice(v!.end)], ['share', 'kind', text]);
    assert.deepEqual(judgeLines(['إن «واتس أب» أصبح الوسيلة الأولى لتبادل الأخبار بين السكان في المدينة.']), [null]);
  });
  it('takes the short lines among the page\'s chrome below the text\'s last paragraph, but not a statement closed by a full stop', () => {
    const para = 'وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمال الصيانة في عشرين موقعا خلال الأسبوع الماضي وفق الخطة المعتمدة.';
    const lines = [para, 'طباعة', 'مدرسة جديدة في حي النخيل', 'هل تؤيد تمديد ساعات العمل؟', 'نعم', '- الصورة من أرشيف البلدية.'];
    assert.deepEqual(judgeLines(lines).map((v) => v && [v.kind, v.evidence]), [null, ['print-email', 'kind'], ['print-email', 'position'], ['print-email', 'position'], ['print-email', 'position'], null]);
  });
});

describe('deckLines', () => {
  const para = 'وأوضح المتحدث الرسمي أن الفرق الميدانية باشرت أعمال الصيانة في عشرين موقعا خلال الأسبوع الماضي وأن العمل سيستمر حتى نهاية الشهر المقبل وفق الخطة المعتمدة من الإدارة العامة التي حددت مواعيد التسليم لكل مرحلة من مراحل المشروع.';
  it('takes the short lines before the credit that opens the text, and a headline-like line right after it', () => {
    const lines = ['- الفرق أنهت صيانة عشرين موقعا.', '- العمل يستمر حتى نهاية الشهر.', 'سامي الغامدي - جدة', para];
    assert.deepEqual(deckLines(lines, judgeLines(lines)), [0, 1]);
    const after = ['سامي الغامدي - جدة', 'الصيانة تبلغ عشرين موقعا', para];
    assert.deepEqual(deckLines(after, judgeLines(after)), [1]);
  });
  it('takes nothing when a paragraph stands before the credit, or no credit opens the text', () => {
    const lines = [para, 'سامي الغامدي - جدة', para];
    assert.deepEqual(deckLines(lines, judgeLines(lines)), []);
    assert.deepEqual(deckLines(['عنوان فرعي قصير', para], judgeLines(['عنوان فرعي قصير', para])), []);
  });
});

describe('tailCaptions', () => {
  const para = (n: number): string => `وأوضح المتحدث الرسمي أن الفرق الميدانية أنهت أعمال الصيانة في ${n} موقعا خلال الأسبوع الماضي وأن العمل سيستمر حتى نهاية الشهر المقبل.`;
  const text = [para(1), para(2), para(3), para(4)];
  const none = (lines: readonly string[]): null[] => lines.map(() => null);
  it('takes the short unclosed lines printed each after a blank line, after paragraphs printed line after line', () => {
    const lines = [...text, 'العمال في الموقع الأول', 'جانب من أعمال الصيانة'];
    assert.deepEqual(tailCaptions(lines, none(lines), [false, false, false, false, true, true]), [4, 5]);
  });
  it('keeps a poem\'s verses (no blank lines) and the last lines of a text whose paragraphs are all blank-separated', () => {
    const lines = [...text, 'يا دار عبلة بالجواء تكلمي', 'وعمي صباحا دار عبلة واسلمي'];
    assert.deepEqual(tailCaptions(lines, none(lines), [false, false, false, false, false, false]), []);
    assert.deepEqual(tailCaptions(lines, none(lines), [false, true, true, true, true, true]), []);
  });
});

describe('headCaption', () => {
  const para = (n: number): string => `وأوضح المتحدث الرسمي أن الفرق الميدانية أنهت أعمال الصيانة في ${n} موقعا خلال الأسبوع الماضي وأن العمل سيستمر حتى نهاية الشهر المقبل وفق الخطة.`;
  const habit = (captions: number, of: number): ProfileCounts => {
    const p = emptyProfile();
    for (let n = 0; n < of; n++) observeArticle(p, n < captions ? [`جانب من أعمال الصيانة رقم ${n}`, para(n)] : [para(n), para(n + 1)]);
    return p;
  };
  const lines = ['العمال في الموقع الأول', para(1), para(2)];
  it('takes a short first line above a paragraph as a caption where the outlet habitually opens so', () => {
    assert.deepEqual(headCaption(lines, [null, null, null], habit(10, 60)), [0]);
  });
  it('keeps it as text where the outlet has no such habit, or the line is a credit or closes a sentence', () => {
    assert.deepEqual(headCaption(lines, [null, null, null], habit(1, 60)), []);
    assert.deepEqual(headCaption(['سامي الغامدي - جدة', para(1)], [null, null], habit(10, 60)), []);
    assert.deepEqual(headCaption(['العمال في الموقع.', para(1)], [null, null], habit(10, 60)), []);
  });
});
