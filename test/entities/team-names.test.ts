import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkMentions } from '../../src/entities/link-mentions.js';
import { mentionsAt } from '../helpers/mentions.js';

describe('a team named by its town', () => {
  it('takes a place written right after a team noun, and the same name alone in the article, for the team', () => {
    const text = 'وقال مدرب فريق الخليج إن المعسكر ناجح. وتعاقد الخليج مع مهاجم جديد، ثم سافر الوفد إلى الرياض.';
    const got = linkMentions(text, mentionsAt('LOC', text, 'الخليج إن', 'الخليج مع', 'الرياض').map((m) => ({ ...m, end: m.start + m.text.split(' ')[0]!.length, text: m.text.split(' ')[0]! })), { scanAliases: false });
    assert.deepEqual(
      got.map((e) => `${e.type} ${e.text}`),
      ['ORG الخليج', 'ORG الخليج', 'LOC الرياض'],
    );
  });
  it('finds a club the tagger missed: a town or a feminine noun with a masculine nisba after a preposition, the nisba in its name', () => {
    const text = 'وانتقل اللاعب إلى العين الإماراتي بعد موسم مع الوحدة الإماراتي. وقال وزير الثقافة البريطاني إن النظام المالي الإيراني معقد.';
    const got = linkMentions(text, [], { scanAliases: false });
    assert.deepEqual(got.filter((e) => e.type === 'ORG').map((e) => e.text), ['العين الإماراتي', 'الوحدة الإماراتي']);
  });
  it('takes a city with a masculine nisba after it for its club, and the city with a feminine one for the city', () => {
    const text = 'وأوقعت القرعة برشلونة الإسباني مع موناكو الفرنسي. ووصل الوفد إلى باريس الفرنسية.';
    const got = linkMentions(text, mentionsAt('LOC', text, 'برشلونة', 'موناكو', 'باريس'), { scanAliases: false });
    assert.deepEqual(got.map((e) => `${e.type} ${e.text}`), ['ORG برشلونة', 'ORG موناكو', 'LOC باريس']);
    const south = 'وزار الوفد السودان الجنوبي أمس.';
    assert.deepEqual(linkMentions(south, mentionsAt('LOC', south, 'السودان'), { scanAliases: false }).map((e) => e.type), ['LOC']);
  });
  it('leaves a place that no team noun stands right before («فريق عمل إلى الرياض»)', () => {
    const text = 'ووصل فريق عمل إلى الرياض.';
    assert.deepEqual(linkMentions(text, mentionsAt('LOC', text, 'الرياض'), { scanAliases: false }).map((e) => `${e.type} ${e.text}`), ['LOC الرياض']);
  });
});
