import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RasdError } from '../../src/errors.js';
import { linkMentions, type Mention } from '../../src/entities/index.js';
import { findOrgNames, parseOrgNameWords } from '../../src/entities/org-names.js';
import { roleContext } from '../../src/entities/role-context.js';

const names = (text: string, found: Mention[] = []): string[] => findOrgNames(roleContext(text), found).map((m) => m.text);

describe('findOrgNames: organisations by the noun that heads their name', () => {
  it('takes a head without the article with its genitive, and a head with it with its qualifiers and their complements', () => {
    const text = 'أصدرت وزارة الخدمة المدنية قرارا. وأعلنت الهيئة العامة للسياحة والتراث الوطني برنامجا، ورحبت رابطة العالم الإسلامي به، وقالت الحكومة العراقية إنها توافق.';
    assert.deepEqual(names(text), ['وزارة الخدمة المدنية', 'الهيئة العامة للسياحة والتراث الوطني', 'رابطة العالم الإسلامي', 'الحكومة العراقية']);
  });
  it('takes clubs, parliaments, courts of grievance, forums, museums and schools by their head', () => {
    const text = 'فاز نادي الهلال أمس، وناقش البرلمان العراقي القرار، ونظر ديوان المظالم فيه، وافتتح ملتقى الحوار الوطني، وزار متحف اللوفر.';
    assert.deepEqual(names(text), ['نادي الهلال', 'البرلمان العراقي', 'ديوان المظالم', 'ملتقى الحوار الوطني', 'متحف اللوفر']);
  });
  it('leaves a head with the article and no qualifier, a chain with no word with the article, and a kind of body', () => {
    const text = 'وقالت الوزارة إن الخطة جاهزة. وتعمل شركة كبيرة في المدينة. واجتمع مجلس الإدارة أمس.';
    assert.deepEqual(names(text), []);
  });
  it('stops at a preposition, a word with ب, a verb, a second organisation after «و» and a complement with a pronoun', () => {
    const text = 'وقالت وزارة الداخلية في البحرين إن … وافتتحت جمعية الثقافة والفنون بجدة معرضا. وشكر حزب الله لدعمهم الأسد. وزارت جامعة أوكسفورد والجامعات السعودية الوفد.';
    assert.deepEqual(names(text), ['وزارة الداخلية', 'جمعية الثقافة والفنون', 'حزب الله', 'جامعة أوكسفورد']);
  });
  it('takes a place whose first letter could be a clitic as the genitive («باكستان», «فرنسا»), ends the genitive on a place, and takes a place of two words whole', () => {
    const text = 'وقال مجلس علماء باكستان الأمة الإسلامية إلى الوحدة. وفاز منتخب فرنسا أمس. وقالت شرطة منطقة مكة المكرمة إن الحادث وقع. وشكر لجنة للوقوف على الأمر.';
    assert.deepEqual(names(text), ['مجلس علماء باكستان', 'منتخب فرنسا', 'شرطة منطقة مكة المكرمة']);
  });
  it('ends a name before a title after its genitive: a person follows, or a name of its own after another head', () => {
    const text = 'وأوضح المتحدث باسم شرطة جازان المقدم ماجد العلي أن الحادث وقع. وزار الوفد قاعة موجودات مكتبة الملك عبد العزيز. وافتتح متنزه مخيم الملك عبدالعزيز.';
    assert.deepEqual(names(text), ['شرطة جازان', 'مكتبة الملك عبد العزيز', 'متنزه مخيم الملك عبدالعزيز']);
  });
  it('leaves a clitic in front out, and takes no words that describe a name found already', () => {
    const text = 'وقال مسؤول لوزارة التعليم إن الدوام يبدأ. وقالت شركة خدمات حقول النفط بيكر هيوز إن الإنتاج تراجع.';
    const start = text.indexOf('بيكر هيوز');
    assert.deepEqual(names(text, [{ type: 'ORG', start, end: start + 'بيكر هيوز'.length, text: 'بيكر هيوز' }]), ['وزارة التعليم']);
  });
  it('takes a name that completes the role of a person found right after it, but not the person\'s own title, an office\'s field or a description opening a clause', () => {
    const text = 'وأوضح المتحدث الرسمي باسم وزارة التعليم مبارك العصيمي أن القرار صدر. وجاء ذلك برئاسة الرئيس الفلسطيني محمود عباس. وقال وزير الدفاع الأمريكي آشتون كارتر إن الجيش مستعد. وقالت شركة خدمات حقول النفط بيكر هيوز إن الإنتاج تراجع.';
    const person = (name: string): Mention => {
      const start = text.indexOf(name);
      return { type: 'PERS', start, end: start + name.length, text: name };
    };
    assert.deepEqual(names(text, ['مبارك العصيمي', 'محمود عباس', 'آشتون كارتر', 'بيكر هيوز'].map(person)), ['وزارة التعليم']);
  });
  it('adds what the tagger missed as ORG with source rule, replacing a mention it contains but not a known actor', () => {
    const text = 'وأكدت وزارة الداخلية السعودية أن التحقيق مستمر.';
    const s = text.indexOf('السعودية');
    const got = linkMentions(text, [{ type: 'LOC', start: s, end: s + 'السعودية'.length, text: 'السعودية' }], { scanAliases: false });
    assert.deepEqual(got.map((e) => [e.type, e.text, e.source]), [['ORG', 'وزارة الداخلية السعودية', 'rule']]);
  });
  it('replaces a known place the alias scan found after the head: it is the organisation\'s nisba («الهيئة السعودية …»)', () => {
    const text = 'وقالت الهيئة السعودية للتراث البحري إن الموسم يبدأ غدا، وأعلنت الحكومة السورية موعد الانتخابات.';
    assert.deepEqual(linkMentions(text, []).map((e) => [e.type, e.text]), [['ORG', 'الهيئة السعودية للتراث البحري'], ['ORG', 'الحكومة السورية']]);
  });
  it('takes a title in the genitive with the person\'s name after it («مؤسسة الملك عبدالعزيز للموهبة»)', () => {
    const text = 'وأعلنت مؤسسة الملك عبدالعزيز للموهبة والإبداع الفائزين، ودرس في جامعة الملك سعود، وقال وزير الخارجية الأمير سعود الفيصل.';
    assert.deepEqual(names(text), ['مؤسسة الملك عبدالعزيز للموهبة والإبداع', 'جامعة الملك سعود']);
  });
  it('takes the person\'s name after a title only as far as it is name-like («جامعة الملك سعود | نتائج»), and «عبد العزيز» written apart', () => {
    const text = 'وأعلنت جامعة الملك سعود نتائج القبول، وزار الوفد مكتبة الملك عبد العزيز العامة.';
    assert.deepEqual(names(text), ['جامعة الملك سعود', 'مكتبة الملك عبد العزيز العامة']);
  });
  it('takes a noun that alone names a place or a part as a head only before a title and a name («مركز الملك سلمان للإغاثة», not «مركز المدينة»)', () => {
    const text = 'وقدم مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات، وأعلنت مدينة الملك سعود الطبية نجاح العملية، ثم توجه الوفد إلى مركز المدينة ومدينة الرياض.';
    assert.deepEqual(names(text), ['مركز الملك سلمان للإغاثة والأعمال الإنسانية', 'مدينة الملك سعود الطبية']);
  });
  it('takes a noun that alone names no one as a head only with the article and a country\'s nisba or a listed qualifier («الجيش العراقي», «الدفاع المدني»)', () => {
    const text = 'وقال الجيش العراقي إن الإدارة الأمريكية وافقت، وضبطت الجمارك التركية شحنة، ووصل الدفاع المدني، وتقدمت الخطوط الأمامية، ودعا إلى إدارة الأزمات، وقطع خطوط الإمداد.';
    assert.deepEqual(names(text), ['الجيش العراقي', 'الإدارة الأمريكية', 'الجمارك التركية', 'الدفاع المدني']);
  });
  it('finds a place built and named the same way, as LOC, but not «عن طريق» (by way of)', () => {
    const text = 'وتغلق الأمانة طريق الملك عبدالعزيز غدا، ويرسل الطلب عن طريق البريد، وتقام المباراة في ملعب الجوهرة.';
    assert.deepEqual(findOrgNames(roleContext(text)).map((m) => [m.type, m.text]), [['LOC', 'طريق الملك عبدالعزيز'], ['LOC', 'ملعب الجوهرة']]);
  });
  it('takes a name the tagger found with the clitic in front of its head as contained («بجامعة الملك»)', () => {
    const text = 'وتخرج بجامعة الملك عبدالعزيز العام الماضي.';
    const a = text.indexOf('بجامعة');
    const b = text.indexOf('عبدالعزيز');
    const tagged = [{ type: 'ORG' as const, start: a, end: a + 'بجامعة الملك'.length, text: 'بجامعة الملك' }, { type: 'PERS' as const, start: b, end: b + 'عبدالعزيز'.length, text: 'عبدالعزيز' }];
    assert.deepEqual(linkMentions(text, tagged, { scanAliases: false }).map((e) => [e.type, e.text]), [['ORG', 'جامعة الملك عبدالعزيز']]);
  });
  it('rejects a malformed line of its word list, naming it', () => {
    assert.throws(() => parseOrgNameWords('head\tوزارة\nverb\tقال\n', 'x.txt'), (e: unknown) => e instanceof RasdError && /x\.txt:2/.test(e.message));
  });
});
