import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { articleEntities, articleText } from '../../src/analysis/analyse-article.js';
import type { Entity } from '../../src/core/entity-schema.js';
import { RasdError } from '../../src/errors.js';
import { withRoleHolders } from '../../src/quotes/role-named-later.js';
import { findQuotes, parseQuoteCues, QuoteSchema } from '../../src/quotes/index.js';
import { findQuoteMarks } from '../../src/quotes/quote-marks.js';
import { linkMentions } from '../../src/entities/link-mentions.js';
import { mentionsAt } from '../helpers/mentions.js';
import { scoreQuotes, type ExpectedQuote } from '../../src/quotes/score-quotes.js';
import { anyText, arabicText } from '../helpers/arbitraries.js';

/** An entity at the first occurrence of `name` in `text` (after `from`), as the linker would give it. */
function ent(text: string, name: string, type: Entity['type'], extra: Partial<Entity> = {}, from = 0): Entity {
  const start = text.indexOf(name, from);
  assert.ok(start >= 0, `${name} not in the text`);
  return { type, text: name, start, end: start + name.length, canonical: `${type.toLowerCase()}:${name}`, name, role: null, source: 'ner', ...extra };
}
const roleOf = (text: string, role: string): Entity['role'] => {
  const start = text.indexOf(role);
  return { text: role, start, end: start + role.length };
};

describe('findQuotes: patterns, with given entities', () => {
  it('an indirect statement: the speaker after the verb, an appositive role, a medium holding a quoted name', () => {
    const text = 'أكد سمير الحلبي، مدير المرصد، في تصريح لـ«الشرق الأوسط»، أن القوات تقدمت.';
    const es = [ent(text, 'سمير الحلبي', 'PERS', { role: roleOf(text, 'مدير المرصد') }), ent(text, 'الشرق الأوسط', 'ORG')];
    const [q, ...rest] = findQuotes(text, es);
    assert.equal(rest.length, 0);
    assert.equal(q!.kind, 'indirect');
    assert.equal(q!.text, 'القوات تقدمت');
    assert.equal(text.slice(q!.start, q!.end), q!.text);
    assert.equal(q!.speaker?.text, 'سمير الحلبي');
    assert.equal(q!.speaker?.carried, false);
    assert.equal(q!.role?.text, 'مدير المرصد');
    assert.deepEqual([q!.cue?.text, q!.cue?.lemma], ['أكد', 'أكد']);
    assert.equal(q!.medium?.text, 'في تصريح لـ«الشرق الأوسط»');
  });
  it('carries the speaker to «وأضاف:» and «وتابع», and through a quote spread over paragraphs', () => {
    const text = 'قال خالد العمري إن الوضع هادئ.\n\nوأضاف: «لا نتوقع مفاجآت في الأيام المقبلة\n\n«وسنبقى على تواصل مع الجميع».\n\nوتابع أن الحوار مستمر.';
    const qs = findQuotes(text, [ent(text, 'خالد العمري', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.kind, q.speaker?.text, q.speaker?.carried, q.cue?.text]), [
      ['indirect', 'خالد العمري', false, 'قال'],
      ['direct', 'خالد العمري', true, 'أضاف'],
      ['indirect', 'خالد العمري', true, 'تابع'],
    ]);
    // One passage over two paragraphs: each opens with «, only the last closes.
    assert.ok(qs[1]!.text.startsWith('لا نتوقع') && qs[1]!.text.endsWith('مع الجميع'), qs[1]!.text);
  });
  it('a turn is its sentence’s first statement’s: a later cue there goes on with that speaker, not the entity before', () => {
    const text = 'وعقدت البلدية اجتماعاً مساء أمس.\n\nمن جهته دعا رئيس الجمعية سامر النجار إلى الهدوء، فيما كشف عن أن اللجنة ستجتمع غداً.';
    const qs = findQuotes(text, [ent(text, 'البلدية', 'ORG'), ent(text, 'سامر النجار', 'PERS', { role: roleOf(text, 'رئيس الجمعية') })]);
    assert.deepEqual(
      qs.map((q) => [q.cue?.lemma, q.speaker?.text]),
      [
        ['دعا', 'سامر النجار'],
        ['كشف', 'سامر النجار'],
      ],
    );
  });
  it('«من جهته» turns to the entity just mentioned; a feminine and an imperfect verb', () => {
    const text = 'التقى الوفد بالسفيرة ليلى منصور.\n\nمن جهتها، أشارت إلى أن الزيارة ناجحة.\n\nيقول يوسف القاضي إن الاتفاق قريب.';
    const qs = findQuotes(text, [ent(text, 'ليلى منصور', 'PERS'), ent(text, 'يوسف القاضي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.carried, q.cue?.lemma, q.text]), [
      ['ليلى منصور', true, 'أشار', 'الزيارة ناجحة'],
      ['يوسف القاضي', false, 'قال', 'الاتفاق قريب'],
    ]);
  });
  it('attribution after the quote: «…»، قال X / وفق X; a short name links to the full one', () => {
    const text = 'وصل حسن الساعدي إلى المدينة.\n\n«لن نتراجع عن هذا القرار أبدا»، قال الساعدي للصحافيين.\n\n«المرحلة المقبلة صعبة على الجميع»، وفق الساعدي.';
    const qs = findQuotes(text, [ent(text, 'حسن الساعدي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.kind, q.speaker?.text, q.speaker?.name, q.speaker?.canonical, q.cue?.text]), [
      ['direct', 'الساعدي', 'حسن الساعدي', 'pers:حسن الساعدي', 'قال'],
      ['direct', 'الساعدي', 'حسن الساعدي', 'pers:حسن الساعدي', 'وفق'],
    ]);
  });
  it('unnamed speakers: groups, a document, and the definite group going back to the named one', () => {
    const text = 'قال مصدر عسكري لـ«رويترز» إن الهجوم بدأ فجرا.\n\nوأشار المصدر إلى أن الخسائر كبيرة.\n\nوذكر بيان صادر عن القيادة أن الطرق مغلقة.';
    const qs = findQuotes(text, [ent(text, 'رويترز', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.canonical, q.speaker?.type]), [
      ['مصدر عسكري', null, null],
      ['مصدر عسكري', null, null],
      ['بيان صادر عن القيادة', null, null],
    ]);
  });
  it('a mixed statement: an indirect clause with quoted words; a colon without marks is direct', () => {
    const text = 'وأكد فادي نصار أن «التحقيق يجري بشفافية كاملة» وأنه سينتهي قريبا.\n\nوقال نصار: الأمور تحت السيطرة.';
    const qs = findQuotes(text, [ent(text, 'فادي نصار', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.kind, q.text]), [
      ['mixed', '«التحقيق يجري بشفافية كاملة» وأنه سينتهي قريبا'],
      ['direct', 'الأمور تحت السيطرة'],
    ]);
  });
  it('a passive verb carries no speaker; a place first after the verb speaks («قالت موسكو»)', () => {
    const text = 'قال سامي داود إن الوفد وصل.\n\nوقيل إن الاجتماع سيعقد غدا.\n\nوقالت موسكو إنها ترحب بالخطوة.';
    const qs = findQuotes(text, [ent(text, 'سامي داود', 'PERS'), ent(text, 'موسكو', 'LOC')]);
    assert.deepEqual(qs.map((q) => q.speaker?.text ?? null), ['سامي داود', null, 'موسكو']);
  });
  it('finds no statement in a quoted name, a scare quote, or a speech verb with no clause', () => {
    const text = 'افتتحت شركة «النخيل» فرعا جديدا، وعدّ المدير المشروع «خطوة» مهمة. قال كلمته ومضى.';
    assert.deepEqual(findQuotes(text, []), []);
  });
  it('every quote passes the schema, with spans on the text', () => {
    const text = 'قال خالد العمري إن الوضع هادئ. وأضاف: «لا نتوقع مفاجآت في الأيام المقبلة».';
    for (const q of findQuotes(text, [ent(text, 'خالد العمري', 'PERS')])) {
      QuoteSchema.parse(q);
      assert.equal(text.slice(q.start, q.end), q.text);
      for (const part of [q.speaker, q.cue, q.medium, q.role]) if (part) assert.equal(text.slice(part.start, part.end), part.text);
    }
  });
});

describe('findQuoteMarks', () => {
  it('pairs «», “” and "", keeps nesting inside, and cuts an unclosed quote at its paragraph', () => {
    const text = 'قال: «هذا «مثال» داخلي» ثم “ثان” و"ثالث" ثم «غير مغلق\n\nفقرة';
    const m = findQuoteMarks(text).map((x) => text.slice(x.innerStart, x.innerEnd));
    assert.deepEqual(m, ['هذا «مثال» داخلي', 'ثان', 'ثالث', 'غير مغلق']);
  });
});

describe('findQuoteMarks: straight marks inside a straight quote', () => {
  it('opens a nested quote at a mark with a space before it and a word after it', () => {
    const text = 'وأوضح: "كانت الكمية من حبوب "الزاناكس" الممنوعة، مشيراً إلى أنه تم اتخاذ الإجراءات".';
    const marks = findQuoteMarks(text);
    assert.deepEqual(marks.map((m) => text.slice(m.innerStart, m.innerEnd)), ['كانت الكمية من حبوب "الزاناكس" الممنوعة، مشيراً إلى أنه تم اتخاذ الإجراءات']);
  });
});

describe('findQuoteMarks: a straight quote left open', () => {
  it('ends after its last full stop where a mark that can only open one stands, and the pairs after it stay right', () => {
    const text = 'وكتب قائلاً: "الرأي لا يخيف أحداً. ومضى الناس في شأنهم. ونشر مغردون وسماً "#شكرا_للمعلم" وقال المدير: "نحن فخورون بهم".';
    const marks = findQuoteMarks(text);
    assert.deepEqual(
      marks.map((m) => [text.slice(m.innerStart, m.innerEnd), m.closed]),
      [
        ['الرأي لا يخيف أحداً. ومضى الناس في شأنهم.', false],
        ['#شكرا_للمعلم', true],
        ['نحن فخورون بهم', true],
      ],
    );
  });
  it('closes a short quote at a mark with a misplaced space', () => {
    const text = 'وعلمت "الشرق "من مصادر مطلعة أن الاجتماع تأجل.';
    assert.deepEqual(findQuoteMarks(text).map((m) => text.slice(m.innerStart, m.innerEnd)), ['الشرق ']);
  });
});

describe('parseQuoteCues', () => {
  it('names the file and line of a malformed entry', () => {
    assert.throws(() => parseQuoteCues('verb\tقال\n', 'cues.txt'), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && /cues\.txt:1/.test(e.message));
    assert.throws(() => parseQuoteCues('# c\nnoun\tكتاب\n', 'cues.txt'), /cues\.txt:2: unknown kind/);
  });
});

describe('findQuotes on any text (property)', () => {
  it('never throws; spans are within the text and carry their surface', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, arabicText.map((t) => `قال ${t}: «${t}» وأضاف أن ${t}`), arabicText.map((t) => `وطالبت ${t} "، مشيرة إلى أنه ${t}`)), (text) => {
        for (const q of findQuotes(text, [])) {
          // The schema holds every statement to a text of its own: none is empty.
          QuoteSchema.parse(q);
          assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length);
          assert.equal(text.slice(q.start, q.end), q.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the golden statements, through the shipped tagger', () => {
  const golden = JSON.parse(readFileSync(new URL('../fixtures/quotes/golden.json', import.meta.url), 'utf8')) as {
    articles: Array<{ id: string; paragraphs: string[]; quotes: ExpectedQuote[] }>;
    knownMisses: string[];
  };
  it('has at least 40 statements of our own', () => assert.ok(golden.articles.reduce((n, a) => n + a.quotes.length, 0) >= 40));
  it('finds the statements and their speakers (npm run eval:quotes prints the details)', () => {
    const cases = golden.articles.map((a) => {
      const article = { headline: null, subtitle: null, captions: [], paragraphs: a.paragraphs };
      return { id: a.id, expected: a.quotes, found: findQuotes(articleText(article), articleEntities(article)) };
    });
    const s = scoreQuotes(cases);
    // Exactly: every statement found and nothing else, every field right but the misses the fixture
    // lists (with why). A new miss fails, and so does a listed one that is fixed, until the list says so.
    assert.deepEqual(s.misses, golden.knownMisses);
    assert.equal(s.found, s.expected);
    assert.equal(s.matched, s.expected);
  });
});

describe('findQuotes: round 2 (participles, regional verbs, reported speech, back-references)', () => {
  /** [text, entities as [name, type, role?], expected [text start, speaker, cue, role?, medium?] per quote]. */
  const table: Array<[string, Array<[string, Entity['type'], string?]>, Array<[string, string | null, string, string?, string?]>]> = [
    // A participle after a comma opens a clause of its own, with the speaker carried.
    ['وأوضح كمال الراشد أن المصنع توقف عن الإنتاج، مشيراً إلى أن العمال عادوا إلى بيوتهم.', [['كمال الراشد', 'PERS']], [
      ['المصنع توقف', 'كمال الراشد', 'أوضح'],
      ['العمال عادوا', 'كمال الراشد', 'مشيراً'],
    ]],
    ['وكشفت نوال الحسن أن الموسم كان صعباً، لافتةً إلى أن الخسائر كبيرة، ومضيفة أن التعويضات تأخرت.', [['نوال الحسن', 'PERS']], [
      ['الموسم كان', 'نوال الحسن', 'كشفت'],
      ['الخسائر كبيرة', 'نوال الحسن', 'لافتةً'],
      ['التعويضات تأخرت', 'نوال الحسن', 'مضيفة'],
    ]],
    // «شدد X قائلاً:» is one cue.
    ['وشدد سامي العبدالله قائلاً: «لن نقبل بأي تأجيل بعد اليوم».', [['سامي العبدالله', 'PERS']], [['لن نقبل', 'سامي العبدالله', 'شدد']]],
    // A participle after a sentence with no speech verb: its subject speaks.
    ['رحّب وزير النقل سامي عواد بالقرار، مؤكداً أن الطرق ستفتح قريباً.', [['سامي عواد', 'PERS', 'وزير النقل']], [['الطرق ستفتح', 'سامي عواد', 'مؤكداً']]],
    // A demand with its noun after «ب» is a statement, as annotators of real news count it; the participle goes on with its speaker.
    ['قال فراس نعمان إن الموسم جيد.\n\nوطالبت شركة المياه السكان بترشيد الاستهلاك، مشيرة إلى أن الآبار جفت.', [['فراس نعمان', 'PERS']], [
      ['الموسم جيد', 'فراس نعمان', 'قال'],
      ['بترشيد الاستهلاك', 'شركة المياه', 'طالبت'],
      ['الآبار جفت', 'شركة المياه', 'مشيرة'],
    ]],
    // Regional verbs; «بين» is a verb only where a clause starts.
    ['وبيّن رامي الخطيب أن الأسعار مستقرة منذ أشهر.', [['رامي الخطيب', 'PERS']], [['الأسعار مستقرة', 'رامي الخطيب', 'بيّن']]],
    ['وأظهرت المقارنة بين المدينتين أن الأسعار ارتفعت.', [], []],
    ['ورد سامي الكردي بأن الاتهامات لا أساس لها.', [['سامي الكردي', 'PERS']], [['الاتهامات لا', 'سامي الكردي', 'رد']]],
    ['قال هاني سعادة إن العمل مستمر.\n\nوزاد المسؤول ذاته أن الفرق تعمل ليلاً.', [['هاني سعادة', 'PERS']], [
      ['العمل مستمر', 'هاني سعادة', 'قال'],
      ['الفرق تعمل', 'هاني سعادة', 'زاد'],
    ]],
    // Reported through someone else.
    ['ونقلت صحيفة محلية عن مصدر قضائي قوله إن الموقوفين اعترفوا بالسرقة.', [], [['الموقوفين اعترفوا', 'مصدر قضائي', 'نقلت']]],
    ['ونقلت وكالة محلية عن مصادر أمنية أن الطريق أعيد فتحها.', [], [['الطريق أعيد', 'مصادر أمنية', 'نقلت']]],
    ['ونُقل عن وليد حمدان قوله إن الطريق مغلقة منذ الصباح.', [['وليد حمدان', 'PERS']], [['الطريق مغلقة', 'وليد حمدان', 'نُقل']]],
    ['وبحسب رئيس البلدية، خالد سرحان، فإن الحريق أُخمد بالكامل.', [['خالد سرحان', 'PERS']], [['الحريق أُخمد', 'خالد سرحان', 'بحسب', 'رئيس البلدية']]],
    // An honorific, a time before the clause, a title standing for the person.
    ['قال الشيخ ناصر الفهد إن المشروع سيكتمل.\n\nوأكد سموه، خلال كلمته في حفل التخريج، أن التعليم أولوية.', [['ناصر الفهد', 'PERS']], [
      ['المشروع سيكتمل', 'ناصر الفهد', 'قال'],
      ['التعليم أولوية', 'ناصر الفهد', 'أكد', undefined, 'خلال كلمته في حفل التخريج'],
    ]],
    ['وكان العمري قد أعلن الشهر الماضي أن الانتخابات ستجري في موعدها.', [['العمري', 'PERS']], [['الانتخابات ستجري', 'العمري', 'أعلن']]],
    ['انتقد النائب مراد سليم مدير المستشفى فادي زيدان.\n\nمن جهته، شدد المدير في حديث لإذاعة محلية على أن الأجهزة تعمل.', [['مراد سليم', 'PERS', 'النائب'], ['فادي زيدان', 'PERS', 'مدير المستشفى']], [
      ['الأجهزة تعمل', 'فادي زيدان', 'شدد', undefined, 'في حديث لإذاعة محلية'],
    ]],
    // An organisation named before, and one the tagger missed.
    ['أصدرت نقابة المعلمين الأردنيين بياناً حول الإضراب.\n\nوقالت النقابة إن الإضراب سيستمر.', [], [['الإضراب سيستمر', 'نقابة المعلمين الأردنيين', 'قالت']]],
    ['وحذرت منظمة الصحة العالمية في بيان من أن المخزون ينفد.', [], [['المخزون ينفد', 'منظمة الصحة العالمية', 'حذرت', undefined, 'في بيان']]],
    // An outlet after ل is spoken to; a role no name follows is an unnamed speaker.
    ['قال وزير النقل لصحيفة الوطن إن القطار سيعود.', [['الوطن', 'ORG']], [['القطار سيعود', 'وزير النقل', 'قال']]],
    // A person after a role the tagger missed; roles in apposition.
    ['أعلنت وزيرة الثقافة نادين عساف، خلال افتتاح المعرض، أن الدورة المقبلة ستقام في طرابلس.', [], [['الدورة المقبلة', 'نادين عساف', 'أعلنت', 'وزيرة الثقافة']]],
    ['ويقول أحمد النجار، صاحب مخبز في السوق القديم، إن الطحين نفد.', [['أحمد النجار', 'PERS']], [['الطحين نفد', 'أحمد النجار', 'يقول', 'صاحب مخبز في السوق القديم']]],
    ['قال كريم داود، المدير التنفيذي للشركة، إن الأرباح تضاعفت.', [['كريم داود', 'PERS']], [['الأرباح تضاعفت', 'كريم داود', 'قال', 'المدير التنفيذي للشركة']]],
    ['قالت الدكتورة سهى نصر، رئيسة قسم الأطفال في المستشفى، إن الحالات تراجعت.', [['سهى نصر', 'PERS', 'الدكتورة']], [['الحالات تراجعت', 'سهى نصر', 'قالت', 'رئيسة قسم الأطفال في المستشفى']]],
  ];
  for (const [text, es, want] of table) {
    it(text.split('\n')[0]!.slice(0, 60), () => {
      const ents = es.map(([name, type, role]) => ent(text, name, type, role ? { role: roleOf(text, role) } : {}));
      const qs = findQuotes(text, ents);
      assert.equal(qs.length, want.length, JSON.stringify(qs.map((q) => q.text)));
      want.forEach(([start, speaker, cue, role, medium], k) => {
        const q = qs[k]!;
        assert.ok(q.text.startsWith(start), `${q.text} ≠ ${start}…`);
        assert.equal(q.speaker?.text ?? null, speaker);
        assert.equal(q.cue?.text, cue);
        if (role !== undefined) assert.equal(q.role?.text, role);
        if (medium !== undefined) assert.equal(q.medium?.text, medium);
      });
    });
  }
});

describe('findQuotes: round 3 (names in quotation marks, roles in apposition, group words before names)', () => {
  it('a quotation that is one entity\'s name is no statement, however many words it has', () => {
    const text = 'وقال مصدر يتابع الملف عن كثب إن الخطة تشمل الانضمام إلى فصائل أخرى مثل «جبهة الإنقاذ الوطني» وغيرها.';
    const es = [ent(text, 'جبهة الإنقاذ الوطني', 'ORG')];
    const qs = findQuotes(text, es);
    assert.deepEqual(qs.map((q) => q.kind), ['indirect']);
    assert.ok(qs[0]!.text.startsWith('الخطة تشمل'));
    // Without the entity, the same words in marks after a verb would be read as what was said.
    const alone = 'وكتب الناشط على صفحته «جبهة الإنقاذ الوطني» ثم حذف المنشور.';
    assert.equal(findQuotes(alone, [ent(alone, 'جبهة الإنقاذ الوطني', 'ORG')]).length, 0);
  });
  it('«قال المتحدث باسم الرئاسة، نبيل حداد، إن …»: the person, with the role before him; «وأوضح المتحدث» is him again', () => {
    const text = 'وقال المتحدث باسم الرئاسة التونسية، نبيل حداد، إن اللقاء كان إيجابياً. وأوضح المتحدث أن الجانبين اتفقا على لجنة مشتركة.';
    const qs = findQuotes(text, [ent(text, 'نبيل حداد', 'PERS')]);
    assert.equal(qs.length, 2);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.role?.text]), [
      ['نبيل حداد', 'المتحدث باسم الرئاسة التونسية'],
      ['نبيل حداد', 'المتحدث باسم الرئاسة التونسية'],
    ]);
    assert.equal(qs[1]!.speaker?.carried, true);
  });
  it('«أوضح الناطق باسم الشرطة، العقيد الدكتور سامي الحربي، أن …»: titles after the comma before the name', () => {
    const text = 'وأوضح الناطق الإعلامي بشرطة المنطقة، العقيد الدكتور سامي الحربي، أن الجهات الأمنية رصدت المقطع.';
    const qs = findQuotes(text, [ent(text, 'سامي الحربي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.role?.text]), [['سامي الحربي', 'الناطق الإعلامي بشرطة المنطقة']]);
  });
  it('a group word before a name: the name in marks, or the whole name without them; institutions as unnamed speakers', () => {
    const text = 'وأعلنت حملة «صوت الساحل» أن المياه انقطعت. وقال نادي الوحدة إن المباراة تأجلت. وذكرت الرئاسة الموريتانية أن الزيارة ستتم الشهر المقبل.';
    const es = [ent(text, 'صوت الساحل', 'ORG'), ent(text, 'الوحدة', 'ORG')];
    const qs = findQuotes(text, es);
    assert.deepEqual(qs.map((q) => q.speaker?.text), ['صوت الساحل', 'نادي الوحدة', 'الرئاسة الموريتانية']);
    assert.equal(qs[1]!.speaker?.canonical, 'org:الوحدة');
    assert.equal(qs[2]!.speaker?.canonical, null);
  });
});

describe('findQuotes: round 3, short names', () => {
  it('the last two words of a longer name stand for it («ولد الشيخ»)', () => {
    const text = 'ورد رئيس اللجنة، الداه ولد الشيخ، بأن الشكاوى ستدرس. وأضاف ولد الشيخ في مؤتمر صحافي: «لم تسجل أي خروقات».';
    const qs = findQuotes(text, [ent(text, 'الداه ولد الشيخ', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.name]), [
      ['الداه ولد الشيخ', 'الداه ولد الشيخ'],
      ['ولد الشيخ', 'الداه ولد الشيخ'],
    ]);
  });
  it('a person inside an unnamed group\'s words is the speaker, the words before them the role', () => {
    const text = 'وفي عمّان، قال المتحدث باسم الدفاع المدني سامي أبو حمدان: الفرق أخلت المبنى بالكامل.';
    const qs = findQuotes(text, [ent(text, 'سامي أبو حمدان', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.role?.text]), [['سامي أبو حمدان', 'المتحدث باسم الدفاع المدني']]);
  });
  it('a name the tagger missed after a role ends before a lone letter («لـ«القبس»»)', () => {
    const text = 'وقال الخبير النفطي الكويتي فهد الرشيدي لـ«القبس» إن التحسن مؤقت.';
    const qs = findQuotes(text, []);
    assert.equal(qs[0]?.speaker?.text, 'فهد الرشيدي');
  });
  it('a name the tagger missed after a role ending in an organisation named after a person («لمستشفى الملك فهد التخصصي»)', () => {
    const text = 'وأوضح المتحدث الرسمي لمستشفى الملك فهد التخصصي سامي العتيبي في تصريح صحفي أن الحالات مستقرة.';
    const qs = findQuotes(text, [ent(text, 'مستشفى الملك فهد التخصصي', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.role?.text]), [['سامي العتيبي', 'المتحدث الرسمي لمستشفى الملك فهد التخصصي']]);
  });
  it('an abbreviation in brackets after a role\'s organisation is the role\'s, and the person after it speaks («لمنظمة … (أوبك) عبدالله البدري»)', () => {
    const text = 'وقال الأمين العام لمنظمة الدول المنتجة للقمح (أبيك) سامي العلي إن الأسعار ستتعافى.';
    const es = [ent(text, 'منظمة الدول المنتجة للقمح', 'ORG'), ent(text, 'أبيك', 'ORG'), ent(text, 'سامي العلي', 'PERS')];
    assert.deepEqual(findQuotes(text, es).map((q) => q.speaker?.text), ['سامي العلي']);
  });
  it('no statement opens with a letter written on a noun inside the role the subject opens with («ودعا المتحدث الرسمي للأحوال المدنية …»)', () => {
    const text = 'ودعا المتحدث الرسمي للأحوال المدنية سامي العلي، المقبولين إلى مراجعة الإدارة خلال الأسبوع.';
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker?.text]), [['مراجعة الإدارة خلال الأسبوع', 'سامي العلي']]);
  });
  it('no name the tagger missed opens with و on a noun, which goes on with the role («للتفتيش وتطوير بيئة العمل»)', () => {
    const text = 'وقال عبدالله السالم إن العمل مستمر.\n\nوأوضح وكيل الوزارة للتفتيش وتطوير بيئة العمل، أن الحملات مستمرة.';
    const qs = findQuotes(text, [ent(text, 'عبدالله السالم', 'PERS')]);
    assert.deepEqual(qs.map((q) => q.speaker?.text), ['عبدالله السالم', 'وكيل الوزارة للتفتيش وتطوير بيئة العمل']);
  });
  it('«بالقول» before a quotation is a word of saying, as «بقوله» is: the verb\'s subject speaks («ومضى العلي بالقول "…"»)', () => {
    const text = 'ومضى سامي العلي بالقول "الموسم سيكون صعبا على الجميع هذا العام".';
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker?.text]), [['الموسم سيكون صعبا على الجميع هذا العام', 'سامي العلي']]);
  });
  it('«استدرك» is a verb of saying («واستدرك العلي أن …»)', () => {
    const text = 'وقال سامي العلي إن المصانع تعمل. واستدرك العلي أن بعضها متوقف منذ أشهر.';
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.cue?.lemma]), [['المصانع تعمل', 'قال'], ['بعضها متوقف منذ أشهر', 'استدرك']]);
  });
  it('a colon that ends its paragraph opens the next paragraph as the statement (a verse, a speech)', () => {
    const text = 'وفي وصف الكرم يقول الشاعر سالم العلي:\n\nالجود يفني المال والذكر باقي، والبخل يبقي المال والعار باقي.\n\nوانتهت الأمسية في العاشرة.';
    const qs = findQuotes(text, [ent(text, 'سالم العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.kind, q.text, q.speaker?.text]), [['direct', 'الجود يفني المال والذكر باقي، والبخل يبقي المال والعار باقي', 'سالم العلي']]);
  });
  it('«وبحسب X» opens a statement after «فقد» or after the comma that ends a source, not before a speech verb or words that name no one', () => {
    const a = 'وبحسب مصادر أمنية فقد أصيب ثلاثة جنود في الهجوم. وحسب الهيئة، تم تسجيل 77 حالة وفاة في الفيضانات.';
    assert.deepEqual(findQuotes(a, [ent(a, 'الهيئة', 'ORG')]).map((q) => [q.text, q.speaker?.text]), [
      ['أصيب ثلاثة جنود في الهجوم', 'مصادر أمنية'],
      ['تم تسجيل 77 حالة وفاة في الفيضانات', 'الهيئة'],
    ]);
    const b = 'ووفقا لآلية العمل المعتمدة، تتوزع الفرق على المواقع. وبحسب "الفرنسية"، فقد أضاف التقرير أن النمو تباطأ.';
    assert.deepEqual(findQuotes(b, []).map((q) => [q.text, q.cue?.text]), [['النمو تباطأ', 'أضاف']]);
  });
  it('a verb of concluding reports speech before a colon only («واختتم: "…"»), not elsewhere («واختتمت الدورة أعمالها»)', () => {
    const text = 'وقال سامي العلي إن البرنامج ناجح.\n\nواختتم: "سنواصل العمل مع الجميع حتى النهاية".\n\nواختتمت الدورة أعمالها أمس بحضور المسؤولين.';
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker?.text, q.cue?.lemma]), [
      ['البرنامج ناجح', 'سامي العلي', 'قال'],
      ['سنواصل العمل مع الجميع حتى النهاية', 'سامي العلي', 'اختتم'],
    ]);
  });
  it('a share alone after the verb is the group that speaks («بينما قال 34% إن …»)', () => {
    const text = 'وقال 44% من أصحاب العمل إن شركاتهم ستوظف، بينما قال 34% إن شركاتهم قد توظف.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.text, q.speaker?.text]), [
      ['شركاتهم ستوظف', '44% من أصحاب العمل'],
      ['شركاتهم قد توظف', '34%'],
    ]);
  });
  it('a short name of a person named before opens the words, and a name after it is no subject («قالت موراي داخل مجلس الشيوخ: …»)', () => {
    const text = 'وقالت السيناتور باتي موراي إن التعليم حق. وفي هذا الصدد، قالت موراي داخل مجلس الشيوخ هذا الأسبوع: «دعونا نعمل معا».';
    const qs = findQuotes(text, [ent(text, 'باتي موراي', 'PERS'), ent(text, 'مجلس الشيوخ', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker?.text]), [
      ['التعليم حق', 'باتي موراي'],
      ['دعونا نعمل معا', 'موراي'],
    ]);
  });
  it('the noun of an idiom is the verb\'s object («ولفت النظر إلى أن …»), and words without the article after a title name a person («المهندس مدني»)', () => {
    const a = 'وقال سامي العلي إن المشروع يسير. ولفت النظر إلى أن الطريق سيفتح قريبا.';
    assert.deepEqual(findQuotes(a, [ent(a, 'سامي العلي', 'PERS')]).map((q) => q.speaker?.text), ['سامي العلي', 'سامي العلي']);
    const b = 'وأشار المهندس مدني إلى أن الطريق سيفتح قريبا.';
    assert.deepEqual(findQuotes(b, []).map((q) => [q.speaker?.text, q.role?.text]), [['مدني', 'المهندس']]);
  });
  it('«أثناء حديثه» is a medium, and a derived verb\'s verbal noun after the verb is its object, no subject («واقترح تحديد يوم …»)', () => {
    const a = 'وقال سامي الغامدي إن الفريق جاهز. إلا أن الغامدي أشار أثناء حديثه لـ"الرياض" إلى أن البعثة وصلت.';
    const qa = findQuotes(a, [ent(a, 'سامي الغامدي', 'PERS')]);
    assert.deepEqual(qa.map((q) => [q.speaker?.text, q.medium?.text ?? null]), [['سامي الغامدي', null], ['سامي الغامدي', 'أثناء حديثه لـ"الرياض"']]);
    const b = 'وقال سامي العلي: «الشهداء في قلوبنا». واقترح تحديد يوم في السنة: «يوم الشهيد».';
    assert.deepEqual(findQuotes(b, [ent(b, 'سامي العلي', 'PERS')]).map((q) => q.speaker?.text), ['سامي العلي', 'سامي العلي']);
  });
  it('a person right after an organisation, titles only between, holds the role and speaks («… بمستشفى الملك فهد الدكتور سامي العلي من …»)', () => {
    const text = 'وحذر استشاري جراحة الأطفال بمستشفى الملك فهد الدكتور سامي العلي من ترك الأدوية في متناول الأطفال.';
    const qs = findQuotes(text, [ent(text, 'مستشفى الملك فهد', 'ORG'), ent(text, 'سامي العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker?.text]), [['ترك الأدوية في متناول الأطفال', 'سامي العلي']]);
  });
  it('a person right after an organisation, nothing between, speaks where a role opens the subject («المستشار ومدير العلاقات العامة بوزارة الخارجية سامي العلي أن …»)', () => {
    const text = 'وأوضح المستشار ومدير العلاقات العامة بوزارة الخارجية سامي العلي أن الزيارة تأتي ضمن برنامج الوزارة.';
    assert.deepEqual(findQuotes(text, [ent(text, 'وزارة الخارجية', 'ORG'), ent(text, 'سامي العلي', 'PERS')]).map((q) => q.speaker?.text), ['سامي العلي']);
  });
  it('a person after an organisation, role words and commas only between, speaks where a role opens the subject («رئيس مهرجان الواحة السينمائي، المخرج سامي فريد، إن …»)', () => {
    const text = 'وقال رئيس مهرجان الواحة السينمائي، المخرج سامي فريد، إن الدورة المقبلة ستبدأ في الربيع.';
    assert.deepEqual(findQuotes(text, [ent(text, 'الواحة السينمائي', 'ORG'), ent(text, 'سامي فريد', 'PERS')]).map((q) => q.speaker?.text), ['سامي فريد']);
    // Other words between are no role's: the person is only named after the role, which speaks.
    const other = 'وقال رئيس مهرجان الواحة السينمائي في لقائه مع سامي فريد إن الدورة المقبلة ستبدأ في الربيع.';
    assert.deepEqual(findQuotes(other, [ent(other, 'الواحة السينمائي', 'ORG'), ent(other, 'سامي فريد', 'PERS')]).map((q) => q.speaker?.text), ['رئيس مهرجان الواحة السينمائي']);
  });
  it('a name the tagger missed after a role ends before a report noun, which opens the statement («النائب سامي فريد ضرورة …»)', () => {
    const text = 'وأكد عضو المجلس البلدي النائب سامي فريد ضرورة الإسراع في تنفيذ المشروع.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.text, q.speaker?.text]), [['ضرورة الإسراع في تنفيذ المشروع', 'سامي فريد']]);
  });
  it('«القيادي في …» is a role that heads the name after it («وأشار القيادي في جبهة التحرير سامي فريد إلى أن …»)', () => {
    const text = 'وأشار القيادي في جبهة التحرير سامي فريد إلى أن المفاوضات توقفت منذ أسبوع.';
    assert.deepEqual(findQuotes(text, [ent(text, 'جبهة التحرير', 'ORG')]).map((q) => q.speaker?.text), ['سامي فريد']);
  });
  it('a plural imperfect verb after a group before it («غير أن المراقبين يؤكدون أن …») speaks for the group', () => {
    const text = 'وقالت الحكومة إن الوضع هادئ. غير أن المراقبين يؤكدون أن الاشتباكات مستمرة في الشمال.';
    assert.deepEqual(findQuotes(text, [ent(text, 'الحكومة', 'ORG')]).map((q) => q.speaker?.text), ['الحكومة', 'المراقبين']);
  });
  it('the writer of a byline is no speaker; the sentence starts after the byline («سامي العلي- سبق- الرياض: يعاني سكان …، مشيرين …»)', () => {
    const text = 'سامي العلي- سبق- الرياض: يعاني سكان حي النسيم من انقطاع المياه منذ أيام، مشيرين إلى أن الشبكة قديمة.';
    assert.deepEqual(findQuotes(text, [ent(text, 'سامي العلي', 'PERS')]).map((q) => [q.text, q.speaker?.text]), [['الشبكة قديمة', 'سكان حي النسيم']]);
  });
  it('a platform the words were posted on is no speaker («وأكدت من خلالها حسابها الرسمي على "تويتر" بقولها: …»), but a platform\'s company speaks', () => {
    const a = 'وقالت الكاتبة سلمى العلي إن الحادث مؤلم. وأكدت من خلالها حسابها الرسمي على "تويتر" بقولها: لا دموع تكفي اليوم.';
    assert.deepEqual(findQuotes(a, [ent(a, 'سلمى العلي', 'PERS'), ent(a, 'تويتر', 'ORG')]).map((q) => q.speaker?.text), ['سلمى العلي', 'سلمى العلي']);
    const b = 'وتقول «غوغل» إن هذه الخاصية متاحة في كل البلدان.';
    assert.deepEqual(findQuotes(b, [ent(b, 'غوغل', 'ORG')]).map((q) => q.speaker?.text), ['غوغل']);
  });
  it('an adverb of addition ends a group\'s words («وقال العلماء أيضا: …»)', () => {
    const text = 'وقال العلماء أيضا: إن النانو هو أدق وحدة قياس معروفة حتى اليوم.';
    assert.deepEqual(findQuotes(text, []).map((q) => q.speaker?.text), ['العلماء']);
  });
  it('no name the tagger missed opens with ب on a noun after a role («المدير العام بتجهيز عدد …»)', () => {
    const text = 'وقال سالم الحربي إن الحادث مؤلم.\n\nكما وجه المدير العام بتجهيز عدد من الفرق لنقل المصابين.\n\nوأشار إلى أن الجمعية شكلت فرق عمل.';
    const qs = findQuotes(text, [ent(text, 'سالم الحربي', 'PERS')]);
    assert.deepEqual(qs.map((q) => q.speaker?.text), ['سالم الحربي', 'سالم الحربي']);
  });
  it('a name the tagger missed between a speech verb and the role it holds is the speaker, and is carried on', () => {
    const text = 'وأوضح هشام القحطاني المتحدث الرسمي لهيئة الطيران المدني، أن الرحلات ستستأنف الأسبوع المقبل.\n\nوأضاف أن المطار جاهز لاستقبال المسافرين.';
    const qs = findQuotes(text, []);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.carried, q.role?.text]), [
      ['هشام القحطاني', false, 'المتحدث الرسمي لهيئة الطيران المدني'],
      ['هشام القحطاني', true, 'المتحدث الرسمي لهيئة الطيران المدني'],
    ]);
  });
});

describe('findQuotes: round 3 (speakers on real news, as our own sentences)', () => {
  const table: Array<[string, Array<[string, Entity['type']]>, Array<[string, string | null, string]>]> = [
    // A lone preposition before the clause is no subject: the speaker goes on.
    ['وكشف مصدر مسؤول أن الدراسة تبدأ غداً.\n\nوأضاف إلى أن التوصيات رفعت للوزارة.', [], [['الدراسة تبدأ', 'مصدر مسؤول', 'كشف'], ['التوصيات رفعت', 'مصدر مسؤول', 'أضاف']]],
    // An honorific stands for the person just named.
    ['زار الأمير خالد الفيصل المحافظة أمس.\n\nوقال سموه لدى استقباله الأهالي إن الطريق سيفتتح قريباً.', [['خالد الفيصل', 'PERS']], [['الطريق سيفتتح', 'خالد الفيصل', 'قال']]],
    // … the person its title introduced, though another is named after him.
    ['وصف سماحة مفتي عام المملكة الشيخ سالم الفهد الحادث بالإجرامي.\n\nوقال إن الطالب ماجد العلي نجا.\n\nوأضاف سماحته أن الأمن مستتب.', [['سالم الفهد', 'PERS'], ['ماجد العلي', 'PERS']], [['بالإجرامي', 'سالم الفهد', 'وصف'], ['الطالب ماجد', 'سالم الفهد', 'قال'], ['الأمن مستتب', 'سالم الفهد', 'أضاف']]],
    // A definite noun as subject: the organisation with that head named before, else its own words.
    ['أصدر صندوق النقد الدولي تقريره أمس.\n\nوقال الصندوق إن النمو سيتباطأ.', [['صندوق النقد الدولي', 'ORG']], [['النمو سيتباطأ', 'صندوق النقد الدولي', 'قال']]],
    ['وقال المقيم الأمريكي إنه كان في إجازة.', [], [['كان في إجازة', 'المقيم الأمريكي', 'قال']]],
    // A participle's words are its object: God is asked, not speaking; the sentence's subject speaks.
    ['وأكد سالم العتيبي أن المصاب جلل، داعياً الله أن يرحم الضحايا.', [['سالم العتيبي', 'PERS'], ['الله', 'MISC']], [['المصاب جلل', 'سالم العتيبي', 'أكد'], ['يرحم الضحايا', 'سالم العتيبي', 'داعياً']]],
    // A participle or a verb after a comma opens a clause of its own, with no comma before it too.
    ['وأكد سعد العلي أن الخطة جيدة لافتاً إلى أن التنفيذ يبدأ غداً، وأشار إلى أن الكلفة معقولة.', [['سعد العلي', 'PERS']], [['الخطة جيدة', 'سعد العلي', 'أكد'], ['التنفيذ يبدأ', 'سعد العلي', 'لافتاً'], ['الكلفة معقولة', 'سعد العلي', 'أشار']]],
    // A person in a place's or institution's name is no speaker.
    ['وقال المشرف على مركز الملك سلمان للإغاثة إن الجسر الجوي مستمر.', [['سلمان', 'PERS']], [['الجسر الجوي', 'المشرف', 'قال']]],
    // … only where the noun stands right before the name or its title: here the centre has a name of its own, and its head speaks.
    ['وقال رئيس مركز المقابلات سامي فريد إن المواعيد ثابتة.', [['سامي فريد', 'PERS']], [['المواعيد ثابتة', 'سامي فريد', 'قال']]],
  ];
  for (const [text, es, want] of table) {
    it(text.split('\n')[0]!.slice(0, 60), () => {
      const qs = findQuotes(text, es.map(([name, type]) => ent(text, name, type)));
      assert.equal(qs.length, want.length, JSON.stringify(qs.map((q) => q.text)));
      want.forEach(([start, speaker, cue], k) => {
        const q = qs[k]!;
        assert.ok(q.text.startsWith(start), `${q.text} ≠ ${start}…`);
        assert.equal(q.speaker?.name ?? q.speaker?.text ?? null, speaker);
        assert.equal(q.cue?.text, cue);
      });
    });
  }
});

describe('findQuotes: round 4 (roles before names, turns inside a sentence)', () => {
  it('takes the person after a role that an organisation completes, not the organisation', () => {
    const text = 'وقال مفتي عام المملكة رئيس هيئة كبار العلماء الشيخ سالم بن عمر الراشد إن الحادث إجرامي.';
    const qs = findQuotes(text, [ent(text, 'هيئة كبار العلماء', 'ORG'), ent(text, 'سالم بن عمر الراشد', 'PERS')]);
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.speaker?.text, 'سالم بن عمر الراشد');
  });

  it('ends a statement before a turn to another speaker in the same sentence', () => {
    const text = 'وحذرت السفارة من أن القمة قد تكون هدفاً للإرهاب، من جهته قال الرئيس نادر سليم: إن القمة تقدم وجهاً آخر للبلاد.';
    const qs = findQuotes(text, [ent(text, 'السفارة', 'ORG'), ent(text, 'نادر سليم', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]), [['القمة قد', 'السفارة'], ['إن القمة', 'نادر سليم']]);
    assert.ok(!qs[0]!.text.includes('جهته'), qs[0]!.text);
  });

  it('takes the person given a role before, for the role alone as subject', () => {
    const text = 'وكان قائد القوة الجوية اللواء رامي حداد قد زار القاعدة.\n\nمن جهته قال قائد القوة الجوية إن الطائرات عادت.';
    const qs = findQuotes(text, [ent(text, 'رامي حداد', 'PERS', { role: roleOf(text, 'قائد القوة الجوية اللواء') })]);
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.speaker?.text, 'رامي حداد');
  });

  it('takes a definite group word before an object as the organisation named before, and skips the writer\'s notes', () => {
    const text = 'وعقد مجلس النواب الأردني جلسة أمس. ودعا المجلس الحكومات والبرلمانات العربية إلى العمل فوراً لوقف الانتهاكات.\n\nيذكر أن المجلس عقد جلسات مماثلة من قبل.';
    const qs = findQuotes(text, []);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text, q.cue?.text]), [['العمل فوراً', 'مجلس النواب الأردني', 'دعا']]);
  });

  it('reads an ordinal before a medium\'s noun, so the document goes back to its issuer', () => {
    const text = 'قال صندوق النقد الدولي في أول تقرير عن اقتصاد البلاد منذ عقدين إن النمو تحسن.\n\nوأضاف التقرير أن الديون ما زالت مرتفعة.';
    const qs = findQuotes(text, [ent(text, 'صندوق النقد الدولي', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.medium?.text ?? null]), [
      ['صندوق النقد الدولي', 'في أول تقرير عن اقتصاد البلاد'],
      ['صندوق النقد الدولي', null],
    ]);
  });
  it('takes a definite document as the issuer named right after it before («بيان الجيش»)', () => {
    const text = 'أعلن الجيش التركي مقتل ثلاثة جنود.\n\nوجاء في بيان الجيش أن الهجوم وقع ليلاً.\n\nوتابع البيان أن العمليات مستمرة.';
    const qs = findQuotes(text, []);
    assert.equal(qs[qs.length - 1]?.speaker?.text, 'الجيش التركي');
  });
  it('takes a definite document as the one who issued it, named with the document before', () => {
    const text = 'وأوضحت شركة الأفق للاستشارات في تقريرها الشهري أن الطلب على الإسكان تراجع.\n\nوذكر التقرير أن أسعار الأراضي استقرت في معظم المدن.';
    const qs = findQuotes(text, [ent(text, 'شركة الأفق للاستشارات', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.carried, q.medium?.text ?? null]), [
      ['شركة الأفق للاستشارات', false, 'في تقريرها الشهري'],
      ['شركة الأفق للاستشارات', true, null],
    ]);
  });

  it('takes the person past a long group phrase with only ranks between, not one after «مقرب من»', () => {
    const a = 'وقال الناطق الإعلامي بقيادة حرس الحدود بمنطقة عسير المقدم بحري الدكتور فهد العمري: إن الزيارة جاءت تنفيذاً للتوجيهات.';
    const qa = findQuotes(a, [ent(a, 'فهد العمري', 'PERS', { role: roleOf(a, 'الدكتور') })]);
    assert.equal(qa[0]?.speaker?.text, 'فهد العمري');
    const b = 'وقال مصدر مقرب من الرئيس سعيد الناصر إن الاجتماع تأجل.';
    const qb = findQuotes(b, [ent(b, 'سعيد الناصر', 'PERS', { role: roleOf(b, 'الرئيس') })]);
    assert.equal(qb[0]?.speaker?.canonical, null);
  });
});

describe('findQuotes: round 5 (homograph verbs, subjects before the verb, participles going on)', () => {
  it('reads «بين» as the verb after an opening phrase, after «قد», and before a named person and أن, not as «between»', () => {
    const text =
      'وقال المتحدث باسم البلدية سامي الراشد إن العمل بدأ.\n\nوفي السياق ذاته بين المهندس الراشد أن الطريق سيفتح.\n\nوقد بين الراشد أن التكلفة ارتفعت.\n\nوعن المرحلة الثانية بيّن الراشد أنها ستبدأ قريباً.\n\nوجرى التنسيق بين البلديتين أمس.';
    const qs = findQuotes(text, [ent(text, 'سامي الراشد', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.name, q.cue?.text]), [
      ['العمل بدأ', 'سامي الراشد', 'قال'],
      ['الطريق سيفتح', 'سامي الراشد', 'بين'],
      ['التكلفة ارتفعت', 'سامي الراشد', 'بين'],
      ['ستبدأ قريباً', 'سامي الراشد', 'بيّن'],
    ]);
  });
  it('reads «بين» as the verb of a relative clause after a name («علي الشمري الذي بين أن»), not after any noun', () => {
    const text = 'وافتتح المعرض محافظ المدينة علي الشمري الذي بين أن المعرض يضم مئة جناح.\n\nوحضر اللقاء مدير الفرع سعد الحربي، الذي بين أن الخدمة ستتوسع.\n\nونناقش الفكرة المناقشة العلمية التي تبين خطأها، إن صدقت النوايا.';
    const qs = findQuotes(text, [ent(text, 'علي الشمري', 'PERS'), ent(text, 'سعد الحربي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null, q.cue?.text]), [
      ['المعرض يضم', 'علي الشمري', 'بين'],
      ['الخدمة ستتوسع', 'سعد الحربي', 'بين'],
    ]);
  });
  it('goes on with a group its sentence\'s verb names when a plural verb follows («عبّرت أسر الشهداء …، وأضافوا»), past a turn, and a quantifier opens the group', () => {
    const text =
      'وحضر الحفل قائد المنطقة اللواء سامي الغامدي.\n\nمن جانبها، عبّرت أسر الجنود عن اعتزازهم بأبنائهم، وأضافوا أن ذلك ليس بغريب على القيادة.\n\nمن جهتهم، عبر عدد من الأطفال عن إعجابهم بالقرية، وأشاروا إلى أن الأركان نجحت.';
    const qs = findQuotes(text, [ent(text, 'سامي الغامدي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['ذلك ليس', 'أسر الجنود', true],
      ['الأركان نجحت', 'عدد من الأطفال', true],
    ]);
  });
  it('takes a subject that opens its sentence across one comma before the verb (its particles between), but not a noun after a preposition', () => {
    const a = 'مدير الدفاع المدني في المحافظة العقيد ماجد الرشيدي، أكد أن الحريق أخمد.';
    assert.equal(findQuotes(a, [ent(a, 'ماجد الرشيدي', 'PERS')])[0]?.speaker?.text, 'ماجد الرشيدي');
    // The verb's particle between the comma and the verb: «أما X، فقد قال».
    const t = 'قال المتحدث أحمد سالم إن المجلس اجتمع. أما الصحفي صدام أبو عاصم، فقد قال: "هذا خطاب ضعيف جدا".';
    assert.deepEqual(findQuotes(t, [ent(t, 'أحمد سالم', 'PERS'), ent(t, 'صدام أبو عاصم', 'PERS')]).map((q) => [q.speaker?.text, q.speaker?.carried]), [['المتحدث أحمد سالم', false], ['صدام أبو عاصم', false]]);
    const b = 'وقال سامي الراشد إن العمل بدأ.\n\nوعن مشواره مع نادي الوحدة، قال: «سأعود قريباً إلى الملاعب».';
    const qb = findQuotes(b, [ent(b, 'سامي الراشد', 'PERS'), ent(b, 'نادي الوحدة', 'ORG')]);
    assert.deepEqual(qb.map((q) => q.speaker?.text), ['سامي الراشد', 'سامي الراشد']);
  });
  it('reads no verb inside an aside set off by dashes, and takes «آخر» and «عامل» as unnamed speakers', () => {
    const text =
      'وقال مصدر مسؤول في السفارة، إن التأشيرات تصدر خلال يوم.\n\nوأوضح المصدر ــ فضل عدم ذكر اسمه ــ أن الطلبات تضاعفت.\n\nوبين عامل في أحد المكاتب، أن الانتظار طويل. فيما قال آخر، إن المكتب أغلق.';
    const qs = findQuotes(text, []);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text, q.cue?.text]), [
      ['التأشيرات تصدر', 'مصدر مسؤول في السفارة', 'قال'],
      ['الطلبات تضاعفت', 'مصدر مسؤول في السفارة', 'أوضح'],
      ['الانتظار طويل', 'عامل في أحد المكاتب', 'بين'],
      ['المكتب أغلق', 'آخر', 'قال'],
    ]);
  });
  it('ends a group\'s words where a noun cannot be the genitive of the word before it: the verb\'s object starts there', () => {
    // After a plural with its ن, a definite noun or a name, an adjective: a noun is the object.
    const text =
      'كما دعا آخرون دولة الكويت إلى تجميد أرصدته.\n\nدان وجهاء وأعيان محافظة الأحساء الجريمة الإرهابية التي وقعت أمس. وأكدوا أن المتورطين يسعون إلى الفوضى.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]), [
      ['تجميد أرصدته', 'آخرون'],
      ['المتورطين يسعون', 'وجهاء وأعيان محافظة الأحساء'],
    ]);
    // A noun after the group's words is the verb's object, and its statement: right after them, or past the outlet spoken to.
    const c = 'وأكد مسؤولون ومنظمات إسلامية ريادة المملكة في مكافحة الإرهاب.\n\nأكد عدد من العاملين في قطاع التعليم لـ"الوطن" رصدهم لارتفاع الأسعار.';
    assert.deepEqual(findQuotes(c, []).map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]), [
      ['ريادة المملكة', 'مسؤولون ومنظمات إسلامية'],
      ['رصدهم لارتفاع', 'عدد من العاملين'],
    ]);
    // A preposition's phrase, a nisba, a word the lexicon cannot read, and a noun that may be an adjective go on with it.
    const b = 'وقالت الشرطة في منطقة ريتشموند بولاية كاليفورنيا الأمريكية إن المشتبه به اعتقل. وقال مسؤولين أمريكيين إن الاتفاق قريب.';
    assert.deepEqual(findQuotes(b, []).map((q) => q.speaker?.text), ['الشرطة في منطقة ريتشموند بولاية كاليفورنيا الأمريكية', 'مسؤولين أمريكيين']);
  });
  it('takes a definite group word as the organisation named before with it and its nisba («الجيش التركي»), or the tagged one', () => {
    const text = 'أعلن الجيش التركي مقتل ثلاثة جنود أمس.\n\nوأشار الجيش إلى أن المسلحين نصبوا كمينا للقافلة.';
    assert.equal(findQuotes(text, [])[0]?.speaker?.text, 'الجيش التركي');
    const b = 'وقال المرصد السوري لحقوق الإنسان إن القصف استمر.\n\nوأضاف المرصد أن الضحايا مدنيون.';
    assert.deepEqual(findQuotes(b, [ent(b, 'المرصد السوري لحقوق الإنسان', 'ORG')]).map((q) => q.speaker?.text), ['المرصد السوري لحقوق الإنسان', 'المرصد السوري لحقوق الإنسان']);
  });
  it('takes a definite group as the group described before without the article, whether it spoke or not', () => {
    // A source named only in passing, then «المصدر» as subject, and carried on.
    const a = 'وحضر التمرين مصدر في الدفاع المدني، رفض ذكر اسمه. وأشار المصدر إلى أن الفرق تعمل منذ الفجر.\n\nوأضاف أن الطرق مغلقة.';
    assert.deepEqual(findQuotes(a, []).map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]), [
      ['الفرق تعمل', 'مصدر في الدفاع المدني'],
      ['الطرق مغلقة', 'مصدر في الدفاع المدني'],
    ]);
    // A definite group with its adjective, after the same group without the article.
    const b = 'نقلت الإذاعة عن مصادر أمنية مصرية خبر الاعتقال. وأضافت المصادر الأمنية أن المتهمين اعترفوا.';
    assert.deepEqual(findQuotes(b, []).map((q) => q.speaker?.text), ['مصادر أمنية مصرية']);
    // A definite plural before its verb, after «أن».
    const c = 'أكد باحثون يابانيون أن الشاي مفيد للقلب. غير أن الباحثين أوضحوا أن الإفراط فيه يضر.';
    assert.deepEqual(findQuotes(c, []).map((q) => q.speaker?.text), ['باحثون يابانيون', 'باحثون يابانيون']);
    // Vowelled: the description starts at its first letter, not after it.
    const d = 'أكدَ باحثونَ يابانيونَ أن الشاي مفيد للقلب. غير أن الباحثين أوضحوا أن الإفراط فيه يضر.';
    assert.deepEqual(findQuotes(d, []).map((q) => q.speaker?.text), ['باحثونَ يابانيونَ', 'باحثونَ يابانيونَ']);
  });
  it('keeps a definite group\'s own words where the group before says less, or a person is named with them', () => {
    const a = 'وقال مراقبون إن الوضع هادئ. ويشير المراقبون العرب والأجانب إلى أن الهدنة صامدة.';
    assert.deepEqual(findQuotes(a, []).map((q) => q.speaker?.text), ['مراقبون', 'المراقبون العرب والأجانب']);
    const b = 'وقال ناشط سياسي إن المدينة هادئة. من جانبه، قال الناشط السياسي البارز، سامي العلي، إن الوضع خطير.';
    assert.deepEqual(findQuotes(b, [ent(b, 'سامي العلي', 'PERS')]).map((q) => q.speaker?.text), ['ناشط سياسي', 'سامي العلي']);
  });
  it('takes God after a verb of praying as the one prayed to, and carries the speaker', () => {
    const text = 'وقال الشيخ سعد الحربي إن الحادث مؤلم.\n\nودعا الله عز وجل أن يتقبل الشهداء.';
    assert.deepEqual(findQuotes(text, [ent(text, 'سعد الحربي', 'PERS')]).map((q) => [q.speaker?.text, q.speaker?.carried]), [
      ['سعد الحربي', false],
      ['سعد الحربي', true],
    ]);
  });
  it('takes the person after a comma right after the organisation a participle\'s sentence opens with as its subject', () => {
    const text = 'وعبّر المشرف العام على مركز الإغاثة الوطني، الدكتور سامر العلي، عن سعادته بالحملة، مؤكدا أن الحملة مستمرة.';
    const qs = findQuotes(text, [ent(text, 'مركز الإغاثة الوطني', 'ORG'), ent(text, 'سامر العلي', 'PERS', { role: roleOf(text, 'الدكتور') })]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker?.text]), [['الحملة مستمرة', 'سامر العلي']]);
  });
  it('takes a report noun after a time between the subject and it as the verb\'s object («أعلنت الوزارة أمس الجمعة مقتل …»)', () => {
    const text = 'وأعلنت وزارة الداخلية أمس الجمعة مقتل ثلاثة مطلوبين في اشتباك مع قوات الأمن.';
    const qs = findQuotes(text, [ent(text, 'وزارة الداخلية', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]), [['مقتل ثلاثة', 'وزارة الداخلية']]);
  });
  it('takes a noun right after a participle of an object verb as its object, with or without the article («…، مؤكدا تضامن …», «متوقعا الانتهاء …»)', () => {
    const text = 'وقال سامر العلي إن الحملة ناجحة، مؤكدا تضامن بلاده مع الجيران. وأضاف أن العمل مستمر، متوقعا الانتهاء من المشروع خلال أيام. وقال إن المركز جاهز، مؤكدا الوزير حضوره.';
    const qs = findQuotes(text, [ent(text, 'سامر العلي', 'PERS')]);
    // Not a role word after it («مؤكدا الوزير …» names someone, no statement of its own).
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.cue?.text, q.speaker?.text]), [
      ['الحملة ناجحة', 'قال', 'سامر العلي'],
      ['تضامن بلاده', 'مؤكدا', 'سامر العلي'],
      ['العمل مستمر', 'أضاف', 'سامر العلي'],
      ['الانتهاء من', 'متوقعا', 'سامر العلي'],
      ['المركز جاهز،', 'قال', 'سامر العلي'],
    ]);
  });
  it('reads claims and threats as speech («ادعى أن», «مدعيا أن», «متوعدا بأن»), and «حاثا» as the participle of «حث»', () => {
    const text = 'وادعى سامر العلي أن المال له. وقال إن الحكم ظالم، مدعيا أن الشهود كذبوا، متوعدا بأن يلاحق المسؤولين، حاثا الجميع على الصبر.';
    const qs = findQuotes(text, [ent(text, 'سامر العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.cue?.lemma, q.speaker?.text]), [
      ['المال له', 'ادعى', 'سامر العلي'],
      ['الحكم ظالم', 'قال', 'سامر العلي'],
      ['الشهود كذبوا', 'ادعى', 'سامر العلي'],
      ['يلاحق المسؤولين', 'توعد', 'سامر العلي'],
      ['الصبر', 'حث', 'سامر العلي'],
    ]);
  });
  it('takes a report noun after the outlet spoken to as the verb\'s object, the outlet\'s words not counted as the subject\'s («أكد … لـ"الرأي" منح …»)', () => {
    const text = 'وأكد المهندس سامر العلي المتحدث الرسمي للهيئة الوطنية للمهندسين لـ"الرأي" منح عدد من المهندسات تصاريح جديدة. وأعلن الجيش لـ«الرأي العام» مقتل ثلاثة مسلحين.';
    const qs = findQuotes(text, [ent(text, 'سامر العلي', 'PERS', { role: roleOf(text, 'المهندس') }), ent(text, 'الجيش', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]), [['منح عدد', 'سامر العلي'], ['مقتل ثلاثة', 'الجيش']]);
  });
  it('takes an organisation in the construct after a role\'s head as the role\'s when a person is named right after it («رئيس قبيلة قريش الدكتور …»)', () => {
    const text = 'وقال رئيس قبيلة قريش الدكتور حاتم الزهري إن البيان يأتي للتوضيح. وقال لاعب وسط الاتحاد الدولي سامي العلي إن الفريق جاهز. وقال رئيس قبيلة عنزة إن الوفد وصل.';
    const qs = findQuotes(text, [ent(text, 'قريش', 'ORG'), ent(text, 'حاتم الزهري', 'PERS', { role: roleOf(text, 'الدكتور') }), ent(text, 'الاتحاد', 'ORG'), ent(text, 'سامي العلي', 'PERS'), ent(text, 'عنزة', 'ORG')]);
    // With no one named after the role, the organisation stays what the speaker rules make of it.
    assert.deepEqual(qs.map((q) => q.speaker?.text), ['حاتم الزهري', 'سامي العلي', 'عنزة']);
  });
  it('takes a noun after a long subject with its medium or apposition as the verb\'s object («… في بيان صحفي، وقوف …», «… لشركة «النور» الوطنية، سعي …»)', () => {
    const text = [
      'وأكد الناطق الرسمي باسم الحكومة الأردنية الدكتور سامي العلي في بيان صحفي، وقوف بلاده مع جيرانها في مواجهة السيول.',
      'وأكد المهندس خالد بن حمد المنصور، الرئيس التنفيذي لشركة «النور» الوطنية، سعي الشركة إلى خفض التكاليف.',
      'وأكد رئيس وفد الحكومة في المفاوضات جون دينق رفض حكومته لبعض البنود.',
      'ونفى ماهر الزين في تصريح إلى "الرأي" ما ذكرته الجامعة عن قيامها بنقل الطالب.',
      'وكشف مصدر مطلع في الوزارة لـ«الصحيفة»، عن تغييرات قادمة في المناهج.',
    ].join(' ');
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS', { role: roleOf(text, 'الناطق الرسمي') }), ent(text, 'خالد بن حمد المنصور', 'PERS', { role: roleOf(text, 'المهندس') }), ent(text, 'جون دينق', 'PERS'), ent(text, 'ماهر الزين', 'PERS'), ent(text, 'الرأي', 'ORG')]);
    // A verb with a pronoun on it (ذكرته) is no noun's object, nor is what follows a function word (عن | قيامها).
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]), [['وقوف بلاده', 'سامي العلي'], ['سعي الشركة', 'خالد بن حمد المنصور'], ['رفض حكومته', 'جون دينق'], ['تغييرات قادمة', 'مصدر مطلع']]);
  });
  it('reads no object past a quotation after ل that is long enough to be a statement', () => {
    const text = 'وأعلن الجيش لـ«إن القتال مستمر في المدن كلها» مقتل ثلاثة مسلحين.';
    const qs = findQuotes(text, [ent(text, 'الجيش', 'ORG')]);
    assert.ok(!qs.some((q) => q.text.startsWith('مقتل')), JSON.stringify(qs.map((q) => q.text)));
  });
  it('quotes nothing from a stray mark right before a participle that reports speech, and finds the participle\'s statement', () => {
    const text = 'وطالبت وزارة الصحة المديريات بأخذ تعهد رسمي من المعتدى عليهم بعدم التنازل"، مشيرة إلى أنه إذا ثبت خلاف ذلك فستوقع العقوبات.';
    const qs = findQuotes(text, [ent(text, 'وزارة الصحة', 'ORG')]);
    for (const q of qs) QuoteSchema.parse(q);
    assert.deepEqual(qs.map((q) => [q.kind, q.text.split(' ').slice(0, 3).join(' '), q.speaker?.text]), [['indirect', 'إذا ثبت خلاف', 'وزارة الصحة']]);
  });
  it('takes a plural or dual in the oblique right after the verb as its object, and carries the speaker («ودعت المتمردين إلى …»)', () => {
    const text = 'وقالت الهيئة الوطنية للإغاثة إن القوافل وصلت.\n\nودعت المتمردين إلى «احترام الهدنة وفتح الطرق أمام القوافل». ودعا الطرفين إلى «وقف القتال فورا في كل المدن».';
    const qs = findQuotes(text, [ent(text, 'الهيئة الوطنية للإغاثة', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.carried]), [
      ['الهيئة الوطنية للإغاثة', false],
      ['الهيئة الوطنية للإغاثة', true],
      ['الهيئة الوطنية للإغاثة', true],
    ]);
    // The nominative plural is the subject.
    const b = 'وقال المتمردون إن الهدنة انتهت.';
    assert.equal(findQuotes(b, [])[0]?.speaker?.text, 'المتمردون');
  });
  it('with no one quoted before, carries the person the sentence before is about, not the last one named', () => {
    const text = 'وأعرب مدير المطار يوسف الظاهري عن سعادته بالمشروع، مثمناً دعم رئيس الهيئة سليمان الحمدان. وأشار إلى أن المبنى سيفتتح العام المقبل.';
    const qs = findQuotes(text, [ent(text, 'يوسف الظاهري', 'PERS'), ent(text, 'سليمان الحمدان', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.carried]), [['يوسف الظاهري', true]]);
  });
  it('carries the named subject of the sentence before, when its verb agrees with the cue and no one spoke since', () => {
    const said = 'قال الوزير ماجد العلي إن الخطة جاهزة.';
    const go = (between: string, cue: string): Array<string | undefined> => {
      const text = `${said} ${between} ${cue} أن العمل بدأ.`;
      const ents = [ent(text, 'ماجد العلي', 'PERS')];
      for (const name of ['سارة الحربي', 'هيئة المدن', 'عمر الزهراني']) if (text.includes(name)) ents.push(ent(text, name, name.startsWith('هيئة') ? 'ORG' : 'PERS'));
      return findQuotes(text, ents).map((q) => q.speaker?.text);
    };
    // A verb and its subject open the sentence before («وعبّرت … عن …»), after an opening phrase too.
    assert.deepEqual(go('وعبّرت سارة الحربي عن سعادتها بالمشروع.', 'وأوضحت'), ['ماجد العلي', 'سارة الحربي']);
    assert.deepEqual(go('من جهة أخرى، رحب عمر الزهراني بالقرار.', 'وأكد'), ['ماجد العلي', 'عمر الزهراني']);
    // The verbs disagree (a feminine verb, then «وأكد»): the last speaker goes on.
    assert.deepEqual(go('وعبّرت سارة الحربي عن سعادتها بالمشروع.', 'وأكد'), ['ماجد العلي', 'ماجد العلي']);
    // Background in the pluperfect is not who goes on speaking.
    assert.deepEqual(go('وكانت هيئة المدن قد وافقت على المشروع.', 'وأكد'), ['ماجد العلي', 'ماجد العلي']);
    // A preposition opens the sentence before: its entity is no subject.
    assert.deepEqual(go('وفي هيئة المدن بدأ العمل أمس.', 'وأكد'), ['ماجد العلي', 'ماجد العلي']);
    // An unnamed source opens it: the source goes on, its words ending at a comma or at ب on a noun.
    assert.deepEqual(go('وشارك مصدر مطلع في الوزارة، في الاجتماع.', 'وأوضح'), ['ماجد العلي', 'مصدر مطلع في الوزارة']);
    assert.deepEqual(go('وأشاد مصدر في الوزارة بالخطة الجديدة.', 'وأوضح'), ['ماجد العلي', 'مصدر في الوزارة']);
    // Any other noun there is no source: the last speaker goes on.
    assert.deepEqual(go('وقصفت طائرات حربية مواقع في المنطقة.', 'وأوضحت'), ['ماجد العلي', 'ماجد العلي']);
  });
  it('reads the clause a verb stands in: a relative\'s antecedent, «أما» and its topic, the subject its sentence opened with', () => {
    const text = 'وحضر الحفل الأمير سعد الفهد الذي شدد على أن الثقافة أولوية.\n\nوقال ماجد العلي إن الموقع بعيد، أما نادر الحربي فقال إن الموقع مناسب.\n\nوأشاد جواد الخطيب بالتنظيم الجيد للمهرجان، وقال إنه سيعود العام المقبل.\n\nوحصل الفريق على دعم الوزارة التي أكدت أن التمويل مستمر.';
    const names = ['سعد الفهد', 'ماجد العلي', 'نادر الحربي', 'جواد الخطيب'];
    const qs = findQuotes(text, names.map((n) => ent(text, n, 'PERS')));
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null]), [
      ['الثقافة أولوية', 'سعد الفهد'],
      ['الموقع بعيد،', 'ماجد العلي'],
      ['الموقع مناسب', 'نادر الحربي'],
      ['سيعود العام', 'جواد الخطيب'],
      // The relative follows no name: the speaker goes on.
      ['التمويل مستمر', 'جواد الخطيب'],
    ]);
  });
  it('reads «وجاء في بيان …» as the document\'s words: its issuer named after it speaks, else no one known', () => {
    const text = 'وجاء في بيان الجيش: «قتل ثلاثة من جنودنا في هجوم نفذه المسلحون».\n\nوجاء في بيان رئيس الإقليم سامي الكردي أن الهجوم مدان.\n\nوجاء في التقرير أن الأسعار سترتفع.';
    const qs = findQuotes(text, [ent(text, 'الجيش', 'ORG'), ent(text, 'سامي الكردي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ')[0], q.speaker?.text ?? null]), [
      ['قتل', 'الجيش'],
      ['الهجوم', 'سامي الكردي'],
      ['الأسعار', null],
    ]);
  });
  it('names a speaker given only by a role after the one person the article gives that role, before the statement or after it', () => {
    const text = 'أكد المهندس سامي العلي المتحدث الرسمي للهيئة أن العمل مستمر.\n\nوقال المتحدث الرسمي إن التراخيص صدرت.';
    assert.deepEqual(findQuotes(text, [ent(text, 'سامي العلي', 'PERS')]).map((q) => q.speaker?.text), ['سامي العلي', 'سامي العلي']);
    const after = 'وقال المتحدث الرسمي للشرطة إن التحقيق مستمر.\n\nوكان ماجد الحربي المتحدث الرسمي للشرطة قد زار الموقع أمس.';
    assert.deepEqual(findQuotes(after, [ent(after, 'ماجد الحربي', 'PERS')]).map((q) => q.speaker?.text), ['ماجد الحربي']);
    // Two persons of that role: the role stays the speaker.
    const two = 'وقال المدير الفني إن الفريق جاهز. ويعمل سامي العلي المدير الفني للنادي مع ماجد الحربي المدير الفني للمنتخب.';
    const role = findQuotes(two, [])[0]!;
    const persons = [ent(two, 'سامي العلي', 'PERS'), ent(two, 'ماجد الحربي', 'PERS')];
    assert.equal(withRoleHolders(two, [role], persons)[0]!.speaker?.text, 'المدير الفني');
    assert.equal(withRoleHolders(two, [role], persons.slice(0, 1))[0]!.speaker?.text, 'سامي العلي');
  });
  it('names a speaker given by a role\'s head alone, or by a form of address and the head, after the one person of that role', () => {
    const text = 'وأدان مفتي الديار، الدكتور سامي النجار، الهجوم على المسجد.\n\nوأكد المفتي أن المساجد بيوت الله.';
    const es = linkMentions(text, mentionsAt('PERS', text, 'سامي النجار'));
    assert.deepEqual(findQuotes(text, es).map((q) => [q.speaker?.text, q.role?.text]), [['سامي النجار', 'مفتي الديار']]);
    const minister = 'استقبل وزير النقل ماجد العتيبي الوفد.\n\nوقال معالي الوزير إن الطرق الجديدة تفتح الشهر المقبل.';
    const two = 'استقبل وزير النقل ماجد العتيبي ووزير الصحة سامي النجار الوفد.\n\nوقال معالي الوزير إن الطرق الجديدة تفتح الشهر المقبل.';
    const one = findQuotes(minister, [ent(minister, 'ماجد العتيبي', 'PERS', { role: roleOf(minister, 'وزير النقل') })]);
    assert.deepEqual(one.map((q) => q.speaker?.text), ['ماجد العتيبي']);
    // Two ministers: the role stays the speaker.
    const both = findQuotes(two, [ent(two, 'ماجد العتيبي', 'PERS', { role: roleOf(two, 'وزير النقل') }), ent(two, 'سامي النجار', 'PERS', { role: roleOf(two, 'وزير الصحة') })]);
    assert.equal(both[0]!.speaker?.canonical, null);
  });
  it('reads a title as subject as the person named after that title, whose role is an office («المهندس» → «مدير الإدارة، المهندس …»)', () => {
    const text = 'وألقى مدير الإدارة العامة للزراعة، المهندس ماجد العتيبي، كلمة في الحفل.\n\nوأبان المهندس أن المبنى يضم عشرين قسما.';
    const es = linkMentions(text, mentionsAt('PERS', text, 'ماجد العتيبي'));
    assert.deepEqual(findQuotes(text, es).map((q) => q.speaker?.text), ['ماجد العتيبي']);
    // A word before a name that is no title says nothing of who the title is.
    const other = 'والتقى وزير الخارجية السعودي ماجد العتيبي الوفد.\n\nوقالت الخارجية إن اللقاء كان مثمرا.';
    const es2 = [ent(other, 'السعودي', 'PERS', { role: roleOf(other, 'وزير الخارجية') })];
    assert.notEqual(findQuotes(other, es2)[0]?.speaker?.text, 'السعودي');
  });
  it('ends a speaker\'s words before an attribution phrase («مراسل الأناضول | وفقا للمعلومات»), which opens no name', () => {
    const text = 'وذكر مراسل الأناضول وفقا للمعلومات التي حصل عليها أن الاشتباكات مستمرة.';
    assert.equal(findQuotes(text, [])[0]?.speaker?.text, 'مراسل الأناضول');
  });
  it('gives a quotation after «بقوله» to its sentence\'s subject, though the verb before is no verb of speech', () => {
    const text = 'أما المدرب سامي العلي، فردد الكلمات نفسها بقوله: «لا يمكننا الاحتفال الآن، أمامنا مباراة أخرى».\n\nوروت هند الزهراني القصة بقولها «استيقظت في الفجر على صوت انفجار قوي».';
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS'), ent(text, 'هند الزهراني', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text, q.cue?.text]), [
      ['لا يمكننا', 'سامي العلي', 'بقوله'],
      ['استيقظت في', 'هند الزهراني', 'بقولها'],
    ]);
  });
  it('gives a quotation after a colon to the person named right after the verb its sentence opens with, no verb of speech', () => {
    const text = 'وقال علي الدغريري إن الوضع سيء.\n\nوواصل الدغريري في سرد معاناة شقيقه: «تقدمنا بشكوى للمديرية ولم نتلق ردا حتى اليوم».\n\nوغرّد عبر حسابه على تويتر: «ما تم تداوله عن خطورة التسخين غير صحيح أبدا».';
    const qs = findQuotes(text, [ent(text, 'علي الدغريري', 'PERS'), ent(text, 'تويتر', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ')[0], q.speaker?.text ?? null]), [
      ['الوضع', 'علي الدغريري'],
      ['تقدمنا', 'الدغريري'],
      // No one named right after the verb: no speaker, not the platform.
      ['ما', null],
    ]);
  });
  it('reads «دعا» with ل on its complement («دعا … المواطنين للتعاون»), not on a name a role holds («لحلف …»)', () => {
    const text = 'ودعا مدير البلدية سامي الحداد المواطنين للتعاون مع المراقبين.\n\nودعا الأمين العام لحلف شمال الأطلسي ماجد العلي إلى اجتماع طارئ.';
    const ents = [ent(text, 'سامي الحداد', 'PERS'), ent(text, 'حلف شمال الأطلسي', 'ORG'), ent(text, 'ماجد العلي', 'PERS')];
    assert.deepEqual(findQuotes(text, ents).map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text]), [
      ['للتعاون مع', 'سامي الحداد'],
      ['اجتماع طارئ', 'ماجد العلي'],
    ]);
  });
  it('reads more verbs of saying: explaining, urging, appealing, pledging, accusing; a pledge written as a noun says nothing', () => {
    const text = 'وأبان سامي الحلبي أن العمل مستمر.\n\nوحث ماجد العلي السكان على ترشيد استهلاك المياه.\n\nوناشدت هيئة المياه المشتركين بسداد الفواتير.\n\nواتهم نادر الفهمي الشركة بتأخير المشروع.\n\nوجاء ذلك بعد تعهد الشركة بإنهاء الأعمال.';
    const qs = findQuotes(text, ['سامي الحلبي', 'ماجد العلي', 'نادر الفهمي'].map((n) => ent(text, n, 'PERS')).concat(ent(text, 'هيئة المياه', 'ORG')));
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text, q.cue?.lemma]), [
      ['العمل مستمر', 'سامي الحلبي', 'أبان'],
      ['ترشيد استهلاك', 'ماجد العلي', 'حث'],
      ['بسداد الفواتير', 'هيئة المياه', 'ناشد'],
      ['بتأخير المشروع', 'نادر الفهمي', 'اتهم'],
    ]);
  });
  it('takes a group that opens the sentence before its plural verb as the speaker, past particles, «كان» and «قد»', () => {
    const text = 'قال الوزير سامي العلي إن الاتفاق قريب. وكان مسؤولون في واشنطن قد صرحوا بأن الجولة حاسمة. لكن محللين قالوا إن الفرص ضعيفة. فيما أكدوا أن الحوار مستمر.';
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ')[0], q.speaker?.text ?? null]), [
      ['الاتفاق', 'سامي العلي'],
      ['الجولة', 'مسؤولون في واشنطن'],
      ['الفرص', 'محللين'],
      // No group before the verb: the last speaker goes on.
      ['الحوار', 'محللين'],
    ]);
  });
  it('reads a group before its plural verb in a clause after a comma, not a relative clause or a verb\'s clause there', () => {
    const text = 'قال الوزير سامي العلي إن الاتفاق قريب. وبدأت الجولة أمس، وكان مسؤولون في واشنطن قد صرحوا بأن الجولة حاسمة. وتراجع المؤشر، فإن خبراء مستقلين قالوا إن التراجع مؤقت. وحضر الوفد، والذين حضروا أكدوا أن الحوار مستمر. وارتفعت الأسعار، ويكون لها أثر واضح وأكدوا أن السوق مستقرة.';
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ')[0], q.speaker?.text ?? null]), [
      ['الاتفاق', 'سامي العلي'],
      ['الجولة', 'مسؤولون في واشنطن'],
      ['التراجع', 'خبراء مستقلين'],
      ['الحوار', 'خبراء مستقلين'],
      ['السوق', 'خبراء مستقلين'],
    ]);
  });
  it('a describing verb: a named subject speaks; other words before the clause are its object, and the speaker is carried', () => {
    const text = 'قال الوزير سامي العلي إن الموسم بدأ. ووصف المشهد في الملعب بأنه «يوم تاريخي للنادي». ووصفت هيئة الرياضة القرار بالخطوة الجريئة نحو الاحتراف. وحضر وصف الحدث عدد من المشجعين.';
    const qs = findQuotes(text, [ent(text, 'سامي العلي', 'PERS'), ent(text, 'هيئة الرياضة', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker?.text, q.speaker?.carried]), [
      ['الموسم بدأ', 'سامي العلي', false],
      ['«يوم تاريخي للنادي»', 'سامي العلي', true],
      ['بالخطوة الجريئة نحو الاحتراف', 'هيئة الرياضة', false],
    ]);
  });
  it('takes a noun complement before a colon as the statement («دعا … إلى الإبلاغ … عبر البريد: …»)', () => {
    const text = 'وقال مدير المكتب سامي الراشد إن الخدمة تحسنت.\n\nودعا جميع المستفيدين إلى الإبلاغ عن المخالفات عبر البريد الإلكتروني: info@example.org أو الهاتف.';
    const qs = findQuotes(text, [ent(text, 'سامي الراشد', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.kind, q.speaker?.text]), [
      ['الخدمة تحسنت', 'indirect', 'سامي الراشد'],
      ['الإبلاغ عن', 'indirect', 'سامي الراشد'],
    ]);
  });
  it('takes a role word with its nisba as the person who spoke last («وأوضح المدرب الإسباني»)', () => {
    const text = 'وقال لويس مارتن في مؤتمر صحفي إن الفريق جاهز.\n\nوأوضح المدرب الإسباني أن التشكيلة اكتملت.';
    const qs = findQuotes(text, [ent(text, 'لويس مارتن', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.carried]), [
      ['لويس مارتن', false],
      ['لويس مارتن', true],
    ]);
  });
  it('takes a role phrase opening a participle\'s sentence as the person given that role, not the organisation inside it', () => {
    const text = 'وقال المتحدث باسم وزارة الخارجية مارك لويس إن المحادثات مستمرة.\n\nوأكد المتحدث باسم وزارة الخارجية الحاجة إلى حل سياسي، مشيرا إلى أن الدعم سيتواصل.';
    const qs = findQuotes(text, [ent(text, 'مارك لويس', 'PERS', { role: roleOf(text, 'المتحدث باسم وزارة الخارجية') }), ent(text, 'وزارة الخارجية', 'ORG', {}, text.indexOf('وأكد'))]);
    // «أكد … الحاجة إلى حل سياسي» is a statement of its own: a report noun as the verb's object.
    assert.deepEqual(qs.map((q) => [q.text.split(' ')[0], q.speaker?.text]), [['المحادثات', 'مارك لويس'], ['الحاجة', 'مارك لويس'], ['الدعم', 'مارك لويس']]);
  });
  it('lets a medium stand between a participle and its clause, a hamza seat changed before its suffix («خلال لقائه»)', () => {
    const text = 'وقال الوزير سامي الراشد إن الهدنة ضرورية، مؤكداً خلال لقائه أمس في الرياض المبعوث الأممي إلى اليمن أن المدينة أصبحت آمنة.';
    const qs = findQuotes(text, [ent(text, 'سامي الراشد', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.medium?.text ?? null]), [
      ['الهدنة ضرورية', null],
      ['المدينة أصبحت آمنة', 'خلال لقائه أمس في الرياض المبعوث الأممي إلى اليمن'],
    ]);
  });
  it('reads a participle whose subject, a person named with a role, stands between it and its clause', () => {
    const text = 'وتهدف الخطة إلى سرعة الاستجابة. مبيناً مدير إدارة الدفاع المدني بالمدينة العقيد كريم الناصر، أن الخطة تشمل كل الأحياء.';
    const qs = findQuotes(text, [ent(text, 'كريم الناصر', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker?.text, q.cue?.text]), [['الخطة تشمل كل الأحياء', 'كريم الناصر', 'مبيناً']]);
  });
  it('reads a text that ends on a participle or a medium preposition', () => {
    for (const text of ['وقال الوزير إن الحالات تراجعت، مشيراً', 'وقال الوزير إن الحالات تراجعت، مشيراً في', 'مؤكداً']) {
      const qs = findQuotes(text, []);
      assert.equal(qs.length, text.startsWith('وقال') ? 1 : 0);
      for (const q of qs) assert.ok(q.text.startsWith('الحالات تراجعت') && text.slice(q.start, q.end) === q.text);
    }
  });
  it('carries the speaker of a statement to the participle after it in the same sentence', () => {
    const text = 'وفي مستشفى الملك فهد، قال مصدر طبي إن الحالات تراجعت، مشيراً إلى أن الأسرّة متوفرة.';
    const qs = findQuotes(text, [ent(text, 'مستشفى الملك فهد', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.speaker?.text, q.speaker?.carried, q.cue?.text]), [
      ['مصدر طبي', false, 'قال'],
      ['مصدر طبي', true, 'مشيراً'],
    ]);
  });
});

describe('findQuotes: speakers who are part of a group', () => {
  it('takes a quantifier and its group as the speaker («عدد من», «أحد», «بعض», a number with %), and the group word later as the same; a survey is the medium', () => {
    const text =
      'وقال عدد من المزارعين في الوادي إن المحصول تضرر.\n\nوأضاف المزارعون أن الأسعار سترتفع.\n\nوأكد أحد التجار أن الطلب زاد. وحذر بعض الخبراء من تراجع المخزون.\n\nوأفاد 40٪ من المشاركين في الاستطلاع أن الخدمة تحسنت.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.text.split(' ')[0], q.speaker?.text, q.speaker?.carried, q.medium?.text ?? null]), [
      ['المحصول', 'عدد من المزارعين في الوادي', false, null],
      ['الأسعار', 'عدد من المزارعين في الوادي', true, null],
      ['الطلب', 'أحد التجار', false, null],
      ['تراجع', 'بعض الخبراء', false, null],
      ['الخدمة', '40٪ من المشاركين', false, 'في الاستطلاع'],
    ]);
  });
  it('takes a sound masculine plural in the nominative as the subject, and no singular noun ending in ون as a plural', () => {
    const text = 'وأكد مستهلكون أن الأسعار ارتفعت.';
    assert.equal(findQuotes(text, [])[0]?.speaker?.text, 'مستهلكون');
    // In construct the plural drops its ن: the officials speak, not the club.
    const c = 'وأشار مسؤولو النادي في وقت سابق إلى أنهم يتفاوضون مع اللاعب.';
    assert.equal(findQuotes(c, [])[0]?.speaker?.text, 'مسؤولو النادي');
    // «قانون» is no plural, so no group opens there; the law speaks as any noun subject does.
    const b = 'وقال سامي العتيبي إن العمل مستمر.\n\nوأكد قانون العمل الجديد أن الإجازة حق للعامل.';
    assert.deepEqual(findQuotes(b, [ent(b, 'سامي العتيبي', 'PERS')]).map((q) => q.speaker?.text), ['سامي العتيبي', 'قانون العمل الجديد']);
  });
  it('takes scripture cited after «قال تعالى» or «لقوله صلى الله عليه وسلم» as God\'s or the Prophet\'s words, and goes on with the preacher after them', () => {
    const text =
      'وقال الشيخ سعد الراشد في خطبة الجمعة إن الصدق واجب، وقال تعالى (( يا أيها الذين آمنوا اتقوا الله وكونوا مع الصادقين )) مبينا أن الكذب يهدم الثقة.\n\nوحذر النبي صلى الله عليه وسلم منه، لقوله صلى الله عليه وسلم إياكم والكذب فإنه يهدي إلى الفجور.\n\nوأضاف أن المجتمع يحتاج إلى القدوة.';
    assert.deepEqual(findQuotes(text, [ent(text, 'سعد الراشد', 'PERS')]).map((q) => [q.kind, q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null, q.speaker?.name ?? null, q.speaker?.carried ?? null, q.cue?.text]), [
      ['indirect', 'الصدق واجب', 'سعد الراشد', 'سعد الراشد', false, 'قال'],
      ['direct', 'يا أيها', 'تعالى', 'الله', false, 'قال'],
      ['indirect', 'الكذب يهدم', 'سعد الراشد', 'سعد الراشد', true, 'مبينا'],
      ['direct', 'إياكم والكذب', 'صلى الله عليه وسلم', 'الرسول', false, 'لقوله'],
      ['indirect', 'المجتمع يحتاج', 'سعد الراشد', 'سعد الراشد', true, 'أضاف'],
    ]);
    const b = 'وتذكر قوله تعالى: (إن مع العسر يسرا).';
    assert.deepEqual(findQuotes(b, []).map((q) => [q.text, q.speaker?.name ?? null, q.cue?.text]), [['إن مع العسر يسرا', 'الله', 'قوله']]);
  });
  it('carries the speaker past a preposition\'s phrase, reads «كتب» on an account as speech, keeps a quoted outlet with its sources, and ends a group before the one it spoke to', () => {
    const text =
      'وقالت سلمى النجار إن الحملة بدأت. وقالت بهذا الخصوص: «الطريق طويل».\n\nوكتب كرامبوس على حسابه في تويتر: «سنعود أقوى».\n\nوأكدت مصادر «الوطن» أن اللاعب وقع العقد.\n\nوقال مسؤول عسكري لوكالة فرانس برس إن الطائرة سقطت. وذكرت مصادر أمنية لـCNN أن المطار أغلق.';
    assert.deepEqual(findQuotes(text, [ent(text, 'سلمى النجار', 'PERS')]).map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null, q.speaker?.carried ?? null, q.cue?.text, q.medium?.text ?? null]), [
      ['الحملة بدأت', 'سلمى النجار', false, 'قالت', null],
      ['الطريق طويل', 'سلمى النجار', true, 'قالت', null],
      ['سنعود أقوى', 'كرامبوس', false, 'كتب', 'على حسابه في تويتر'],
      ['اللاعب وقع', 'مصادر «الوطن»', false, 'أكدت', null],
      ['الطائرة سقطت', 'مسؤول عسكري', false, 'قال', null],
      ['المطار أغلق', 'مصادر أمنية', false, 'ذكرت', null],
    ]);
    // A news outlet right after the verb, with someone named after it, is the one informed.
    const b = 'وأبلغ "الوطن" المحامي سامي الحداد، بأن المعتقلين سيفرج عنهم.';
    assert.deepEqual(findQuotes(b, [ent(b, 'الوطن', 'ORG'), ent(b, 'سامي الحداد', 'PERS')]).map((q) => q.speaker?.text ?? null), ['سامي الحداد']);
    // So is one in quotation marks, «ل» in front or not, with a group after it; the group speaks and goes on.
    const c = 'وقال لـ"الاقتصادية" مصدر أمني مطلع في الوزارة، إن الحدود آمنة. وأضاف المصدر أن الدوريات مستمرة.\n\nوأبلغ "الاقتصادية" مستثمرون، أن السيولة متوفرة.';
    assert.deepEqual(findQuotes(c, []).map((q) => q.speaker?.text ?? null), ['مصدر أمني مطلع في الوزارة', 'مصدر أمني مطلع في الوزارة', 'مستثمرون']);
  });
  it('points «الصحيفة» back to the outlet named after its head word, not to the words «صحيفة "…"»', () => {
    const text = 'وجهت اتهامات إلى ثلاثة رجال أعمال، حسبما أفادت صحيفة "الأفق الجديد" اليوم.\n\nوأوضحت الصحيفة أن المدعي العام وجه هذه الاتهامات.';
    assert.deepEqual(findQuotes(text, [ent(text, 'الأفق الجديد', 'ORG')]).map((q) => [q.speaker?.text ?? null, q.speaker?.canonical ?? null, q.speaker?.carried ?? null]), [
      ['الأفق الجديد', 'org:الأفق الجديد', false],
      ['الأفق الجديد', 'org:الأفق الجديد', true],
    ]);
  });
  it('takes the source an outlet learned from as the speaker, and no statement where the outlet learned on its own', () => {
    const text = 'وعلمت «الأفق» من مصادر مطلعة أن الاجتماع تأجل.\n\nعلمت «الأفق» أن الوزير سيزور المدينة.';
    assert.deepEqual(findQuotes(text, [ent(text, 'الأفق', 'ORG')]).map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null, q.cue?.text]), [['الاجتماع تأجل', 'مصادر مطلعة', 'علمت']]);
  });
  it('takes a report noun after a comma that ends the named subject as the statement («أعلن X، مقتل …»)', () => {
    const text = 'من ناحيته، أعلن قائد العمليات اللواء سامر الحداد، مقتل أربعة من المسلحين في شرق المدينة.';
    assert.deepEqual(findQuotes(text, [ent(text, 'سامر الحداد', 'PERS')]).map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text]), [['مقتل أربعة من المسلحين في شرق المدينة', 'سامر الحداد', 'أعلن']]);
  });
  it('ends a medium at a time or a word that ends a name', () => {
    const text = 'وقالت الوزارة في بيان صحافي اليوم إن المدارس ستفتح.\n\nوأكد سامي الحداد في تصريح صحفي عقب الزيارة أن العمل مستمر.';
    assert.deepEqual(findQuotes(text, [ent(text, 'سامي الحداد', 'PERS')]).map((q) => q.medium?.text ?? null), ['في بيان صحافي', 'في تصريح صحفي']);
  });
  it('reads the answers of an interview the article presents as the statements of the one interviewed, and leaves a column\'s questions alone', () => {
    const intro = 'بدأت سلمى الحداد عملها قبل عشر سنوات، وأصبحت الحداد خبيرة في التصميم.\n\nوفي هذا اللقاء تتحدث عن تجربتها.\n\n';
    const qa = 'متى بدأت العمل؟\n\nقبل عشر سنوات تقريبا.\n\nما أصعب ما واجهته؟\n\nقلة الدعم في البداية.\n\nما طموحك؟\n\nأن أفتح مشغلا كبيرا.';
    const text = intro + qa;
    const es = [ent(text, 'سلمى الحداد', 'PERS'), ent(text, 'الحداد', 'PERS', { canonical: 'pers:سلمى الحداد', name: 'سلمى الحداد' }, text.indexOf('وأصبحت'))];
    assert.deepEqual(findQuotes(text, es).map((q) => [q.text, q.speaker?.name ?? null, q.kind]), [
      ['قبل عشر سنوات تقريبا', 'سلمى الحداد', 'direct'],
      ['قلة الدعم في البداية', 'سلمى الحداد', 'direct'],
      ['أن أفتح مشغلا كبيرا', 'سلمى الحداد', 'direct'],
    ]);
    const column = 'بدأت سلمى الحداد عملها قبل عشر سنوات.\n\n' + qa;
    assert.deepEqual(findQuotes(column, [ent(column, 'سلمى الحداد', 'PERS')]), []);
  });
  it('gives a speaker the fullest role the article said of them anywhere', () => {
    const text = 'وقال وزير الصحة سامي الحداد إن اللقاحات وصلت.\n\nوفي سياق آخر، أكد الحداد أن المستشفيات جاهزة.';
    const es = [ent(text, 'سامي الحداد', 'PERS', { role: roleOf(text, 'وزير الصحة'), canonical: 'pers:سامي الحداد' }), ent(text, 'الحداد', 'PERS', { canonical: 'pers:سامي الحداد' }, text.indexOf('أكد'))];
    assert.deepEqual(findQuotes(text, es).map((q) => [q.speaker?.text ?? null, q.role?.text ?? null]), [
      ['سامي الحداد', 'وزير الصحة'],
      ['الحداد', 'وزير الصحة'],
    ]);
    // The fullest role the article gives, not a rank said at the statement.
    const b = 'وقال مدير المرور اللواء سامي الحداد إن الطرق مفتوحة.\n\nوقال اللواء الحداد إن الحملة مستمرة.';
    const bs = [ent(b, 'سامي الحداد', 'PERS', { role: roleOf(b, 'مدير المرور'), canonical: 'pers:سامي الحداد' }), ent(b, 'الحداد', 'PERS', { role: { text: 'اللواء', start: b.lastIndexOf('اللواء'), end: b.lastIndexOf('اللواء') + 6 }, canonical: 'pers:سامي الحداد' }, b.lastIndexOf('اللواء'))];
    assert.deepEqual(findQuotes(b, bs).map((q) => q.role?.text ?? null), ['مدير المرور', 'مدير المرور']);
    // An honorific before the office still finds the one who holds it.
    const c = 'واستقبل معالي مدير الأمن العام سامي الحداد الوفد.\n\nوقال معالي مدير الأمن إن الخطة جاهزة.';
    const cs = linkMentions(c, mentionsAt('PERS', c, 'سامي الحداد'), { scanAliases: false });
    assert.deepEqual(findQuotes(c, cs).map((q) => [q.speaker?.text ?? null, q.role?.text ?? null]), [['سامي الحداد', 'مدير الأمن العام']]);
  });
  it('reads a speech verb inside a clause after its own subject as a statement of that subject, and carries on the outer speaker', () => {
    const text = 'وقالت المصادر إن قائد الشرطة العقيد سامر الخطيب أبلغ اللجنة بأنه تلقى الأوامر.\n\nوأضافت أن الخطيب أكد أن القوات انسحبت.\n\nوأضافت أن الحكومة ستعلن الأسماء.';
    assert.deepEqual(findQuotes(text, [ent(text, 'سامر الخطيب', 'PERS')]).map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null, q.speaker?.carried ?? null, q.cue?.text]), [
      ['قائد الشرطة', 'المصادر', false, 'قالت'],
      ['تلقى الأوامر', 'سامر الخطيب', false, 'أبلغ'],
      ['الخطيب أكد', 'المصادر', true, 'أضافت'],
      ['القوات انسحبت', 'الخطيب', false, 'أكد'],
      ['الحكومة ستعلن', 'المصادر', true, 'أضافت'],
    ]);
  });
  it('takes a noun no list names, or a word the lexicon cannot read, after the verb as its subject; not an adverb, nor the words of respect of scripture cited', () => {
    const text =
      'وكشف تقرير البورصة أن التداول تراجع.\n\nوقال حاكما الولايتين إن الطرق أغلقت.\n\nوأوضح كرامبوس، أن المشروع تأخر.\n\nوقال مجدداً إن الحل قريب.\n\nوقال صلى الله عليه وسلم: «الدين النصيحة».';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.text.split(' ')[0], q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['التداول', 'تقرير البورصة', false],
      ['الطرق', 'حاكما الولايتين', false],
      ['المشروع', 'كرامبوس', false],
      ['الحل', 'كرامبوس', true],
      ['الدين', 'صلى الله عليه وسلم', false],
    ]);
  });
  it('does not take a quantifier after a verb that may take an object before its complement as more than its group, nor «جميع»', () => {
    const text = 'وقال وزير الصحة فهد السالم إن الحملة بدأت.\n\nودعا جميع المواطنين إلى التطعيم.';
    const qs = findQuotes(text, [ent(text, 'فهد السالم', 'PERS')]);
    assert.deepEqual(qs.map((q) => q.speaker?.text), ['فهد السالم', 'فهد السالم']);
  });
  it('reads a report noun as the verb\'s object and its statement («أعلن الجيش مقتل …»), right after the subject only', () => {
    const text = 'وأعلن الجيش الأردني مقتل ثلاثة مسلحين قرب الحدود.\n\nوأكد وزير الداخلية سمير المبيضين ضرورة التعاون مع الأهالي.\n\nوكشف الباحث القوانين التي تحكم الظواهر في نموها وتطورها.';
    const qs = findQuotes(text, [ent(text, 'سمير المبيضين', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text, q.kind, q.speaker?.text, q.cue?.text]), [
      ['مقتل ثلاثة مسلحين قرب الحدود', 'indirect', 'الجيش الأردني', 'أعلن'],
      ['ضرورة التعاون مع الأهالي', 'indirect', 'سمير المبيضين', 'أكد'],
    ]);
  });
  it('reads any noun without the article right after a named subject (or its comma) as the object, not a role, a time («صباح») or a word with و', () => {
    const text =
      'وأكدت هيئة الرقابة ظهور حالات جديدة في المزرعة.\n\nوأعلن هاني الخطيب عضو اللجنة أن التصويت انتهى.\n\nوتوقع هاني الخطيب صباح الأحد عودة الهدوء.\n\nوأعلنت هيئة الرقابة وأكدت أن العمل مستمر.\n\nوأوضحت لجنة المياه، تطبيق النظام الجديد.';
    const qs = findQuotes(text, [ent(text, 'هيئة الرقابة', 'ORG'), ent(text, 'هاني الخطيب', 'PERS'), ent(text, 'هاني الخطيب', 'PERS', {}, 60), ent(text, 'هيئة الرقابة', 'ORG', {}, 80), ent(text, 'لجنة المياه', 'ORG')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text, q.cue?.text]), [
      ['ظهور حالات', 'هيئة الرقابة', 'أكدت'],
      ['التصويت انتهى', 'هاني الخطيب', 'أعلن'],
      ['العمل مستمر', 'هيئة الرقابة', 'أكدت'],
      // After the subject's comma too.
      ['تطبيق النظام', 'لجنة المياه', 'أوضحت'],
    ]);
  });
  it('reads an attribution that closes a sentence («…، بحسب تقارير.», «…، حسبما أعلن X»), not one that names no source; «وأضاف» goes on with the speaker before it', () => {
    const text =
      'وقال وزير النقل خالد الراشد إن الخط سيعود للعمل قريبا.\n\nوكان عامل قد قتل في هجوم على الخط شرق البلاد، بحسب تقارير.\n\nوأضاف أن التحقيق مستمر.\n\nوأحالت النيابة العامة 41 شخصا إلى القضاء، حسبما أعلن النائب العام سالم كبيش.\n\nوتم طهي الطعام وفق الطرق الصحية المتبعة.';
    const qs = findQuotes(text, [ent(text, 'خالد الراشد', 'PERS'), ent(text, 'سالم كبيش', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.kind, q.speaker?.text ?? null, q.cue?.text]), [
      ['الخط سيعود', 'indirect', 'خالد الراشد', 'قال'],
      ['وكان عامل', 'indirect', 'تقارير', 'بحسب'],
      ['التحقيق مستمر', 'indirect', 'خالد الراشد', 'أضاف'],
      ['وأحالت النيابة', 'indirect', 'سالم كبيش', 'حسبما أعلن'],
    ]);
  });
  it('reads the source an attribution\'s «ل» is joined to («وفقا لجمعية …»), a quoted name after «لـ», an issuer after what was said («بحسب تعداد لوكالة …»), and a source that ends at a comma before a clause with و', () => {
    const text = [
      'ويموت آلاف الأشخاص كل عام بسبب أمراض القلب، وفقا لجمعية القلب الوطنية.',
      'وارتفعت الأسعار في الأسواق المحلية خلال الشهر الماضي، وفقاً لـ“الميدان”.',
      'وقتل أكثر من مئة شخص في المعارك منذ مايو، بحسب تعداد لوكالة الأنباء الوطنية.',
      'وتراجعت البطالة في البلاد خلال العام الماضي بحسب البنك المركزي، وتحسنت الأجور.',
      // A name further in is no source inside the sentence, nor is a word that names no one.
      'وانضم اللاعب إلى معسكر الفريق لموسمين وفق ما تم الاتفاق عليه مع إدارة النادي، وبذلك اكتمل العقد.',
      'وتطورت الأسواق في المنطقة خلال السنوات الماضية - وفقا لذلك - احتياجاتها.',
      // Opening the sentence as well.
      'ووفقا لجمعية القلب الوطنية، فإن المرض يصيب الشباب أيضا.',
    ].join('\n\n');
    const es = [ent(text, 'جمعية القلب الوطنية', 'ORG'), ent(text, 'الميدان', 'ORG'), ent(text, 'وكالة الأنباء الوطنية', 'ORG'), ent(text, 'البنك المركزي', 'ORG'), ent(text, 'إدارة النادي', 'ORG'), ent(text, 'جمعية القلب الوطنية', 'ORG', {}, text.lastIndexOf('جمعية'))];
    assert.deepEqual(findQuotes(text, es).map((q) => [q.text.split(' ').slice(0, 2).join(' '), q.speaker?.text ?? null, q.cue?.text, q.medium?.text ?? null]), [
      ['ويموت آلاف', 'جمعية القلب الوطنية', 'وفقا ل', null],
      ['وارتفعت الأسعار', 'الميدان', 'وفقاً لـ', null],
      ['وقتل أكثر', 'وكالة الأنباء الوطنية', 'بحسب', 'تعداد'],
      ['وتراجعت البطالة', 'البنك المركزي', 'بحسب', null],
      ['المرض يصيب', 'جمعية القلب الوطنية', 'وفقا ل', null],
    ]);
  });
  it('takes a document for its issuer: «بيان X» heading the subject, «البيان» after «في بيان» or «للبيان الصادر من X»', () => {
    const text =
      'وقالت وزارة الداخلية التونسية إن قواتها اعتقلت 16 شخصا.\n\nوتابع بيان الداخلية التونسية: «بادر العنصر الفار بإطلاق النار على الوحدات».\n\nوقال النادي الأهلي في بيان على موقعه إن اللاعب وقع عقدا جديدا.\n\nوأضاف البيان أن العقد يمتد أربعة مواسم.\n\nووفقا للبيان الصادر من الاتحاد الآسيوي لكرة القدم، فإن الاجتماع ناقش الديون.\n\nوأشار البيان إلى أن العقوبات ستبدأ بتحذير.';
    const es = [ent(text, 'وزارة الداخلية التونسية', 'ORG'), ent(text, 'النادي الأهلي', 'ORG'), ent(text, 'الاتحاد الآسيوي لكرة القدم', 'ORG')];
    assert.deepEqual(findQuotes(text, es).map((q) => q.speaker?.text), ['وزارة الداخلية التونسية', 'وزارة الداخلية التونسية', 'النادي الأهلي', 'النادي الأهلي', 'الاتحاد الآسيوي لكرة القدم', 'الاتحاد الآسيوي لكرة القدم']);
  });
  it('takes a document for its issuer past a word of issuing («بيان صدر عن X», «دراسة حديثة أجراها X») or a clitic («بيان للأمم المتحدة»)', () => {
    const text =
      'وأعلن بيان صدر عن مكتب محافظ الإقليم أمس أن الطريق أغلق.\n\nوأشارت دراسة حديثة أجراها صندوق التنمية العربي إلى أن الإنتاج سيرتفع.\n\nوأكدت الدراسة أن الأسعار ستتراجع.\n\nوقال بيان للأمم المتحدة إن الجوع يزداد.';
    // The tagger's mention of «للأمم المتحدة» starts after the preposition's ل.
    const es = [ent(text, 'مكتب محافظ الإقليم', 'ORG'), ent(text, 'صندوق التنمية العربي', 'ORG'), ent(text, 'لأمم المتحدة', 'ORG', { name: 'الأمم المتحدة' })];
    assert.deepEqual(findQuotes(text, es).map((q) => q.speaker?.name), ['مكتب محافظ الإقليم', 'صندوق التنمية العربي', 'صندوق التنمية العربي', 'الأمم المتحدة']);
  });
  it('reads no missed name after a role that follows a person\'s name: the role is that person\'s, and a title later finds them', () => {
    const text = 'رحب الدكتور نادر الفهمي الأمين العام لاتحاد الغرف بإعلان القاهرة.\n\nوقال الأمين العام للاتحاد في ختام تصريحاته إن العلاقات متينة.';
    const qs = findQuotes(text, [ent(text, 'نادر الفهمي', 'PERS')]);
    assert.deepEqual(qs.map((q) => q.speaker?.text ?? null), ['نادر الفهمي']);
  });
  it('reads a name the tagger missed before its role after the outlet spoken to («صرح لـ”…” X الناطق …»), and carries it', () => {
    const text = 'صرح لـ”صحيفة الغد” عواد الهاجري الناطق الإعلامي لصحة المنطقة بأن التحقيق جار، وأضاف أن النتائج ستعلن.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['عواد الهاجري', false],
      ['عواد الهاجري', true],
    ]);
  });
  it('takes a role as subject for the person whose name it followed with no comma («عبدالمنعم السيد مدير مركز …»)', () => {
    const text = 'توقع الدكتور عبدالمنعم السيد مدير مركز القاهرة للدراسات أن ترتفع الإيرادات.\n\nوقال مدير مركز القاهرة للدراسات في دراسة له إن الاستثمار سيزيد.';
    const qs = findQuotes(text, [ent(text, 'عبدالمنعم السيد', 'PERS')]);
    assert.deepEqual(qs.map((q) => [q.text.split(' ')[0], q.speaker?.text, q.speaker?.carried]), [
      ['ترتفع', 'عبدالمنعم السيد', false],
      ['الاستثمار', 'عبدالمنعم السيد', true],
    ]);
  });
  it('reads «علي» written with ي after a role as a name the tagger missed, and «على» as the preposition', () => {
    const text = 'وقال قائد القوات الفريق علي غيدان إن الانسحاب تم بأمر.\n\nوقال وزير الخارجية على هامش المؤتمر إن الحوار مستمر.';
    const qs = findQuotes(text, []);
    assert.equal(qs[0]?.speaker?.text, 'علي غيدان');
    assert.equal(qs[1]?.speaker?.type ?? null, null);
    assert.ok(qs[1]?.speaker?.text.startsWith('وزير الخارجية'));
  });
  it('reads a name the tagger missed after a word that describes a person («الطفلة», «المواطن»), and carries it on', () => {
    const text = 'وتقول الطفلة ريم الحربي إنها تعلمت الرسم في المعرض، مؤكدة أن الركن أعجبها.\n\nوقال المواطن سامي القحطاني إن الطريق مزدحم.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['ريم الحربي', false],
      ['ريم الحربي', true],
      ['سامي القحطاني', false],
    ]);
  });
  it('takes a name the tagger missed set off by commas after a role that goes on with a prepositional noun, one that opens with the article too', () => {
    const text = 'من جهته، قال وزير العدل بالحكومة الشرعية، المبروك قريرة، إن المحاكمة باطلة.\n\nوقال وزير الداخلية التونسي ناجم الغرسلي، في تصريح، إن الأمن تحسن.\n\nوقال وزير المالية، الثلاثاء الماضي، إن العجز تراجع.';
    // A role with no name after it is an unnamed speaker, its words up to the comma.
    assert.deepEqual(findQuotes(text, []).map((q) => q.speaker?.text ?? null), ['المبروك قريرة', 'ناجم الغرسلي', 'وزير المالية']);
  });
  it('takes a subject set off by an apposition between commas before «قد» and the verb; a person set off after an organisation is the subject', () => {
    let text = 'قال المدير ماجد العلي إن الأرباح زادت.\n\nوكان سالم العتيبي، رئيس مجلس الإدارة، قد أكد أن الشركة رابحة.';
    let es = [ent(text, 'ماجد العلي', 'PERS'), ent(text, 'سالم العتيبي', 'PERS')];
    assert.deepEqual(findQuotes(text, es).map((q) => [q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['ماجد العلي', false],
      ['سالم العتيبي', false],
    ]);
    text = 'وأعرب مدير مركز الأمل للتنمية، الدكتور سامي الربيع، عن سعادته بالافتتاح، مؤكدا أن المركز جاهز.';
    es = [ent(text, 'مركز الأمل للتنمية', 'ORG'), ent(text, 'سامي الربيع', 'PERS')];
    assert.deepEqual(findQuotes(text, es).map((q) => q.speaker?.text ?? null), ['سامي الربيع']);
  });
  it('reads «وكان» after a comma as the opening of a clause whose subject comes before its verb, past an entity earlier in the sentence', () => {
    // The sentence's first entity («مجلس الشورى») is no subject of the verb.
    const text = 'قال المدير ماجد العلي إن الأرباح زادت.\n\nومن المنتظر أن يصادق مجلس الشورى على النظام اليوم، وكان سالم العتيبي، رئيس مجلس الإدارة، قد أكد أن الشركة رابحة.';
    const es = [ent(text, 'ماجد العلي', 'PERS'), ent(text, 'مجلس الشورى', 'ORG'), ent(text, 'سالم العتيبي', 'PERS')];
    assert.deepEqual(findQuotes(text, es).map((q) => [q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['ماجد العلي', false],
      ['سالم العتيبي', false],
    ]);
  });
  it('reads a masculine nisba after a feminine definite head as another noun\'s adjective when it points a definite subject back («وزير الخارجية السعودي» is no «الخارجية»)', () => {
    const text = 'أعلنت الخارجية الروسية أن الوفد وصل.\n\nوالتقى وزير الخارجية السعودي بنظيره أمس.\n\nوقالت الخارجية إن اللقاء كان مثمرا.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['الخارجية الروسية', false],
      ['الخارجية الروسية', true],
    ]);
  });
  it('ends a speaker\'s words before the participle of affiliation («التابعة لـ…»)', () => {
    const text = 'وقالت قناة المنار التابعة لحزب الله إن الهجوم فشل.\n\nوقال مسؤول في لجنة الاحتراف التابعة للاتحاد إن الحوالات وصلت.';
    assert.deepEqual(findQuotes(text, []).map((q) => q.speaker?.text ?? null), ['قناة المنار', 'مسؤول في لجنة الاحتراف']);
  });
  it('ends a clause where a verb joined by و, a comma or a particle opens its own complement, and starts that statement there', () => {
    const texts = [
      'وأكد الوزير أن الفكرة رائدة، متمنيا للجميع التوفيق والسداد وأكد على أهمية تقديم الخدمات للزوار.',
      'وأكد الجانبان أهمية وحدة العراق وأمنه، كما أكد الجانبان رفضهما القاطع للتدخل في الشؤون الداخلية.',
      'وقال المدير إن العمل مستمر في المشروع مشيرا إلى وجود خطة جديدة للصيانة.',
    ];
    assert.deepEqual(texts.map((t) => findQuotes(t, []).map((q) => [q.text, q.cue?.text])), [
      [['الفكرة رائدة، متمنيا للجميع التوفيق والسداد', 'أكد'], ['أهمية تقديم الخدمات للزوار', 'أكد']],
      [['أهمية وحدة العراق وأمنه', 'أكد'], ['رفضهما القاطع للتدخل في الشؤون الداخلية', 'أكد']],
      [['العمل مستمر في المشروع', 'قال'], ['وجود خطة جديدة للصيانة', 'مشيرا']],
    ]);
  });
  it('reads «يبلغ» and «تبلغ» as «amounts to», no speech verb; «أبلغ» in the perfect stays one', () => {
    assert.deepEqual(findQuotes('وتمتد الحدود بين البلدين يبلغ طولها نحو 800 كلم ساهمت بشكل رئيسي في نمو الحركات المسلحة، ذلك أن آلاف المتطوعين عبروا منها.', []), []);
    assert.deepEqual(findQuotes('وأبلغ المتحدث الصحفيين أن الاجتماع انتهى.', []).map((q) => q.text), ['الاجتماع انتهى']);
  });
  it('reads «وبحسب X فإن …» with no comma after the source when the source is a noun phrase', () => {
    const texts = ['تراجع الطلب الصناعي في يونيو.\n\nوبحسب وزارة الاقتصاد الألمانية فإن الاتجاه العام للطلب يتجه نحو الارتفاع.', 'وتقع الجبال في المنطقة. وبحسب مواقع يمنية فإنه تم إنشاء قاعدة عسكرية في منطقة الجبال.'];
    assert.deepEqual(texts.map((t) => findQuotes(t, []).map((q) => [q.text, q.speaker?.text])), [
      [['الاتجاه العام للطلب يتجه نحو الارتفاع', 'وزارة الاقتصاد الألمانية']],
      [['تم إنشاء قاعدة عسكرية في منطقة الجبال', 'مواقع يمنية']],
    ]);
  });
  it('goes on from a participle with the person named after the verb of the clause a particle opened after the last statement («فيما أشاد X …، موضحاً»)', () => {
    const text = 'وقال عبدالله الحربي إن المهرجان ناجح، فيما أشاد سالم العتيبي بفعاليات المجمع، موضحاً أن العائلات تفضل المجمعات.';
    const es = [ent(text, 'عبدالله الحربي', 'PERS'), ent(text, 'سالم العتيبي', 'PERS')];
    assert.deepEqual(findQuotes(text, es).map((q) => [q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['عبدالله الحربي', false],
      ['سالم العتيبي', false],
    ]);
  });
  it('takes the words between «كان» and the verb as its subject, of any number («وكان قائد عسكري ميداني يمني قال …»)', () => {
    const text = 'قال المتحدث إن الهجوم فشل.\n\nوكان قائد عسكري ميداني يمني قال لبي بي سي إن القوات تقدمت.\n\nوكانت صحف أرجنتينية أكدت أن اللاعب وصل.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['المتحدث', false],
      ['قائد عسكري ميداني يمني', false],
      ['صحف أرجنتينية', false],
    ]);
  });
  it('reads a name the tagger missed after a feminine role head («المساعدة للشؤون التعليمية آمنة الغامدي»)', () => {
    const text = 'وأشارت المساعدة للشؤون التعليمية آمنة الغامدي إلى أن وزارة التعليم حددت العام الدراسي.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.speaker?.text ?? null, q.role?.text ?? null]), [['آمنة الغامدي', 'المساعدة للشؤون التعليمية']]);
  });
  it('keeps a given name spelled like a preposition after a name\'s particle in a name the tagger missed («أحمد بن علي إن»)', () => {
    const text = 'وقال رئيس الاتفاق المكلف أحمد بن علي إن بشير مهاجم جيد.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.speaker?.text ?? null, q.role?.text ?? null]), [['أحمد بن علي', 'رئيس الاتفاق المكلف']]);
  });
  it('ends the subject carried from a sentence before an indefinite accusative, the verb\'s object («وباعت المؤسسة | عددا أكبر»)', () => {
    const text = 'وأعلنت مؤسسة الاستثمارات المالية البريطانية أنها باعت الأسهم.\n\nوباعت المؤسسة عددا أكبر مما كانت تنوي بيعه بعد أن قالت أمس إنها تريد بيع 600 مليون سهم.';
    assert.deepEqual(findQuotes(text, []).map((q) => [q.speaker?.text ?? null, q.speaker?.carried ?? null]), [
      ['مؤسسة الاستثمارات المالية البريطانية', false],
      ['مؤسسة الاستثمارات المالية البريطانية', true],
    ]);
  });
  it('reads «عدم ذكر اسمه» as a verbal noun, no speech verb, and ends a source\'s words at a participle of state («طالبا», «مفضلا»)', () => {
    const texts = [
      'وذكر مصدر أمني في المدينة طالبا عدم كشف هويته، أنه عند الساعة 19.45 قام رجل بإلقاء قنبلة.',
      'وقال مسؤول في الوزارة، طالبا عدم ذكر اسمه، إن الاجتماع تأجل.',
      'وقال مسؤول في الوزارة مفضلا عدم ذكر اسمه إن الاجتماع تأجل.',
    ];
    assert.deepEqual(texts.map((t) => findQuotes(t, []).map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null])), [
      [['مصدر أمني في المدينة', 'ذكر']],
      [['مسؤول في الوزارة', 'قال']],
      [['مسؤول في الوزارة', 'قال']],
    ]);
  });
});
