import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RasdError } from '../../src/errors.js';
import { EntitySchema, findAliasMentions, linkMentions, mergeMentions, type Entity, type EntityType, type Mention } from '../../src/entities/index.js';

/** Mentions of `names` in order of appearance: each `[surface, type]` is found after the one before. */
function mentionsOf(text: string, names: Array<[string, EntityType]>): Mention[] {
  let from = 0;
  return names.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, `${surface} not in text`);
    from = start + surface.length;
    return { type, start, end: start + surface.length, text: surface };
  });
}

function link(text: string, names: Array<[string, EntityType]>, scanAliases = false): Entity[] {
  const entities = linkMentions(text, mentionsOf(text, names), { scanAliases });
  for (const e of entities) {
    EntitySchema.parse(e);
    assert.equal(text.slice(e.start, e.end), e.text);
    if (e.role) assert.equal(text.slice(e.role.start, e.role.end), e.role.text);
  }
  return entities;
}

const brief = (es: Entity[]) => es.map((e) => [e.text, e.canonical]);

describe('linkMentions: short names within one article', () => {
  it('links a transliterated surname spelled with another long vowel, and no Arabic name or nisba that differs by one', () => {
    const text = 'قال الخبير فيكتور هارنجتون إن النمو بطيء. وأضاف هارينجتون أن الإصلاح مستمر. وقال عمر الشمري إن الاتحاد يدعم الخطة، فيما رد عامر على الاتحادي.';
    assert.deepEqual(brief(link(text, [['فيكتور هارنجتون', 'PERS'], ['هارينجتون', 'PERS'], ['عمر الشمري', 'PERS'], ['الاتحاد', 'ORG'], ['عامر', 'PERS'], ['الاتحادي', 'ORG']])), [
      ['فيكتور هارنجتون', 'pers:فيكتور هارنجتون'],
      ['هارينجتون', 'pers:فيكتور هارنجتون'],
      ['عمر الشمري', 'pers:عمر الشمري'],
      ['الاتحاد', 'org:الاتحاد'],
      ['عامر', 'pers:عامر'],
      ['الاتحادي', 'org:الاتحادي'],
    ]);
  });
  it('links a surname and a first name to the full name before them', () => {
    const text = 'قال وزير الخارجية كمال يوسف إن المحادثات مثمرة. وأضاف يوسف أن كمال سيسافر غدا.';
    assert.deepEqual(brief(link(text, [['كمال يوسف', 'PERS'], ['يوسف', 'PERS'], ['كمال', 'PERS']])), [
      ['كمال يوسف', 'pers:كمال يوسف'],
      ['يوسف', 'pers:كمال يوسف'],
      ['كمال', 'pers:كمال يوسف'],
    ]);
  });
  it('keeps a letter that looks like a clitic when the full name writes it («بنعلي», «بلحاج»)', () => {
    const text = 'قال رشيد بنعلي إن المشروع جاهز. وأضاف بنعلي أن التمويل متوفر، فيما رد بلحاج على منير بلحاج.';
    assert.deepEqual(brief(link(text, [['رشيد بنعلي', 'PERS'], ['بنعلي', 'PERS'], ['بلحاج', 'PERS'], ['منير بلحاج', 'PERS']])), [
      ['رشيد بنعلي', 'pers:رشيد بنعلي'],
      ['بنعلي', 'pers:رشيد بنعلي'],
      ['بلحاج', 'pers:منير بلحاج'],
      ['منير بلحاج', 'pers:منير بلحاج'],
    ]);
  });
  it('links to a full name that comes later', () => {
    const text = 'وصل الحلبي إلى المدينة. وكان سامر الحلبي قد أعلن الزيارة.';
    const es = link(text, [['الحلبي', 'PERS'], ['سامر الحلبي', 'PERS']]);
    assert.deepEqual(brief(es), [['الحلبي', 'pers:سامر الحلبي'], ['سامر الحلبي', 'pers:سامر الحلبي']]);
    assert.equal(es[0]!.name, 'سامر الحلبي');
  });
  it('takes the known actor of the full name', () => {
    const text = 'قال الرئيس السوري المؤقت أحمد الشرع إن الحكومة ماضية. وأضاف الشرع أن الانتخابات قريبة.';
    const es = link(text, [['أحمد الشرع', 'PERS'], ['الشرع', 'PERS']]);
    assert.deepEqual(brief(es), [['أحمد الشرع', 'ahmed-al-sharaa'], ['الشرع', 'ahmed-al-sharaa']]);
    assert.equal(es[1]!.name, 'أحمد الشرع');
    assert.equal(es[0]!.role?.text, 'الرئيس السوري المؤقت');
  });
  it('keeps «عبد الرحمن» one unit: the short form matches it, «الرحمن» alone does not', () => {
    const text = 'وقال هشام عبدالرحمن إن الوضع هادئ. وأكد عبد الرحمن أن الرحمن يشهد.';
    assert.deepEqual(brief(link(text, [['هشام عبدالرحمن', 'PERS'], ['عبد الرحمن', 'PERS'], ['الرحمن', 'PERS']])), [
      ['هشام عبدالرحمن', 'pers:هشام عبد الرحمن'],
      ['عبد الرحمن', 'pers:هشام عبد الرحمن'],
      ['الرحمن', 'pers:الرحمن'],
    ]);
  });
  it('resolves chains through the longest name', () => {
    const text = 'حضر ماجد حسن النوري الاجتماع، ثم تحدث حسن النوري، وختم النوري.';
    const es = link(text, [['ماجد حسن النوري', 'PERS'], ['حسن النوري', 'PERS'], ['النوري', 'PERS']]);
    assert.deepEqual(es.map((e) => e.canonical), ['pers:ماجد حسن النوري', 'pers:ماجد حسن النوري', 'pers:ماجد حسن النوري']);
  });
  it('links an ambiguous short name to the most recent full name before it, else the nearest after it', () => {
    const text = 'قال الحلبي إن سامر الحلبي وماهر الحلبي اجتمعا، ثم غادر الحلبي.';
    assert.deepEqual(brief(link(text, [['الحلبي', 'PERS'], ['سامر الحلبي', 'PERS'], ['ماهر الحلبي', 'PERS'], ['الحلبي', 'PERS']])), [
      ['الحلبي', 'pers:سامر الحلبي'],
      ['سامر الحلبي', 'pers:سامر الحلبي'],
      ['ماهر الحلبي', 'pers:ماهر الحلبي'],
      ['الحلبي', 'pers:ماهر الحلبي'],
    ]);
  });
  it('links only within a type, never a lone particle, and never places', () => {
    const text = 'زار فهد بن ناصر ريف دمشق، ثم عاد بن إلى دمشق مع فهد.';
    assert.deepEqual(brief(link(text, [['فهد بن ناصر', 'PERS'], ['ريف دمشق', 'LOC'], ['بن', 'PERS'], ['دمشق', 'LOC'], ['فهد', 'ORG']])), [
      ['فهد بن ناصر', 'pers:فهد بن ناصر'],
      ['ريف دمشق', 'loc:ريف دمشق'],
      ['بن', 'pers:بن'],
      ['دمشق', 'loc:دمشق'],
      ['فهد', 'org:فهد'],
    ]);
  });
  it('links organisations: «المرصد» → the observatory', () => {
    const text = 'ذكرت جمعية الرفق بالحيوان أن الجمعية تعمل.';
    assert.deepEqual(brief(link(text, [['جمعية الرفق بالحيوان', 'ORG'], ['جمعية', 'ORG']])), [
      ['جمعية الرفق بالحيوان', 'org:جمعيه الرفق بالحيوان'],
      ['جمعية', 'org:جمعيه الرفق بالحيوان'],
    ]);
  });
});

describe('linkMentions: names and canonical keys', () => {
  it('leaves clitics in front out of the name, but keeps names that begin like one', () => {
    const text = 'التقى وأحمد الحسيني ووليد منصور بفادي خوري ولبنان.';
    assert.deepEqual(brief(link(text, [['وأحمد الحسيني', 'PERS'], ['ووليد منصور', 'PERS'], ['بفادي خوري', 'PERS'], ['ولبنان', 'LOC']])), [
      ['أحمد الحسيني', 'pers:احمد الحسيني'],
      ['وليد منصور', 'pers:وليد منصور'],
      ['فادي خوري', 'pers:فادي خوري'],
      ['لبنان', 'lebanon'],
    ]);
  });
  it('gives the same canonical to one name however an article spells it', () => {
    const a = link('قال أحمد الحسيني إن', [['أحمد الحسيني', 'PERS']])[0]!;
    const b = link('وقال احمد الحُسَيني إن', [['احمد الحُسَيني', 'PERS']])[0]!;
    const c = link('ذكرت لجنة الإغاثة الأهلية أن', [['لجنة الإغاثة الأهلية', 'ORG']])[0]!;
    const d = link('وقال بيان للجنة الاغاثة الاهليه إن', [['للجنة الاغاثة الاهليه', 'ORG']])[0]!;
    // «للمجلس»: the span leaves out the preposition's ل, as annotators do («لمجلس»); the key reads «المجلس».
    const e = link('أعلن المجلس الوطني للإعلام أن', [['المجلس الوطني للإعلام', 'ORG']])[0]!;
    const f = link('وقدم الطلب للمجلس الوطني للإعلام', [['للمجلس الوطني للإعلام', 'ORG']])[0]!;
    assert.equal(a.canonical, b.canonical);
    assert.equal(c.canonical, d.canonical);
    assert.equal(d.text, 'لجنة الاغاثة الاهليه');
    assert.equal(e.canonical, f.canonical);
    assert.equal(f.text, 'لمجلس الوطني للإعلام');
    // A span that already left it out («لحكومة» of «للحكومة») keeps the article's ل, though the
    // lexicon reads «لحكومة» as ل + «حكومة»; the key reads «الحكومة».
    const g = link('أعلنت الحكومة الكندية أن', [['الحكومة الكندية', 'ORG']])[0]!;
    const h = link('وقدم الشكر للحكومة الكندية', [['لحكومة الكندية', 'ORG']])[0]!;
    assert.equal(h.text, 'لحكومة الكندية');
    assert.equal(g.canonical, h.canonical);
    // A word that opens with ل itself is no such span: «لبنان» after «ل» of another word stays.
    assert.equal(link('وصل لبنان أمس', [['لبنان', 'LOC']])[0]!.text, 'لبنان');
  });
  it('takes a form the table lists as ambiguous alone (~) for its actor only where the tagger gave the actor\'s type', () => {
    // «القاعدة» is al-Qaeda tagged an organisation; tagged a place, it is a base.
    assert.equal(link('هاجم مسلحون القاعدة أمس', [['القاعدة', 'ORG']])[0]!.canonical, 'al-qaeda');
    assert.notEqual(link('هاجم مسلحون القاعدة أمس', [['القاعدة', 'LOC']])[0]!.canonical, 'al-qaeda');
    // A plain form keeps the looser fit: a state tagged an organisation is still the state.
    assert.equal(link('وقالت سوريا إن', [['سوريا', 'ORG']])[0]!.canonical, 'syria');
  });
  it('gives a tagged mention the type of the known actor the alias scan finds over its very span, where the tagger\'s cannot be it', () => {
    const typed = (text: string, names: Array<[string, EntityType]>) => link(text, names, true).map((e) => [e.text, e.type, e.canonical]);
    // «داعش» tagged a person is the organisation; «وداعش» too, its clitic left out.
    assert.deepEqual(typed('وتبنى داعش الهجوم', [['داعش', 'PERS']]), [['داعش', 'ORG', 'isis']]);
    assert.deepEqual(typed('بين الجيش وداعش', [['وداعش', 'PERS']]), [['داعش', 'ORG', 'isis']]);
    // A person the scan knows tagged an organisation is the person.
    assert.deepEqual(typed('وقال أوباما إن', [['أوباما', 'ORG']]).map(([, type]) => type), ['PERS']);
  });
  it('keeps a foreign name\'s first letter that only looks like a clitic, and cuts a real one', () => {
    const names = (text: string, mentions: Array<[string, 'PERS' | 'LOC']>): string[] => link(text, mentions).map((e) => e.text);
    assert.deepEqual(names('شارك ليام نيسون في الفيلم', [['ليام نيسون', 'PERS']]), ['ليام نيسون']);
    assert.deepEqual(names('التقى بخالد العلي', [['بخالد العلي', 'PERS']]), ['خالد العلي']);
    assert.deepEqual(names('وصل بنجران أمس', [['بنجران', 'LOC']]), ['نجران']);
  });
  it('takes the type of a known actor over the tagger’s', () => {
    const [e] = link('أعلنت الولايات المتحدة', [['الولايات المتحدة', 'ORG']]);
    assert.deepEqual([e!.type, e!.canonical, e!.name], ['LOC', 'united-states', 'الولايات المتحدة']);
  });
});

describe('linkMentions: the alias scan', () => {
  const text = 'وقال مدير المرصد السوري لحقوق الإنسان إن مقاتلي داعش انسحبوا، فيما رحبت الأمم المتحدة بالخطوة.';
  it('adds known actors the tagger missed, and replaces a tagged mention an alias contains', () => {
    const es = linkMentions(text, mentionsOf(text, [['المرصد السوري', 'ORG']]));
    assert.deepEqual(es.map((e) => [e.text, e.canonical, e.source]), [
      ['المرصد السوري لحقوق الإنسان', 'sohr', 'alias'],
      ['داعش', 'isis', 'alias'],
      ['الأمم المتحدة', 'un', 'alias'],
    ]);
  });
  it('keeps the tagger’s mention where it crosses or contains an alias', () => {
    const merged = mergeMentions(mentionsOf(text, [['مقاتلي داعش', 'ORG'], ['الأمم', 'ORG']]), findAliasMentions(text));
    assert.deepEqual(merged.map((m) => [m.text, m.source]), [
      ['المرصد السوري لحقوق الإنسان', 'alias'],
      ['مقاتلي داعش', 'ner'],
      ['الأمم المتحدة', 'alias'],
    ]);
  });
  it('can be switched off', () => {
    assert.deepEqual(linkMentions(text, [], { scanAliases: false }), []);
  });
});

describe('linkMentions: misuse', () => {
  it('throws on a span that does not fit the text, naming it', () => {
    assert.throws(
      () => linkMentions('نص قصير', [{ type: 'PERS', start: 4, end: 40, text: 'x' }]),
      (e: unknown) => e instanceof RasdError && e.code === 'E_OPTION' && /\[4, 40\)/.test(e.message),
    );
  });
});

describe('linkMentions: units the tagger calls MISC', () => {
  it('leaves currencies and other units out of the entities, clitics and all, and keeps other MISC names', () => {
    const text = 'ارتفع سعر الدولار مقابل الليرة، وبلغت كلفة عملية «درع الفرات» مليون دولار وعشرة آلاف لليورو.';
    const got = link(text, [['الدولار', 'MISC'], ['الليرة', 'MISC'], ['درع الفرات', 'MISC'], ['دولار', 'MISC'], ['لليورو', 'MISC']]);
    assert.deepEqual(brief(got), [['درع الفرات', 'misc:درع الفرات']]);
  });
  it('keeps a unit word that the tagger calls something else, and names that only start like one', () => {
    const text = 'فاز ريال مدريد على نادي دينامو، وقالت صحيفة اليوم إن المباراة كانت قوية.';
    const got = link(text, [['ريال مدريد', 'ORG'], ['دينامو', 'ORG'], ['اليوم', 'ORG']]);
    assert.deepEqual(got.map((e) => e.text), ['ريال مدريد', 'دينامو', 'اليوم']);
  });
});

describe('linkMentions: names the tagger cut short', () => {
  it('takes the plain word beside a person inside its commas, or between a title and the name', () => {
    const text = 'وقالت منسقة الشؤون الإنسانية، سلمى عثمان، إن القوافل عالقة. أما النائب وسيم حيدر فاعتبر أن الأزمة طويلة.';
    const got = link(text, [['عثمان', 'PERS'], ['حيدر', 'PERS']]);
    assert.deepEqual(got.map((e) => e.text), ['سلمى عثمان', 'وسيم حيدر']);
  });
  it('takes the first name after a nisba that ends a role, and the organisation of the role', () => {
    const text = 'وقال المتحدث باسم وزارة الزراعة الأردنية سامي الخطيب إن الموسم جيد.';
    assert.deepEqual(link(text, [['الخطيب', 'PERS']]).map((e) => e.text), ['وزارة الزراعة الأردنية', 'سامي الخطيب']);
  });
  it('leaves a verb, a stopword or a word outside commas alone', () => {
    const text = 'وتوقعت عبد الحميد أن يتراجع التضخم. وقال إن حيدر سيصل غدا، كما وصل كريم.';
    const got = link(text, [['عبد الحميد', 'PERS'], ['حيدر', 'PERS'], ['كريم', 'PERS']]);
    assert.deepEqual(got.map((e) => e.text), ['عبد الحميد', 'حيدر', 'كريم']);
    // و on a stopword («وهم», and they) is no first name.
    const b = 'تفوق ثلاثة طلاب، وهم زيدون الراشد، من المدرسة الأولى.';
    assert.deepEqual(link(b, [['زيدون الراشد', 'PERS']]).map((e) => e.text), ['زيدون الراشد']);
  });
  it('takes a lone letter or a stopword off the end of a mention, but not a person\'s name spelled like one («علي», «معاذ»)', () => {
    const text = 'وقال الخبير فهد الرشيدي لـ«القبس» إن الأسعار سترتفع. وقال أحمد بن علي رئيس النادي إن اللاعب باق.';
    // «القبس» in quotation marks is an outlet (outlet-names.ts), an organisation of its own.
    assert.deepEqual(link(text, [['فهد الرشيدي لـ', 'PERS'], ['أحمد بن علي', 'PERS']]).map((e) => e.text), ['فهد الرشيدي', 'القبس', 'أحمد بن علي']);
  });
  it('keeps a first letter the lexicon would read as a clitic where the lists know the whole word («فالنسيا», not ف + «النسيا»)', () => {
    const text = 'وتعادل فالنسيا مع ضيفه.';
    assert.deepEqual(link(text, [['فالنسيا', 'LOC']]).map((e) => e.text), ['فالنسيا']);
  });
  it('reads a place\'s first و as the conjunction where the rest names a far more populous place («وجدة» → «جدة»), not otherwise («وارسو»)', () => {
    const text = 'وزار الوفد الرياض وجدة، ثم سافر إلى وارسو.';
    assert.deepEqual(link(text, [['الرياض', 'LOC'], ['وجدة', 'LOC'], ['وارسو', 'LOC']]).map((e) => e.text), ['الرياض', 'جدة', 'وارسو']);
  });
  it('takes a whole mention that is a listed person\'s name for the person, whatever the tagger called it', () => {
    const text = 'وقال أوباما إن الاتفاق جيد، وأكدت إدارة أوباما ذلك.';
    const got = link(text, [['أوباما', 'ORG'], ['إدارة أوباما', 'ORG']]);
    assert.deepEqual(got.map((e) => [e.type, e.text, e.canonical]), [['PERS', 'أوباما', 'barack-obama'], ['ORG', 'إدارة أوباما', 'org:اداره اوباما']]);
  });
  it('reads a place spelled as the feminine nisba after a feminine noun it agrees with as that noun\'s adjective; after a noun in construct, a verb or a unit\'s word it is the place', () => {
    const text = 'وأعلنت الشركة السعودية نتائجها، ووصل الوفد على طائرة سعودية، والتحالف بقيادة السعودية مستمر، وشهدته السعودية، وزار ولاية قيصرية.';
    const got = link(text, [['السعودية', 'LOC'], ['سعودية', 'LOC'], ['السعودية', 'LOC'], ['السعودية', 'LOC'], ['قيصرية', 'LOC']]);
    // «الشركة السعودية» is the organisation's finder's (a head noun and its nisba), no place.
    assert.deepEqual(got.map((e) => [e.type, e.text, text.slice(e.start - 7, e.start).trim()]), [
      ['ORG', 'الشركة السعودية', 'وأعلنت'],
      ['LOC', 'السعودية', 'بقيادة'],
      ['LOC', 'السعودية', 'وشهدته'],
      ['LOC', 'ولاية قيصرية', '، وزار'],
    ]);
  });
  it('drops a person that is a role\'s head word alone right before the organisation it heads («وكيل | وزارة المياه»)', () => {
    const text = 'أكد وكيل وزارة المياه والكهرباء، الدكتور صالح العواجي، أهمية المشروع، وقال أمين الجميل إن الحل قريب.';
    assert.deepEqual(link(text, [['وكيل', 'PERS'], ['صالح العواجي', 'PERS'], ['أمين الجميل', 'PERS']]).map((e) => [e.type, e.text]), [
      ['ORG', 'وزارة المياه والكهرباء'],
      ['PERS', 'صالح العواجي'],
      ['PERS', 'أمين الجميل'],
    ]);
  });
  it('drops a mention whose every word is written with tanween or as an adjective with the alef of the accusative; not in a text written with its vowels', () => {
    const text = 'وتقدم الطلاب إلكترونياً عبر الموقع، ووقع المجلس اتفاقا ديمقراطيا، وفي القصيدة: قبيلة قُرَيْشٍ.';
    assert.deepEqual(link(text, [['إلكترونياً', 'LOC'], ['ديمقراطيا', 'PERS'], ['قُرَيْشٍ', 'ORG']]).map((e) => e.text), ['قُرَيْشٍ']);
  });
  it('takes a word written with tanween off either end of a mention («دولياً», «ليلاً»)', () => {
    const text = 'وقال الرئيس المعترف به دولياً عبدربه منصور هادي إن الهدنة قائمة، ووصل سالم الحربي ليلاً.';
    assert.deepEqual(link(text, [['دولياً عبدربه منصور هادي', 'PERS'], ['سالم الحربي ليلاً', 'PERS']]).map((e) => e.text), ['عبدربه منصور هادي', 'سالم الحربي']);
    // The same adverb with its alef and no tanween mark; a country spelt like one stays.
    const bare = 'وقال الرئيس المعترف به دوليا عبدربه منصور هادي إن ماريا سوريا وصلت.';
    assert.deepEqual(link(bare, [['دوليا عبدربه منصور هادي', 'PERS'], ['ماريا سوريا', 'PERS']]).map((e) => e.text), ['عبدربه منصور هادي', 'ماريا سوريا']);
    // «عبدربه» and «عبد ربه» are one person.
    assert.equal(link(bare, [['دوليا عبدربه منصور هادي', 'PERS']])[0]!.canonical, link('وصل عبد ربه منصور هادي', [['عبد ربه منصور هادي', 'PERS']])[0]!.canonical);
  });
  it('goes on through the nasab the tagger left out («بن X»), and links «ابن X» to the name it ends', () => {
    const text = 'وقال زياد بن حجاب بن نحيت إن الوثائق جاهزة، وأضاف ابن نحيت أن العمل مستمر. وتحدث سالم بن عبد الله في الندوة.';
    const got = link(text, [['زياد', 'PERS'], ['ابن', 'PERS'], ['سالم', 'PERS']]);
    assert.deepEqual(got.map((e) => [e.text, e.canonical]), [
      ['زياد بن حجاب بن نحيت', 'pers:زياد بن حجاب'],
      ['ابن نحيت', 'pers:زياد بن حجاب'],
      ['سالم بن عبد الله', 'pers:سالم بن عبد الله'],
    ]);
  });
  it('does not run a name on through «بن» into a role word or past a comma', () => {
    const text = 'وأكد محمد بن وزير الخارجية أن الزيارة مهمة. وقال خالد بن، وهو شاعر، إن الأمسية نجحت.';
    assert.deepEqual(link(text, [['محمد', 'PERS'], ['خالد', 'PERS']]).map((e) => e.text), ['محمد', 'خالد']);
  });
});

describe('linkMentions: God\'s name', () => {
  it('is no entity, with harakat and clitics, while names built on it stay', () => {
    const text = 'قال تعالى: إن اللَّهَ غفور رحيم، ولله الأمر، وقال عبدالله بن محمد رحمه الله.';
    const got = link(text, [['اللَّهَ', 'MISC'], ['ولله', 'MISC'], ['عبدالله بن محمد', 'PERS'], ['الله', 'MISC']]);
    assert.deepEqual(got.map((e) => e.text), ['عبدالله بن محمد']);
  });
});

describe('linkMentions: the edges of a name, and the actor a longer form stands for', () => {
  it('takes a verb of the imperfect and a place with its ب off the end of a mention, not a name that opens with ي', () => {
    const text = 'الأمير سعود بن ناصر يلتقي وفد الشركة، ووصل ماجد بن علي بالرياض أمس، وتحدث سالم يحيى، ووصل فهد الشمري يرافقه مدير المكتب.';
    // The place, no longer the person's, is found as a place of its own; a verb keeps its object pronoun.
    assert.deepEqual(link(text, [['سعود بن ناصر يلتقي', 'PERS'], ['ماجد بن علي بالرياض', 'PERS'], ['سالم يحيى', 'PERS'], ['فهد الشمري يرافقه', 'PERS']]).map((e) => [e.type, e.text]), [
      ['PERS', 'سعود بن ناصر'],
      ['PERS', 'ماجد بن علي'],
      ['LOC', 'الرياض'],
      ['PERS', 'سالم يحيى'],
      ['PERS', 'فهد الشمري'],
    ]);
  });
  it('gives a longer form of a listed person\'s name, by its person key, that person\'s id; a namesake keeps his own', () => {
    const text = 'واستقبل الأمير محمد بن سلمان بن عبدالعزيز آل سعود الوفد، وحضر محمد بن سلمان الدوسري.';
    assert.deepEqual(brief(link(text, [['محمد بن سلمان بن عبدالعزيز آل سعود', 'PERS'], ['محمد بن سلمان الدوسري', 'PERS']])), [
      ['محمد بن سلمان بن عبدالعزيز آل سعود', 'mohammed-bin-salman'],
      ['محمد بن سلمان الدوسري', 'pers:محمد الدوسري'],
    ]);
  });
});

describe('linkMentions: a name run on into the words after it', () => {
  it('ends a mention at a name the article gives a person elsewhere when only common words follow it', () => {
    const text = 'قال الوزير محمود الزيدي إن المفاوضات متوقفة. ويريد الزيدي حسم مستقبل العملية قبل الخريف. وحقق الممثل عمر سامي نجاحا كبيرا في بلده.';
    const got = link(text, [['محمود الزيدي', 'PERS'], ['الزيدي حسم', 'PERS'], ['عمر سامي نجاحا', 'PERS']]);
    assert.deepEqual(got.map((e) => [e.text, e.canonical]), [
      ['محمود الزيدي', 'pers:محمود الزيدي'],
      ['الزيدي', 'pers:محمود الزيدي'],
      ['عمر سامي نجاحا', 'pers:عمر سامي نجاحا'],
    ]);
  });
  it('ends it there when a common word follows the name, whatever comes after that word («كلينتون شعار بوش»)', () => {
    const text = 'وقالت ليلى الحربي إن الحملة بدأت. واستخدمت الحربي شعار منافسها سامي العلي في خطابها.';
    const got = link(text, [['ليلى الحربي', 'PERS'], ['الحربي شعار منافسها سامي', 'PERS']]);
    assert.deepEqual(got.map((e) => [e.text, e.canonical]), [
      ['ليلى الحربي', 'pers:ليلي الحربي'],
      ['الحربي', 'pers:ليلي الحربي'],
    ]);
  });
  it('cuts nothing after a given name alone, nor after a word that opens a name, nor before a name the lists know', () => {
    const text = 'وصل محمد إلى الرياض. وقال محمد جمعة إن الخطة جاهزة، وأكد سعد بن محمد أبا نمي ذلك، وتحدث خالد الحربي ثم خالد صالح.';
    const got = link(text, [['محمد', 'PERS'], ['محمد جمعة', 'PERS'], ['سعد بن محمد أبا نمي', 'PERS'], ['خالد الحربي', 'PERS'], ['خالد صالح', 'PERS']]);
    assert.deepEqual(got.filter((e) => e.type === 'PERS').map((e) => e.text), ['محمد', 'محمد جمعة', 'سعد بن محمد أبا نمي', 'خالد الحربي', 'خالد صالح']);
  });
});

describe('linkMentions: an organisation\'s short name in quotation marks', () => {
  it('takes the short name after the full name as the organisation wherever the article writes it, with the full name\'s id', () => {
    const text = 'أعلنت شركة اتصالات الخليج المتحدة "نجمة" نتائجها، وقال رئيس نجمة إن الأرباح ارتفعت. وأصدر مكتب الإحصاء الإقليمي (إقليمستات) تقريره، وذكر إقليمستات أن البطالة تراجعت.';
    const got = link(text, [['شركة اتصالات الخليج المتحدة', 'ORG'], ['نجمة', 'PERS'], ['مكتب الإحصاء الإقليمي', 'ORG']]);
    assert.deepEqual(got.filter((e) => e.type === 'ORG').map((e) => [e.text, e.canonical]), [
      ['شركة اتصالات الخليج المتحدة', 'org:شركه اتصالات الخليج المتحده'],
      ['نجمة', 'org:شركه اتصالات الخليج المتحده'],
      ['نجمة', 'org:شركه اتصالات الخليج المتحده'],
      ['مكتب الإحصاء الإقليمي', 'org:مكتب الاحصاء الاقليمي'],
      ['إقليمستات', 'org:مكتب الاحصاء الاقليمي'],
      ['إقليمستات', 'org:مكتب الاحصاء الاقليمي'],
    ]);
  });
  it('takes no month, adjective or common words with the article in brackets for a short name', () => {
    const text = 'وارتفع الائتمان الذي منحته هيئة النقد الإقليمية (أبريل) بنسبة كبيرة، وقالت وكالة الأنباء الوطنية "الرسمية" إن البرلمان (البرلمان) انعقد.';
    const got = link(text, [['هيئة النقد الإقليمية', 'ORG'], ['وكالة الأنباء الوطنية', 'ORG']]);
    assert.deepEqual(got.filter((e) => e.type === 'ORG').map((e) => e.text), ['هيئة النقد الإقليمية', 'وكالة الأنباء الوطنية']);
  });
});

describe('linkMentions: roles with a named complement', () => {
  it('reads an organisation the text names inside a role before the person («مدير جامعة الملك فيصل المكلف»)', () => {
    const text = 'وقّع مدير جامعة الملك فيصل المكلف الدكتور سامر الحلبي الاتفاقية. وحضر رئيس شركة نوفاتك الروسية ماجد العلي.';
    const es = link(text, [['جامعة الملك فيصل', 'ORG'], ['سامر الحلبي', 'PERS'], ['شركة نوفاتك الروسية', 'ORG'], ['ماجد العلي', 'PERS']]);
    assert.deepEqual(es.filter((e) => e.type === 'PERS').map((e) => [e.text, e.role?.text]), [
      ['سامر الحلبي', 'مدير جامعة الملك فيصل المكلف'],
      ['ماجد العلي', 'رئيس شركة نوفاتك الروسية'],
    ]);
  });
});
