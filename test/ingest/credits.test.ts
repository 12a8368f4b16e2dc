import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RasdError } from '../../src/errors.js';
import { defaultAgencies, findTrailingCredit, identifyCredit, parseAgencies, STAFF, type Agency } from '../../src/ingest/credits.js';
import { anyText } from '../helpers/arbitraries.js';

// Invented caption sentences (no real article text).
const CAPTIONS = [
  'متطوعون يزرعون أشجار الزيتون على سفح التل',
  'صيادون يعودون إلى الميناء عند الغروب',
  'طلاب يحتفلون بتخرجهم في ساحة الجامعة أمس',
  'الوزيرُ يُصافِحُ أعضاءَ الوفدِ الزائر',
  'جانب من السوق القديمة قبل العيد بيومين',
  'عمال يرممون واجهة المبنى التاريخي',
  'منظر للمدينة من أعلى البرج عام 2019',
  'قارب صغير في البحيرة',
];

describe('findTrailingCredit: agencies as written', () => {
  // [line, code or null, the credit text as found]
  const table: Array<[string, string | null, string?]> = [
    ['صيادون يعودون إلى الميناء (أ.ف.ب)', 'AFP', '(أ.ف.ب)'],
    ['صيادون يعودون إلى الميناء (ا ف ب)', 'AFP', '(ا ف ب)'],
    ['صيادون يعودون إلى الميناء (أ ف ب)', 'AFP', '(أ ف ب)'],
    ['صيادون يعودون إلى الميناء (أ. ف. ب)', 'AFP', '(أ. ف. ب)'],
    ['صيادون يعودون إلى الميناء (فرانس برس)', 'AFP', '(فرانس برس)'],
    ['صيادون يعودون إلى الميناء (وكالة الصحافة الفرنسية)', 'AFP', '(وكالة الصحافة الفرنسية)'],
    ['صيادون يعودون إلى الميناء (AFP)', 'AFP', '(AFP)'],
    ['صيادون يعودون إلى الميناء (afp)', 'AFP', '(afp)'],
    ['طفل يلوّح بعلم صغير (أ.ب)', 'AP', '(أ.ب)'],
    ['طفل يلوّح بعلم صغير (أ ب)', 'AP', '(أ ب)'],
    ['طفل يلوّح بعلم صغير (ا ب)', 'AP', '(ا ب)'],
    ['طفل يلوّح بعلم صغير (أسوشييتد برس)', 'AP', '(أسوشييتد برس)'],
    ['طفل يلوّح بعلم صغير (اسوشيتد برس)', 'AP', '(اسوشيتد برس)'],
    ['طفل يلوّح بعلم صغير (AP)', 'AP', '(AP)'],
    ['عمال يرممون الجسر (رويترز)', 'REUTERS', '(رويترز)'],
    ['عمال يرممون الجسر (Reuters)', 'REUTERS', '(Reuters)'],
    ['عمال يرممون الجسر (REUTERS)', 'REUTERS', '(REUTERS)'],
    ['عمال يرممون الجسر (د.ب.أ)', 'DPA', '(د.ب.أ)'],
    ['عمال يرممون الجسر (د ب أ)', 'DPA', '(د ب أ)'],
    ['عمال يرممون الجسر (dpa)', 'DPA', '(dpa)'],
    ['عمال يرممون الجسر (إ.ب.أ)', 'EPA', '(إ.ب.أ)'],
    ['عمال يرممون الجسر (إي بي إيه)', 'EPA', '(إي بي إيه)'],
    ['عمال يرممون الجسر (EPA-EFE)', 'EPA', '(EPA-EFE)'],
    ['عمال يرممون الجسر (غيتي)', 'GETTY', '(غيتي)'],
    ['عمال يرممون الجسر (جيتي)', 'GETTY', '(جيتي)'],
    ['عمال يرممون الجسر (غيتي إيميجز)', 'GETTY', '(غيتي إيميجز)'],
    ['عمال يرممون الجسر (Getty Images)', 'GETTY', '(Getty Images)'],
    ['قارب في البحيرة (الأناضول)', 'ANADOLU', '(الأناضول)'],
    ['قارب في البحيرة (وكالة الأناضول)', 'ANADOLU', '(وكالة الأناضول)'],
    ['قارب في البحيرة (Anadolu)', 'ANADOLU', '(Anadolu)'],
    ['قارب في البحيرة (شينخوا)', 'XINHUA', '(شينخوا)'],
    ['قارب في البحيرة (Xinhua)', 'XINHUA', '(Xinhua)'],
    ['قارب في البحيرة (واس)', 'SPA', '(واس)'],
    ['قارب في البحيرة (وكالة الأنباء السعودية)', 'SPA', '(وكالة الأنباء السعودية)'],
    ['قارب في البحيرة (SPA)', 'SPA', '(SPA)'],
    ['قارب في البحيرة (سانا)', 'SANA', '(سانا)'],
    ['قارب في البحيرة (SANA)', 'SANA', '(SANA)'],
    ['قارب في البحيرة (قنا)', 'QNA'],
    ['قارب في البحيرة (وام)', 'WAM'],
    ['قارب في البحيرة (كونا)', 'KUNA'],
    ['قارب في البحيرة (أ ش أ)', 'MENA'],
    ['قارب في البحيرة (بترا)', 'PETRA'],
    ['قارب في البحيرة (و.م.ع)', 'MAP'],
    ['قارب في البحيرة (لاماب)', 'MAP'],
    ['قارب في البحيرة (وات)', 'TAP'],
    ['قارب في البحيرة (واج)', 'APS'],
    ['قارب في البحيرة (الوكالة الوطنية للإعلام)', 'NNA'],
    ['قارب في البحيرة (إرنا)', 'IRNA'],
    ['قارب في البحيرة (يو بي آي)', 'UPI'],
    ['قارب في البحيرة (إفي)', 'EFE'],
    ['قارب في البحيرة (سبوتنيك)', 'SPUTNIK'],
    ['قارب في البحيرة (تاس)', 'TASS'],
    ['قارب في البحيرة (Shutterstock)', 'SHUTTERSTOCK'],
    ['قارب في البحيرة (AA)', 'ANADOLU'],
  ];
  for (const [line, code, text] of table) {
    it(`${line} → ${code}`, () => {
      const f = findTrailingCredit(line);
      assert.equal(f?.credit.code ?? null, code);
      if (text !== undefined) assert.equal(f?.text, text);
      if (f) assert.equal(line.slice(f.start, f.end), f.text);
    });
  }
});

describe('findTrailingCredit: the nasty cases', () => {
  // [line, expected credit or null, the credit text as found]
  const table: Array<[string, { code: string; label: string } | null, string?]> = [
    // forms of the tail
    ['مبنى البلدية بعد ترميمه - (إ.ب.أ)', { code: 'EPA', label: 'إ.ب.أ' }, '- (إ.ب.أ)'],
    ['مبنى البلدية بعد ترميمه -(رويترز)', { code: 'REUTERS', label: 'رويترز' }, '-(رويترز)'],
    ['سفينة شحن تعبر القناة - أ ف ب', { code: 'AFP', label: 'أ.ف.ب' }, '- أ ف ب'],
    ['سفينة شحن تعبر القناة — رويترز', { code: 'REUTERS', label: 'رويترز' }, '— رويترز'],
    ['سفينة شحن تعبر القناة [رويترز]', { code: 'REUTERS', label: 'رويترز' }, '[رويترز]'],
    ['(رويترز)', { code: 'REUTERS', label: 'رويترز' }, '(رويترز)'],
    // blanks, bidi marks, a full stop, harakat and tatweel
    ['جسر معلق فوق النهر (أ.ف.ب)\u200F  ', { code: 'AFP', label: 'أ.ف.ب' }, '(أ.ف.ب)'],
    ['جسر معلق فوق النهر (\u200Fأ.ف.ب\u200F) \u200E', { code: 'AFP', label: 'أ.ف.ب' }, '(\u200Fأ.ف.ب\u200F)'],
    ['سوق شعبية قبل العيد (رويترز).', { code: 'REUTERS', label: 'رويترز' }, '(رويترز)'],
    ['سوق شعبية قبل العيد (رُويتَرز)', { code: 'REUTERS', label: 'رويترز' }, '(رُويتَرز)'],
    ['سوق شعبية قبل العيد (أَ.فَ.بْ)', { code: 'AFP', label: 'أ.ف.ب' }, '(أَ.فَ.بْ)'],
    ['سوق شعبية قبل العيد (رويـــترز)', { code: 'REUTERS', label: 'رويترز' }, '(رويـــترز)'],
    ['سوق شعبية قبل العيد (A.F.P.)', { code: 'AFP', label: 'أ.ف.ب' }, '(A.F.P.)'],
    // several credits: the first agency
    ['لاعبون يتدربون تحت المطر (AFP/Getty Images)', { code: 'AFP', label: 'أ.ف.ب' }],
    ['لاعبون يتدربون تحت المطر (أ.ف.ب - غيتي)', { code: 'AFP', label: 'أ.ف.ب' }],
    ['لاعبون يتدربون تحت المطر (غيتي/أ.ف.ب)', { code: 'GETTY', label: 'غيتي' }],
    ['لاعبون يتدربون تحت المطر (AFP via Getty Images)', { code: 'AFP', label: 'أ.ف.ب' }],
    ['لاعبون يتدربون تحت المطر (رويترز وأ.ف.ب)', { code: 'REUTERS', label: 'رويترز' }],
    ['لاعبون يتدربون تحت المطر (أرشيفية - رويترز)', { code: 'REUTERS', label: 'رويترز' }],
    ['لاعبون يتدربون تحت المطر (رويترز/ سامي حداد)', { code: 'REUTERS', label: 'رويترز' }],
    ['لاعبون يتدربون تحت المطر (EPA-EFE/ Sami Haddad)', { code: 'EPA', label: 'إ.ب.أ' }],
    // a word that introduces the credit
    ['حقل قمح قبل الحصاد (صورة: رويترز)', { code: 'REUTERS', label: 'رويترز' }],
    ['حقل قمح قبل الحصاد (الصورة من أ ف ب)', { code: 'AFP', label: 'أ.ف.ب' }],
    ['حقل قمح قبل الحصاد (Photo: AFP)', { code: 'AFP', label: 'أ.ف.ب' }],
    ['حقل قمح قبل الحصاد (تصوير: رويترز)', { code: 'REUTERS', label: 'رويترز' }],
    // the outlet's own photographers
    ['زوار في المعرض (تصوير: سامر الخطيب)', { code: STAFF, label: 'تصوير: سامر الخطيب' }, '(تصوير: سامر الخطيب)'],
    ['زوار في المعرض (تصوير سامر)', { code: STAFF, label: 'تصوير سامر' }],
    ['زوار في المعرض (عدسة: ليلى حداد)', { code: STAFF, label: 'عدسة: ليلى حداد' }],
    ['زوار في المعرض (خاص)', { code: STAFF, label: 'خاص' }],
    ['زوار في المعرض (Photo: Sami Haddad)', { code: STAFF, label: 'Photo: Sami Haddad' }],
    ['زوار في المعرض («الشرق الأوسط»)', { code: STAFF, label: 'الشرق الأوسط' }, '(«الشرق الأوسط»)'],
    ['زوار في المعرض (الشرق الأوسط)', { code: STAFF, label: 'الشرق الأوسط' }],
    ['زوار في المعرض «الشرق الأوسط»', { code: STAFF, label: 'الشرق الأوسط' }, '«الشرق الأوسط»'],
    ['زوار في المعرض («رصد»)', { code: STAFF, label: 'رصد' }],
    ['زوار في المعرض - «رصد»', { code: STAFF, label: 'رصد' }, '- «رصد»'],
    // brackets that are not credits
    ['تظاهرة في العاصمة في 4 شباط (فبراير)', null],
    ['تظاهرة في العاصمة في 4 أغسطس (آب)', null], // آب is August, not أ ب
    ['شاطئ مدينة (دبا)', null], // a town, not د ب أ
    ['الفائز بالسباق (الثلاثاء)', null],
    ['الفائز بالسباق (15 عاماً)', null],
    ['الفائز بالسباق (يمين)', null],
    ['الفائز بالسباق (أرشيفية)', null],
    ['الفائز بالسباق (صورة أرشيفية)', null],
    ['الفائز بالسباق (خاصة)', null],
    ['الفائز بالسباق (صورة تصويرية)', null],
    ['الفائز بالسباق (قال مسؤول لرويترز إن الطريق أعيد فتحه أمس بعد إغلاق دام ثلاثة أيام كاملة)', null],
    // quotations and mentions that are not credits
    ['لافتة كتب عليها «لا للحرب»', null],
    ['لاعب شاب يتحدث إلى «الشرق الأوسط»', null],
    ['مسؤول يتحدث لـ«رويترز»', null],
    ['وأشاد المدرب بالفريق، مؤكداً أنه «استحق اللقب عن جدارة».', null],
    // no credit at the end
    ['صورة (أ.ف.ب) من الحفل الختامي', null],
    ['جانب من الحفل (أ.ف.ب', null],
    ['جانب من الحفل)', null],
    ['طريق القاهرة - الإسكندرية', null],
    ['القاهرة - خاص: بدأت اليوم أعمال المؤتمر السنوي للطاقة المتجددة', null],
    ['لندن - «رصد»: ارتفعت الأسعار', null],
    ['انتهت المباراة بنتيجة 2 - 1', null],
    ['', null],
    ['  \u200F ', null],
  ];
  for (const [line, credit, text] of table) {
    it(JSON.stringify(line), () => {
      const f = findTrailingCredit(line);
      assert.deepEqual(f?.credit ?? null, credit);
      if (text !== undefined) assert.equal(f?.text, text);
      if (f) assert.equal(line.slice(f.start, f.end), f.text);
    });
  }
});

describe('identifyCredit', () => {
  const table: Array<[string, string | null]> = [
    ['أ.ف.ب', 'AFP'],
    ['(أ.ف.ب)', 'AFP'],
    ['[ رويترز ]', 'REUTERS'],
    ['AFP/Getty', 'AFP'],
    ['Getty Images via AFP', 'GETTY'],
    ['تصوير: أحمد فتحي', STAFF],
    ['الصورة: خاص', STAFF],
    ['أ ب', 'AP'],
    ['آب', null],
    ['د ب أ', 'DPA'],
    ['دبا', null],
    ['و م ع', 'MAP'],
    ['ومع', null],
    ['وكالة أنباء الشرق الأوسط', 'MENA'],
    ['الشرق الأوسط', STAFF],
    ['رويترز ', 'REUTERS'],
    ['', null],
    ['()', null],
    ['«»', null],
    ['شباط', null],
  ];
  for (const [text, code] of table) {
    it(`${JSON.stringify(text)} → ${code}`, () => assert.equal(identifyCredit(text)?.code ?? null, code));
  }

  it('uses a table handed in instead of the bundled one', () => {
    const own: Agency[] = [{ code: 'RASD', label: 'رصد', english: 'Rasd', variants: ['ر.ص.د'] }];
    assert.deepEqual(identifyCredit('(ر ص د)', own), { code: 'RASD', label: 'رصد' });
    assert.deepEqual(identifyCredit('Rasd', own), { code: 'RASD', label: 'رصد' });
    assert.equal(identifyCredit('أ.ف.ب', own), null);
    assert.deepEqual(findTrailingCredit('زوار في المعرض (رصد)', own)?.credit, { code: 'RASD', label: 'رصد' });
  });

  it('rejects a table where two agencies match the same form, naming them', () => {
    const clash: Agency[] = [
      { code: 'ONE', label: 'أ.ف.ب', english: 'One' },
      { code: 'TWO', label: 'ا ف ب', english: 'Two' },
    ];
    assert.throws(() => identifyCredit('x', clash), (e: unknown) => e instanceof RasdError && e.code === 'E_OPTION' && /ONE/.test(e.message) && /TWO/.test(e.message));
  });
});

describe('the agencies table', () => {
  it('holds the agencies Arabic captions credit most', () => {
    const codes = new Set(defaultAgencies().map((a) => a.code));
    for (const code of ['AFP', 'AP', 'REUTERS', 'DPA', 'EPA', 'GETTY', 'ANADOLU', 'XINHUA', 'SPA', 'SANA', 'QNA', 'WAM', 'KUNA', 'MENA', 'PETRA', 'MAP', 'TAP', 'APS', 'NNA', 'IRNA', 'UPI', 'EFE', 'ANSA', 'SPUTNIK', 'TASS', 'SHUTTERSTOCK', STAFF]) {
      assert.ok(codes.has(code), code);
    }
  });
  it('finds every agency by its Arabic and English labels', () => {
    for (const a of defaultAgencies()) {
      for (const form of [a.label, a.english]) {
        const expected = a.code === STAFF ? { code: STAFF, label: form } : { code: a.code, label: a.label };
        assert.deepEqual(identifyCredit(form), expected, form);
      }
    }
  });
  it('is loaded once', () => assert.equal(defaultAgencies(), defaultAgencies()));

  const bad: Array<[string, RegExp]> = [
    ['AFP\tأ.ف.ب', /:1: expected/],
    ['# c\nafp\tأ.ف.ب\tAFP\tAFP', /:2: expected/],
    ['AFP\tأ.ف.ب\tAFP\tAFP\textra', /expected/],
    ['AFP\tأ.ف.ب\tAFP\t\nAFP\tا ف ب\tAFP\t', /:2: the code AFP is used twice/],
  ];
  for (const [source, message] of bad) {
    it(`rejects ${JSON.stringify(source)}`, () => {
      assert.throws(() => parseAgencies(source, 'test.txt'), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && message.test(e.message));
    });
  }
  it('parses rows, with or without variants', () => {
    assert.deepEqual(parseAgencies('\uFEFF# header\n\nAFP\tأ.ف.ب\tAFP\tا ف ب | أ ف ب\nSTAFF\tرصد\tRasd\t\nSTAFF\tمرصد\tMarsad'), [
      { code: 'AFP', label: 'أ.ف.ب', english: 'AFP', variants: ['ا ف ب', 'أ ف ب'] },
      { code: 'STAFF', label: 'رصد', english: 'Rasd', variants: [] },
      { code: 'STAFF', label: 'مرصد', english: 'Marsad', variants: [] },
    ]);
  });
});

describe('findTrailingCredit: properties', () => {
  const forms = defaultAgencies().flatMap((a) => [a.label, a.english, ...(a.variants ?? [])].map((form) => ({ agency: a, form })));

  it('finds `caption (variant)` with the right code, and the span slices back to it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CAPTIONS), fc.constantFrom(...forms), fc.constantFrom('', ' ', '\u200F', ' \u200F ', '.'), (caption, { agency, form }, tail) => {
        const line = `${caption} (${form})${tail}`;
        const f = findTrailingCredit(line);
        assert.ok(f, line);
        assert.equal(f.credit.code, agency.code);
        assert.equal(f.credit.label, agency.code === STAFF ? form : agency.label);
        assert.equal(f.text, `(${form})`);
        assert.equal(line.slice(f.start, f.end), f.text);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and a found span lies inside the line and slices back to its text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('', ' (أ.ف.ب)', ' - رويترز', ' («رصد»)', ')', ' «'), (text, tail) => {
        const line = text + tail;
        const f = findTrailingCredit(line);
        if (f) {
          assert.ok(f.start >= 0 && f.start < f.end && f.end <= line.length);
          assert.equal(line.slice(f.start, f.end), f.text);
        }
      }),
    );
  });
});
