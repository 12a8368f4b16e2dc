/** The event finder's stages on sentences of our own: triggers, contexts, status, participants and counts. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildDocument } from '../../src/analysis/document.js';
import type { ArticleEvent } from '../../src/core/event-schema.js';
import { EventSchema } from '../../src/core/event-schema.js';
import { findEvents } from '../../src/events/find-events.js';
import { parseEventLexicon, searchForm } from '../../src/events/lexicon.js';
import { findQuantities } from '../../src/quantities/index.js';
import { RasdError } from '../../src/errors.js';

function eventsOf(text: string, day: string | null = '2015-08-01'): ArticleEvent[] {
  const { doc } = buildDocument({ headline: null, subtitle: null, captions: [], paragraphs: [text], published: day ? { value: day, precision: 'day' } : null });
  return findEvents(doc, { quantities: findQuantities(doc.text, { tokens: doc.tokens }), day });
}
/** Each event as [type, status, trigger, actor, recipient]. */
const brief = (events: ArticleEvent[]): Array<[string, string, string, string | null, string | null]> =>
  events.map((e) => [e.type, e.status, e.trigger.text, e.actor?.text ?? null, e.recipient?.text ?? null]);

describe('findEvents', () => {
  it('codes an air strike with its actor, recipient, mode and count', () => {
    const [e, ...rest] = eventsOf('وشنت طائرات التحالف أمس غارات على مواقع للمتمردين أسفرت عن مقتل 12 مسلحا.');
    assert.equal(rest.length, 0);
    assert.deepEqual(brief([e!]), [['ASSAULT', 'asserted', 'غارات', 'طائرات التحالف', 'مواقع للمتمردين']]);
    assert.deepEqual(e!.mode, ['aerial']);
    assert.equal(e!.counts.killed, 12);
    assert.equal(e!.time?.text, 'أمس');
    assert.equal(e!.time?.value, '2015-07-31');
    assert.ok(EventSchema.safeParse(e).success);
  });

  // [sentence, expected events]: the hard cases of the issue, on sentences written for this test.
  const table: Array<[string, Array<[string, string, string, string | null, string | null]>]> = [
    // An accident reports no attack, whatever its deaths.
    ['لقي شاب مصرعه إثر انقلاب سيارته على طريق الخرج.', []],
    // Sport: «هجوم» and «قذيفة» are no violence.
    ['سدد مهاجم الفريق قذيفة قوية في الشوط الثاني من المباراة.', []],
    // A denial: the shooting did not happen as told.
    ['ونفى المتحدث أن تكون قوات الأمن أطلقت النار على المتظاهرين.', [['ASSAULT', 'negated', 'أطلقت النار', 'قوات الأمن', 'المتظاهرين']]],
    // A threat is a THREATEN event; the attacks it names have not happened.
    ['وهدد التنظيم بشن هجمات جديدة على المساجد.', [['THREATEN', 'asserted', 'وهدد', 'التنظيم', 'المساجد'], ['ASSAULT', 'future', 'هجمات', 'التنظيم', 'المساجد']]],
    // A plan: the visit is future.
    ['ومن المقرر أن يزور الوزير العاصمة الأسبوع المقبل.', [['CONSULT', 'future', 'يزور', 'الوزير', null]]],
    // A host receives a visitor, who is the actor.
    ['استقبل الأمير خالد الوزير في مكتبه.', [['CONSULT', 'asserted', 'استقبل', 'الوزير', 'الأمير خالد']]],
    // An arrest: the one arrested is the recipient, those who arrest the actor; the count is theirs.
    ['تمكنت الجهات الأمنية من القبض على ثلاثة مقيمين.', [['COERCE', 'asserted', 'القبض', 'الجهات الأمنية', 'ثلاثة مقيمين']]],
    // What an attack is done to, after «على» past the act's adjectives, though no participant noun opens it; not a direction.
    ['وقال مسؤولون إن الغارات الجوية على الحزب جاءت ردا على العنف.', [['ASSAULT', 'asserted', 'الغارات', null, 'الحزب']]],
    ['وتواصلت الغارات على جنوب المدينة.', [['ASSAULT', 'asserted', 'الغارات', null, null]]],
    // A time set off by commas between a support verb and its act's noun leaves the verb's subject the doer.
    ['وأعلنت الشرطة، السبت 25 يوليو، عن اعتقال خمسة مطلوبين.', [['COERCE', 'asserted', 'اعتقال', 'الشرطة', 'خمسة مطلوبين']]],
    // Culture: a «تظاهرة» of film is a festival, no protest; a march of workers is one.
    ['وشهد المهرجان تظاهرة سينمائية كبيرة في العاصمة.', []],
    ['وتظاهر مئات العمال أمام مقر الشركة.', [['PROTEST', 'asserted', 'وتظاهر', 'مئات العمال', null]]],
    // A weak trigger alone is no event: «الهجوم خير وسيلة للدفاع».
    ['الهجوم خير وسيلة للدفاع.', []],
    // A verb's subject that no name or participant noun opens is read from the word classes; a city is done to, never the doer.
    ['قصفت البوارج صنعاء أمس.', [['ASSAULT', 'asserted', 'قصفت', 'البوارج', 'صنعاء']]],
    // A city before the trigger is where, not who: the actor is the side named.
    ['شهدت دمشق اشتباكات عنيفة بين الجيش والمعارضة.', [['ASSAULT', 'asserted', 'اشتباكات', 'الجيش', null]]],
    // A phrase with the article ends before a word without it: «الطائرات» acts on «مواقع المتمردين».
    ['وفي مدينة عدن قصفت الطائرات مواقع المتمردين.', [['ASSAULT', 'asserted', 'قصفت', 'الطائرات', 'مواقع المتمردين']]],
    // An arresting verb with its doer after it: the doer acts, the one arrested is done to.
    ['واعتقلت الشرطة العسكرية ناشطا في المدينة.', [['COERCE', 'asserted', 'واعتقلت', 'الشرطة العسكرية', 'ناشطا']]],
    // Counted people are the victims of an attack, never its doers.
    ['وقتلت الغارة خمسة مسلحين في مدينة تعز.', [['ASSAULT', 'asserted', 'الغارة', null, 'خمسة مسلحين']]],
    // After an act's noun, «ل» joined names whose act it is; the victims of «مقتل», which tells the same attack, are its recipient.
    ['وأسفرت غارات لطائرات التحالف عن مقتل عشرة مسلحين.', [['ASSAULT', 'asserted', 'غارات', 'لطائرات التحالف', 'عشرة مسلحين']]],
    // An act's noun is done by the subject of the support verb it is the object of, before or after it.
    ['نظمت نقابة المعلمين في المدينة تظاهرة احتجاجية.', [['PROTEST', 'asserted', 'تظاهرة', 'نقابة المعلمين', null]]],
    ['وتوقفت الغارات التي تشنها طائرات التحالف على المدينة.', [['ASSAULT', 'asserted', 'الغارات', 'طائرات التحالف', 'المدينة']]],
    // Its verb with the pronoun joined, after the noun's adjective: «القذائف المدفعية التي أطلقتها القوات».
    ['وقال المسؤول إن القذائف المدفعية التي أطلقتها القوات الحكومية سقطت على السوق.', [['ASSAULT', 'asserted', 'القذائف', 'القوات الحكومية', null]]],
    // The subject of a verb of saying only speaks of the act: the act's doer is unnamed.
    ['وأكد المتحدث باسم الشرطة الانفجار دون أن يذكر عدد الضحايا.', [['ASSAULT', 'asserted', 'الانفجار', null, null]]],
    // A relative clause's verb has the noun before the pronoun as its subject; with a plural ending, the phrase after it is its object.
    ['وأفرج المسلحون الذين خطفوا الصحفي عن رهينتين.', [['RETREAT', 'asserted', 'وأفرج', 'المسلحون', null], ['ASSAULT', 'asserted', 'خطفوا', 'المسلحون', 'الصحفي']]],
    // A verb of judging has the act it judges as its object, the act's nisba included; the act condemned happened; «في المدينة» is where.
    ['وأدانت الحكومة بشدة التفجير الإرهابي في المدينة.', [['ACCUSE', 'asserted', 'وأدانت', 'الحكومة', 'التفجير الإرهابي'], ['ASSAULT', 'asserted', 'التفجير', null, null]]],
    // Titles and the office beside a name are one phrase; a verb's object may follow its subject past a place and a time.
    ['استقبل صاحب السمو الملكي الأمير خالد بن سعود أمير منطقة القصيم في مكتبه أمس رئيس الغرفة التجارية.', [['CONSULT', 'asserted', 'استقبل', 'رئيس الغرفة التجارية', 'صاحب السمو الملكي الأمير خالد بن سعود أمير منطقة القصيم']]],
    // A clause after «إن» opens on its subject, before the verb.
    ['وقال المصدر إن قائد الشرطة العميد سالم الحربي زار المدينة.', [['CONSULT', 'asserted', 'زار', 'قائد الشرطة العميد سالم الحربي', 'المدينة']]],
    // A support verb's object is the first act after it: «الاحتجاجات» is not the army's.
    ['وشن الجيش هجوما على القرية أدى إلى اتساع الاحتجاجات.', [['ASSAULT', 'asserted', 'هجوما', 'الجيش', 'القرية'], ['PROTEST', 'asserted', 'الاحتجاجات', null, null]]],
    // «أنها» before the verb stands for the subject of the clause it is said in.
    ['وذكرت الشرطة العسكرية أنها اعتقلت ثلاثة من المتطرفين.', [['COERCE', 'asserted', 'اعتقلت', 'الشرطة العسكرية', 'ثلاثة من المتطرفين']]],
    // «ومن» is «من» with «و»: no phrase of its own; a participant phrase ends before a trigger («جهتها اتهمت …» is no phrase).
    ['ومن جانبه اتهم المحامي شركة البناء بالتلاعب في العقود.', [['ACCUSE', 'asserted', 'اتهم', 'المحامي', 'شركة البناء']]],
    ['ومن جهتها اتهمت الجمعية شركة البناء بالتلاعب.', [['ACCUSE', 'asserted', 'اتهمت', 'الجمعية', 'شركة البناء']]],
    // «قد» before a perfect tells what happened; before an imperfect, what may happen.
    ['وأوضح المتحدث أنه قد تم اعتقال خمسة متهمين في المدينة.', [['COERCE', 'asserted', 'اعتقال', null, 'خمسة متهمين']]],
    ['وحذر من أن القصف قد يؤدي إلى مقتل المدنيين.', [['ASSAULT', 'future', 'القصف', null, 'المدنيين'], ['ASSAULT', 'hypothetical', 'مقتل', null, 'المدنيين']]],
    // One attack told by two triggers: its doers are named at one, what they hit at the other; a sound plural's «ن» ends its phrase.
    ['وقال مسؤول إن خمسة جنود قتلوا عندما هاجم مسلحون نقطة التفتيش.', [['ASSAULT', 'asserted', 'قتلوا', 'مسلحون', 'نقطة التفتيش']]],
    // A verb whose subject suffers the act has it as recipient, and no doer.
    ['استشهد شاب بحي الفواز أمس.', [['ASSAULT', 'asserted', 'استشهد', null, 'شاب']]],
    // A noun of people (data/lexicon/people-nouns.txt) heads a participant phrase, as «مسلحون» does: whom the police took, whom gunmen attacked.
    ['وتمكنت الشرطة من القبض على الجاني بعد ساعات.', [['COERCE', 'asserted', 'القبض', 'الشرطة', 'الجاني']]],
    ['وهاجم مسلحون المزارعين في أراضيهم أمس.', [['ASSAULT', 'asserted', 'وهاجم', 'مسلحون', 'المزارعين']]],
    // A noun of people alone does not confirm a weak trigger beside it, as an armed actor or a victim would.
    ['ورأى المعلم أن الهجوم خير وسيلة للدفاع.', []],
    // A quantifier with partitive «من» is one phrase with what it counts.
    ['وأصيب عدد من المدنيين في القصف.', [['ASSAULT', 'asserted', 'القصف', null, 'عدد من المدنيين']]],
    // Offices one after another, after a title, are one phrase with the name; «بمقر الوزارة» is where, so the visitor after it is reached.
    ['استقبل معالي وزير الصحة الدكتور سالم بن فهد العتيبي، في مكتبه بمقر الوزارة أمس، سفير فرنسا لدى المملكة.', [['CONSULT', 'asserted', 'استقبل', 'سفير فرنسا', 'معالي وزير الصحة الدكتور سالم بن فهد العتيبي']]],
    // The subject of «تعرض» suffers the act; «من قبل» names its doer.
    ['وتعرضت المدينة لقصف عنيف من قبل قوات النظام.', [['ASSAULT', 'asserted', 'لقصف', 'قوات النظام', 'المدينة']]],
    // A condemned attack happened; «على يد» names the doer of the act nearest before it; after «مقتل» a nisba noun is the victim.
    ['ونددت المنظمة بمقتل صحفي شاب حرقا على يد مسلحين متطرفين.', [['ACCUSE', 'asserted', 'ونددت', 'المنظمة', 'بمقتل صحفي'], ['ASSAULT', 'asserted', 'بمقتل', 'مسلحين متطرفين', 'صحفي شاب حرقا']]],
    // A country after a direction is where, not who.
    ['وفي مدينة حدودية شرق لبنان اعتقل ثلاثة مهربين.', [['COERCE', 'asserted', 'اعتقل', null, 'ثلاثة مهربين']]],
    // Fighting «بين» one side «وبين» the other: the first acts, the second is done to.
    ['وتدور في شمال المدينة اشتباكات عنيفة بين الجيش الوطني والمقاومة الشعبية من جهة، وبين الميليشيات من جهة ثانية.', [['ASSAULT', 'asserted', 'اشتباكات', 'الجيش الوطني', 'الميليشيات']]],
    // A word of casualties that is no trigger names the victims of the attack, a count before them included; one of goods or of no person names none.
    ['وأسفر القصف عن جرح 12 حوثيا في المدينة.', [['ASSAULT', 'asserted', 'القصف', null, '12 حوثيا']]],
    ['إصابة عاملين بمقذوف سقط على مزرعة.', [['ASSAULT', 'asserted', 'بمقذوف', null, 'عاملين']]],
    ['وأسفر القصف عن مقتل عبارة كتبت على الجدار.', [['ASSAULT', 'asserted', 'القصف', null, null]]],
    // A subject after a colon opens its clause before the verb; a verb read by its stem is no noun of people («يطالب» is no «طالب»).
    ['عاجل: الوزير يطالب المحتجين بإخلاء الساحة.', [['REQUEST', 'asserted', 'يطالب', 'الوزير', 'المحتجين']]],
    // A place's kind with «ب» joined is where, with the place's name after it too.
    ['واندلعت معارك عنيفة أمس بمدينة تعز.', [['ASSAULT', 'asserted', 'معارك', null, null]]],
    // A phrase joined by «و» to the one after an act's noun is more of the same party; whom it is done to follows, after its preposition.
    ['ونقل المحافظ تعازي أمير المنطقة ونائبه إلى أسرة الفقيد.', [['SUPPORT', 'asserted', 'تعازي', 'المحافظ', 'أسرة الفقيد']]],
    // An act of the same type between a support verb and its object tells the same act: the verb's subject does both.
    ['وشن طيران التحالف غارات على مواقع المتمردين.', [['ASSAULT', 'asserted', 'طيران التحالف', 'التحالف', 'مواقع المتمردين']]],
    // A word whose «و» is its own («وزير») is no conjunct of the subject: it is the verb's object.
    ['ودعا المتظاهرون وزير الداخلية إلى الاستقالة.', [['REQUEST', 'asserted', 'ودعا', 'المتظاهرون', 'وزير الداخلية'], ['RETREAT', 'asserted', 'الاستقالة', null, null]]],
    // A verb's object comes after its subject's complements with «ب»: whom the praise is for.
    ['وأشاد الوزير بما قدمه أمير المنطقة من دعم.', [['SUPPORT', 'asserted', 'وأشاد', 'الوزير', 'أمير المنطقة']]],
    // The subject of a support verb after the act's noun may be a trigger of the same act, its means.
    ['وتواصلت الغارات التي يشنها الطيران الحربي على القرى.', [['ASSAULT', 'asserted', 'الغارات', 'الطيران الحربي', 'القرى']]],
    // History: a year long before the article's; «الحرب» alone is a weak trigger, «وقتل» beside the year tells it.
    ['وكانت الحرب قد اندلعت منذ عام 2011 وقتل فيها الآلاف.', [['ASSAULT', 'historical', 'وقتل', null, null]]],
  ];
  for (const [sentence, expected] of table) {
    it(sentence, () => assert.deepEqual(brief(eventsOf(sentence)), expected));
  }

  it('merges the triggers of one event in a sentence', () => {
    const events = eventsOf('قتل ثلاثة أشخاص وأصيب خمسة آخرون في انفجار سيارة مفخخة.');
    assert.deepEqual(events.map((e) => [e.type, e.trigger.text, e.mode]), [['ASSAULT', 'سيارة مفخخة', ['explosives']]]);
    assert.equal(events[0]!.counts.killed, 3);
    assert.equal(events[0]!.counts.injured, 5);
  });

  it('reads «ما» before a verb as «which», not as a negation', () => {
    const events = eventsOf('وانفجرت عبوة ناسفة في سوق المدينة، ما أدى إلى مقتل أربعة مدنيين.');
    assert.ok(events.some((e) => e.type === 'ASSAULT' && e.counts.killed === 4), JSON.stringify(events));
    assert.deepEqual(events.map((e) => e.status), events.map(() => 'asserted'));
  });
  it('points every span into the text', () => {
    const text = 'أدانت المملكة بشدة التفجير الإرهابي الذي استهدف مسجدا في الكويت، واعتقلت الشرطة خمسة متهمين.';
    const events = eventsOf(text);
    assert.ok(events.length >= 2);
    for (const e of events) {
      for (const s of [e.trigger, e.actor, e.recipient, e.place].filter((x) => x !== null)) assert.equal(text.slice(s!.start, s!.end), s!.text);
      assert.ok(EventSchema.safeParse(e).success, JSON.stringify(EventSchema.safeParse(e).error?.issues));
    }
  });
});

describe('parseEventLexicon', () => {
  it('reads triggers by stem (~) and as written', () => {
    const lex = parseEventLexicon('ASSAULT\taerial\tstrong\t~غارة|قصف جوي\n', 'negation\tلم\n');
    const events = (text: string): string[] => {
      const { doc } = buildDocument({ headline: null, subtitle: null, captions: [], paragraphs: [text], published: null });
      return findEvents(doc, { lexicon: lex }).map((e) => `${e.type}:${e.trigger.text}:${e.status}`);
    };
    assert.deepEqual(events('شنت الطائرات الغارات على المواقع.'), ['ASSAULT:الغارات:asserted']);
    assert.deepEqual(events('لم يقع قصف جوي على المدينة.'), ['ASSAULT:قصف جوي:negated']);
  });
  it('reads the nouns of people as participant heads, singular and plural', () => {
    const lex = parseEventLexicon('ASSAULT\t-\tstrong\t~هاجم\n', '', '# crime\nجاني\tجناة\nمزارع\tمزارعون|مزارعين\n-\tمارة\n');
    for (const w of ['جاني', 'جناة', 'مزارعون', 'مزارعين', 'مارة']) assert.ok(lex.cues.people.has(searchForm(w)), w);
    assert.ok(!lex.cues.people.has('-'));
    // A word that is a cue of another kind, or a function word too, keeps that reading.
    const more = parseEventLexicon('', 'title\tصاحب\n', 'صاحب\tأصحاب\nإمام\tأئمة\n');
    assert.deepEqual([...more.cues.people].sort(), [searchForm('أئمة'), searchForm('أصحاب')].sort());
  });
  it('names the file and line of a malformed entry', () => {
    assert.throws(() => parseEventLexicon('# head\nASSAULT\taerial\tloud\tغارة\n', ''), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && /triggers\.txt:2/.test(e.message));
    assert.throws(() => parseEventLexicon('', 'nonsense\tلم\n'), (e: unknown) => e instanceof RasdError && /cues\.txt:1/.test(e.message));
    assert.throws(() => parseEventLexicon('', '', '# head\nجاني جناة\n'), (e: unknown) => e instanceof RasdError && /people-nouns\.txt:2/.test(e.message));
  });
});
