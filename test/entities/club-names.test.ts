import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { clubWords, findClubNames } from '../../src/entities/club-names.js';
import { textWords } from '../../src/entities/fold-name.js';

const CLUBS = [
  'club-a\tORG\tAl Hilal\tنادي الهلال\tالهلال السعودي',
  'club-b\tORG\tAl Nassr\tالنصر السعودي\t~نادي النصر',
  'club-c\tORG\tAl Ahli\tنادي الأهلي السعودي\t~نادي الأهلي',
  'club-d\tORG\tAl Ahly\tنادي الأهلي المصري\t~النادي الأهلي',
  'club-e\tORG\tStade\tنادي الملعب التونسي\t~الملعب التونسي',
  'club-f\tORG\tAl Ittihad\tنادي الاتحاد\tاتحاد جدة',
].join('\n');
const lists = clubWords(CLUBS, ['مباراة', 'الدوري', 'لاعب']);
const clubs = (text: string): Array<[string, string | null]> => findClubNames(text, textWords(text), lists).map((m) => [m.text, m.entity?.id ?? null]);

describe('findClubNames: clubs by their bare names in an article about sport', () => {
  it('finds the bare names with their clitics off («للهلال» keeps its second ل), and a shared name with no id', () => {
    const text = 'فاز الهلال على النصر في مباراة الدوري، وسجل لاعب الأهلي هدفا. وكان الهدف الثاني للهلال.';
    assert.deepEqual(clubs(text), [['الهلال', 'club-a'], ['النصر', 'club-b'], ['الأهلي', null], ['لهلال', 'club-a']]);
  });
  it('finds none in an article with fewer than two words of sport, nor a name the list gives only with its nisba', () => {
    assert.deepEqual(clubs('احتفل الناس بالنصر في مباراة حاسمة.'), []);
    assert.deepEqual(clubs('أقيمت مباراة الدوري في الملعب بحضور لاعب سابق.'), []);
  });
  it('leaves a bare name a nisba follows to the rules that read the longer name', () => {
    assert.deepEqual(clubs('قرر الاتحاد السعودي والهلال السعودي تأجيل مباراة الدوري بعد إصابة لاعب الاتحاد.'), [['الاتحاد', 'club-f']]);
  });
});
