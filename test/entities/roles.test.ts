import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RasdError } from '../../src/errors.js';
import { extractRole, parseRoleWords, roleContext } from '../../src/entities/index.js';

/** [text, the mention as the tagger gives it, expected name, expected role]. */
const table: Array<[string, string, string, string | null]> = [
  // The three cases of the issue: a role before the name, inside the tagger's span or not, and in apposition.
  ['قال الرئيس السوري المؤقت أحمد الشرع إن الحكومة ماضية', 'أحمد الشرع', 'أحمد الشرع', 'الرئيس السوري المؤقت'],
  ['قال الرئيس السوري المؤقت أحمد الشرع إن الحكومة ماضية', 'الرئيس السوري المؤقت أحمد الشرع', 'أحمد الشرع', 'الرئيس السوري المؤقت'],
  ['التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره', 'أنتوني بلينكن', 'أنتوني بلينكن', 'وزير الخارجية الأمريكي'],
  ['وقال رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، إن القصف استمر', 'رامي عبد الرحمن', 'رامي عبد الرحمن', 'مدير المرصد السوري لحقوق الإنسان'],
  // Honorifics and ranks: alone they are the role; after an office they stand with the name, not in the role.
  ['استقبل د. سامر الحلبي الوفد', 'سامر الحلبي', 'سامر الحلبي', 'د.'],
  ['وحضر الشيخ فارس العتيبي الحفل', 'الشيخ فارس العتيبي', 'فارس العتيبي', 'الشيخ'],
  ['قال اللواء ماجد الحمدان إن', 'اللواء ماجد الحمدان', 'ماجد الحمدان', 'اللواء'],
  ['وأكد قائد الشرطة العميد نزار القاسم أن', 'نزار القاسم', 'نزار القاسم', 'قائد الشرطة'],
  ['وقال معالي مدير الأمن العام سامي الحربي إن', 'سامي الحربي', 'سامي الحربي', 'مدير الأمن العام'],
  ['استقبل ولي العهد الأمير نايف الفلاني الوفد', 'نايف الفلاني', 'نايف الفلاني', 'ولي العهد الأمير'],
  ['استقبل ولي العهد السعودي الأمير محمد بن سلمان الوفد', 'محمد بن سلمان', 'محمد بن سلمان', 'ولي العهد السعودي'],
  // After a title a definite word is the name, not the role: «الأمير الوليد».
  ['وصل الأمير الوليد بن مالك إلى المطار', 'الأمير الوليد بن مالك', 'الوليد بن مالك', 'الأمير'],
  // A bare role noun needs a complement: a known actor or a place will do.
  ['أكد أمير قطر الشيخ تميم بن حمد', 'تميم بن حمد', 'تميم بن حمد', 'أمير قطر'],
  ['وقال قائد قسد مظلوم عبدي', 'مظلوم عبدي', 'مظلوم عبدي', 'قائد قسد'],
  ['قال محافظ حلب عزام الغريب', 'عزام الغريب', 'عزام الغريب', 'محافظ حلب'],
  ['أعلن رئيس المكتب السياسي لحماس في غزة سليم الجابر', 'سليم الجابر', 'سليم الجابر', 'رئيس المكتب السياسي لحماس في غزة'],
  ['قال رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان', 'عبد الفتاح البرهان', 'عبد الفتاح البرهان', 'رئيس مجلس السيادة السوداني'],
  ['قال المتحدث باسم الجيش الإسرائيلي داني كوهين', 'داني كوهين', 'داني كوهين', 'المتحدث باسم الجيش الإسرائيلي'],
  ['وقال نائب رئيس الوزراء وزير الخارجية كمال يوسف', 'كمال يوسف', 'كمال يوسف', 'نائب رئيس الوزراء وزير الخارجية'],
  // Names that begin like role words stay names.
  ['وصل أمين الجميل إلى بيروت', 'أمين الجميل', 'أمين الجميل', null],
  ['وصل أمير عبد الكريم إلى بيروت', 'أمير عبد الكريم', 'أمير عبد الكريم', null],
  // The role before the name stops at a verb, a particle or punctuation.
  ['وزير الخارجية التقى الرئيس وائل حداد', 'وائل حداد', 'وائل حداد', 'الرئيس'],
  ['زار الوفد الرئيس وائل حداد', 'وائل حداد', 'وائل حداد', 'الرئيس'],
  ['أجرى وزير الخارجية اتصالا مع وائل حداد', 'وائل حداد', 'وائل حداد', null],
  ['قال وائل حداد إن', 'وائل حداد', 'وائل حداد', null],
  // Clitics in front of the role are left out; ل + the article's ل stays.
  ['وقال ووزير الخارجية كمال يوسف', 'كمال يوسف', 'كمال يوسف', 'وزير الخارجية'],
  ['وجه التحية للرئيس التونسي هادي الزين', 'هادي الزين', 'هادي الزين', 'للرئيس التونسي'],
  // Apposition ends at a comma, a speech verb, «في تصريح», a relative pronoun or a day.
  ['وقالت ليلى حسن، الباحثة في جامعة دمشق، إن', 'ليلى حسن', 'ليلى حسن', 'الباحثة في جامعة دمشق'],
  ['وأوضح سعيد نادر - مدير مستشفى الرحمة في تصريح للصحفيين', 'سعيد نادر', 'سعيد نادر', 'مدير مستشفى الرحمة'],
  ['ورد خالد وهبة، المتحدث باسم الحركة الذي تحدث أمس', 'خالد وهبة', 'خالد وهبة', 'المتحدث باسم الحركة'],
  ['وزار جمال صبري، رئيس البلدية الخميس، المدرسة', 'جمال صبري', 'جمال صبري', 'رئيس البلدية'],
  ['وقال جمال صبري، وهو في طريقه', 'جمال صبري', 'جمال صبري', null],
  // A role after a comma that runs on into another name is that name's.
  ['التقى سامر الحلبي، وزير الخارجية كمال يوسف', 'سامر الحلبي', 'سامر الحلبي', null],
  ['التقى سامر الحلبي، وزير الخارجية كمال يوسف', 'كمال يوسف', 'كمال يوسف', 'وزير الخارجية'],
  // A title alone before the name gives way to a role in apposition.
  ['استقبل الشيخ تميم بن حمد، أمير قطر، الضيوف', 'تميم بن حمد', 'تميم بن حمد', 'أمير قطر'],
  // An office before a comma, the titles after it: the office is the role.
  ['وأدان مفتي الديار، الدكتور سامي النجار، الهجوم', 'سامي النجار', 'سامي النجار', 'مفتي الديار'],
  ['أوضح المتحدث الإعلامي لبلدية المدينة، ماجد العتيبي أن', 'ماجد العتيبي', 'ماجد العتيبي', 'المتحدث الإعلامي لبلدية المدينة'],
  ['وأشرف المشرف العام، المهندس ماجد العتيبي، على الحفل', 'ماجد العتيبي', 'ماجد العتيبي', 'المشرف العام'],
  // Words before a comma that are no office leave the title, or nothing.
  ['وصل الوفد، الدكتور سامي النجار، إلى المطار', 'سامي النجار', 'سامي النجار', 'الدكتور'],
  ['وقال سامي النجار، ماجد العتيبي', 'ماجد العتيبي', 'ماجد العتيبي', null],
  // A role never runs across a line break.
  ['قال وزير الخارجية\nكمال يوسف', 'كمال يوسف', 'كمال يوسف', null],
  // The tagger's span may be the title alone: the name is kept whole.
  ['التقى الرئيس السيسي الوفد', 'الرئيس السيسي', 'السيسي', 'الرئيس'],
  ['قال الرئيس', 'الرئيس', 'الرئيس', null],
];

describe('extractRole', () => {
  for (const [text, mention, name, role] of table) {
    it(`${JSON.stringify(mention)} in ${JSON.stringify(text)}`, () => {
      const start = text.indexOf(mention);
      assert.ok(start >= 0);
      const r = extractRole(text, { start, end: start + mention.length });
      assert.equal(r.name.text, name);
      assert.equal(r.role?.text ?? null, role);
      assert.equal(text.slice(r.name.start, r.name.end), r.name.text);
      if (r.role) assert.equal(text.slice(r.role.start, r.role.end), r.role.text);
    });
  }
  it('keeps spans on diacritised text', () => {
    const text = 'قالَ وزيرُ الخارجيّةِ كمالُ يوسف';
    const start = text.indexOf('كمالُ');
    const r = extractRole(text, { start, end: text.length });
    assert.equal(r.role?.text, 'وزيرُ الخارجيّةِ');
  });
  it('shares one prepared context across the mentions of a text', () => {
    const text = 'التقى وزير الخارجية كمال يوسف بالسفير وائل حداد';
    const context = roleContext(text);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    assert.equal(extractRole(text, at('كمال يوسف'), { context }).role?.text, 'وزير الخارجية');
    assert.equal(extractRole(text, at('وائل حداد'), { context }).role?.text, 'السفير');
  });
  it('throws on a span that does not fit the text', () => {
    assert.throws(() => extractRole('نص', { start: 1, end: 9 }), (e: unknown) => e instanceof RasdError && e.code === 'E_OPTION' && /\[1, 9\)/.test(e.message));
  });
});

describe('parseRoleWords', () => {
  it('finds a head with its clitics and the article', () => {
    const words = parseRoleWords('head\tرئيس');
    for (const form of ['رئيس', 'الرئيس', 'والرئيس', 'للرئيس', 'برئيس']) assert.equal(words.cues.get(form)?.cue?.kind, 'head', form);
    assert.equal(words.cues.get('والرئيس')?.cue?.skip, 1);
    assert.equal(words.cues.get('للرئيس')?.cue?.skip, 0);
  });
  it('rejects an unknown kind, naming the line', () => {
    assert.throws(() => parseRoleWords('# x\nrank\tاللواء', 'r.txt'), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && /r\.txt:2/.test(e.message));
  });
});
