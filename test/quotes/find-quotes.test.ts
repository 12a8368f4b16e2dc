import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { articleEntities, articleText } from '../../src/entities/annotate.js';
import type { Entity } from '../../src/entities/entity-schema.js';
import { RasdError } from '../../src/errors.js';
import { findQuotes, parseQuoteCues, QuoteSchema } from '../../src/quotes/index.js';
import { findQuoteMarks } from '../../src/quotes/quote-marks.js';
import { scoreQuotes, speakerPR, type ExpectedQuote } from '../../src/quotes/score-quotes.js';
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
    const text = 'افتتحت شركة «النخيل» فرعا جديدا، ووصف المدير المشروع بأنه «خطوة» مهمة. قال كلمته ومضى.';
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

describe('parseQuoteCues', () => {
  it('names the file and line of a malformed entry', () => {
    assert.throws(() => parseQuoteCues('verb\tقال\n', 'cues.txt'), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && /cues\.txt:1/.test(e.message));
    assert.throws(() => parseQuoteCues('# c\nnoun\tكتاب\n', 'cues.txt'), /cues\.txt:2: unknown kind/);
  });
});

describe('findQuotes on any text (property)', () => {
  it('never throws; spans are within the text and carry their surface', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, arabicText.map((t) => `قال ${t}: «${t}» وأضاف أن ${t}`)), (text) => {
        for (const q of findQuotes(text, [])) {
          assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length);
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
  };
  it('has at least 40 statements of our own', () => assert.ok(golden.articles.reduce((n, a) => n + a.quotes.length, 0) >= 40));
  it('finds the statements and their speakers (npm run eval:quotes prints the details)', () => {
    const cases = golden.articles.map((a) => {
      const article = { headline: null, subtitle: null, captions: [], paragraphs: a.paragraphs };
      return { id: a.id, expected: a.quotes, found: findQuotes(articleText(article), articleEntities(article)) };
    });
    const s = scoreQuotes(cases);
    const sp = speakerPR(s);
    // Floors below what the current finder and tagger reach (100 % statements, 97.5 % speakers), so
    // that a tagger retrained with other boundaries does not fail the suite, while a broken finder does.
    const detail = s.misses.join('\n');
    assert.ok(s.matched / s.expected >= 0.9 && s.matched / s.found >= 0.9, detail);
    assert.ok(sp.precision >= 0.85 && sp.recall >= 0.85, detail);
    assert.ok(s.kindRight / s.matched >= 0.9 && s.cueRight / s.matched >= 0.9, detail);
  });
});
