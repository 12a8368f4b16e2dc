import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RasdError } from '../../src/errors.js';
import { canonicalize, createAliasIndex, defaultAliasIndex, findAliasMentions, nameKey, parseAliases, type EntityType } from '../../src/entities/index.js';

describe('nameKey', () => {
  const table: Array<[string, string]> = [
    ['الأمم المتحدة', 'الامم المتحده'],
    ['عبدالله بن زايد', 'عبد الله بن زايد'],
    ['وعبدالرحمن', 'وعبد الرحمن'],
    ['عَبْدُ اللهِ', 'عبد الله'],
    ['  داعـــش  ', 'داعش'],
    ['U.N.', 'u . n .'],
    ['مصطفى', 'مصطفي'],
  ];
  for (const [input, key] of table) it(JSON.stringify(input), () => assert.equal(nameKey(input), key));
});

describe('canonicalize: the bundled alias table', () => {
  const table: Array<[string, EntityType | undefined, string | null]> = [
    ['داعش', undefined, 'isis'],
    ['تنظيم الدولة', 'ORG', 'isis'],
    ['بتنظيم الدولة', 'ORG', 'isis'],
    ['ولتنظيم الدولة الإسلامية', 'ORG', 'isis'],
    ['لداعش', undefined, 'isis'],
    ['الدولة الإسلامية في العراق والشام', undefined, 'isis'],
    ['ISIS', undefined, 'isis'],
    ['ISIL', undefined, 'isis'],
    ['الامم المتحده', 'ORG', 'un'],
    ['للأمم المتحدة', 'ORG', 'un'],
    ['الأُمَمُ المُتَّحِدَة', 'ORG', 'un'],
    ['هيئة تحرير الشام', 'ORG', 'hts'],
    ['جبهة النصرة', 'ORG', 'hts'],
    ['HTS', 'ORG', 'hts'],
    ['الجيش الحر', 'ORG', 'fsa'],
    ['قسد', 'ORG', 'sdf'],
    ['قوات سورية الديمقراطية', 'ORG', 'sdf'],
    ['حزب الله', 'ORG', 'hezbollah'],
    ['كتائب حزب الله', 'ORG', 'kataib-hezbollah'],
    // A tagger-only form («~حماس») still names the actor when the tagger marked it.
    ['حماس', 'ORG', 'hamas'],
    ['حركة المقاومة الإسلامية', 'ORG', 'hamas'],
    ['أنصار الله', 'ORG', 'houthis'],
    ['الحوثيين', 'ORG', 'houthis'],
    ['المرصد السوري لحقوق الإنسان', 'ORG', 'sohr'],
    ['SOHR', 'ORG', 'sohr'],
    ['حلف شمال الأطلسي', 'ORG', 'nato'],
    ['والناتو', 'ORG', 'nato'],
    ['منظمة الصحة العالمية', 'ORG', 'who'],
    ['أمريكا', 'LOC', 'united-states'],
    ['أميركا', 'LOC', 'united-states'],
    ['الولايات المتحدة الأمريكية', 'LOC', 'united-states'],
    ['سورية', 'LOC', 'syria'],
    ['أحمد الشرع', 'PERS', 'ahmed-al-sharaa'],
    ['عبدالله بن زايد', 'PERS', 'abdullah-bin-zayed'],
    ['عبد الله بن زايد', 'PERS', 'abdullah-bin-zayed'],
    ['ترمب', 'PERS', 'donald-trump'],
    ['Islamic State', undefined, 'isis'],
    // A state named by another type the tagger confuses it with still fits; a person never does.
    ['حزب الله', 'LOC', 'hezbollah'],
    ['حزب الله', 'PERS', null],
    ['ترامب', 'ORG', null],
    // Not aliases: blocked phrases, capitals, common words, longer words, unknown names.
    ['مجلس الأمن القومي', 'ORG', null],
    ['أمريكا اللاتينية', 'LOC', null],
    ['واشنطن', 'LOC', null],
    ['الأمل', undefined, null],
    ['الحماس', undefined, null],
    ['داعشي', undefined, null],
    ['سامر الحلبي', 'PERS', null],
    ['', undefined, null],
  ];
  for (const [mention, type, id] of table) {
    it(`${JSON.stringify(mention)} ${type ?? ''} → ${id}`, () => assert.equal(canonicalize(mention, type)?.id ?? null, id));
  }
  it('gives the canonical names', () => {
    assert.deepEqual(canonicalize('داعش'), { id: 'isis', type: 'ORG', name_ar: 'الدولة الإسلامية', name_en: 'Islamic State' });
  });
});

describe('findAliasMentions', () => {
  const table: Array<[string, Array<[string, string]>]> = [
    ['قال بيان لتنظيم الدولة إن عناصر من داعش انسحبوا', [['isis', 'تنظيم الدولة'], ['isis', 'داعش']]],
    ['هاجم مسلحو تنظيم الدولة الإسلامية في العراق والشام القرية', [['isis', 'تنظيم الدولة الإسلامية في العراق والشام']]],
    // The longest form wins: «كتائب حزب الله» is not «حزب الله».
    ['أعلنت كتائب حزب الله وحزب الله اللبناني موقفهما', [['kataib-hezbollah', 'كتائب حزب الله'], ['hezbollah', 'حزب الله اللبناني']]],
    // Clitics in front are left out of the span, except ل + the article's ل.
    ['ودعا بداعش وللأمم المتحدة', [['isis', 'داعش'], ['un', 'لأمم المتحدة']]],
    ['رحبت الامم المتحده بالقرار', [['un', 'الامم المتحده']]],
    ['ونقلت وكالة ISIS-K عن مصادر', [['isis-k', 'ISIS-K']]],
    ['ووصل مندوب U.N. إلى المدينة', [['un', 'U.N.']]],
    // Capitals only: «US» is the United States, «us» and «Us» are not.
    ['قالت US إن', [['united-states', 'US']]],
    ['let us go and Us too', []],
    // Never inside a longer word.
    ['قال عنصر داعشي سابق إن القرارات الأممية مهمة', []],
    ['واستقبلها الجمهور بحماسة', []],
    // Tagger-only forms are common words: left to the tagger.
    ['استقبل الجمهور الفريق بحماس', []],
    ['عادت الطائرات إلى القاعدة العسكرية', []],
    ['أصدرت حركة حماس بيانا', [['hamas', 'حركة حماس']]],
    ['وأكد تنظيم القاعدة', [['al-qaeda', 'تنظيم القاعدة']]],
    // Blocked phrases are passed over whole.
    ['اجتمع مجلس الأمن القومي في البيت الأبيض', [['white-house', 'البيت الأبيض']]],
    ['ودعا مجلس الأمن الدولي إلى وقف القتال', [['unsc', 'مجلس الأمن الدولي']]],
    ['سافر إلى أمريكا اللاتينية ثم إلى أمريكا', [['united-states', 'أمريكا']]],
    // A name never runs across a line break.
    ['الأمم\nالمتحدة', []],
    // The article on a one-word name that is no common word.
    ['قال الناتو إن', [['nato', 'الناتو']]],
    ['زار عبدالله بن زايد وعبد الله بن زايد', [['abdullah-bin-zayed', 'عبدالله بن زايد'], ['abdullah-bin-zayed', 'عبد الله بن زايد']]],
    ['', []],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => {
      const found = findAliasMentions(text);
      assert.deepEqual(found.map((m) => [m.entity.id, m.text]), expected);
      for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
    });
  }
  it('does not break a name written with harakat and tatweel', () => {
    const text = 'وأعلنت الأُمَمُ المُتّـحدة';
    assert.deepEqual(findAliasMentions(text).map((m) => m.text), ['الأُمَمُ المُتّـحدة']);
  });
});

describe('parseAliases and createAliasIndex', () => {
  const bad: Array<[string, RegExp]> = [
    ['x\tORG\tX\tإكس\textra\tfield', /expected/],
    ['X\tORG\tX\tإكس', /bad id "X"/],
    ['x\tGROUP\tX\tإكس', /unknown type "GROUP"/],
    ['x\tORG\tX\tإكس\nx\tORG\tY\tواي', /:2: the id "x" is used twice/],
    ['x\tORG\t\tإكس', /names must be given/],
    ['!', /expected "!<TAB>/],
  ];
  for (const [source, message] of bad) {
    it(`rejects ${JSON.stringify(source)}`, () => assert.throws(() => parseAliases(source, 'test.txt'), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && message.test(e.message)));
  }
  it('rejects a form listed on two lines, naming both', () => {
    const rows = parseAliases('a\tORG\tA\tألف\tالف\nb\tORG\tB\tباء\tألف', 't.txt');
    assert.throws(() => createAliasIndex(rows), /t\.txt: lines 1 and 2 both list "ألف"/);
  });
  it('rejects a form or an id listed in two files, naming both', () => {
    const a = parseAliases('a\tORG\tA\tألف\tالف', 'a.txt');
    assert.throws(() => createAliasIndex([...a, ...parseAliases('b\tORG\tB\tباء\tألف', 'b.txt')]), /a\.txt:1 and b\.txt:1 both list "ألف"/);
    assert.throws(() => createAliasIndex([...a, ...parseAliases('a\tORG\tB\tباء', 'b.txt')]), /b\.txt:1: the id "a" is used twice/);
  });
  it('accepts a form repeated within a line', () => {
    const index = createAliasIndex(parseAliases('a\tORG\tUNICEF\tيونيسف\tUNICEF|يونيسف', 't.txt'));
    assert.equal(canonicalize('UNICEF', undefined, index)?.id, 'a');
    assert.equal(findAliasMentions('قالت UNICEF', { index }).length, 1);
  });
  it('bundles a table of 150 to 300 actors of every type, and named bodies in files of their own, each with its own id', () => {
    const actors = parseAliases(readFileSync(new URL('../../data/entities/aliases.txt', import.meta.url), 'utf8')).filter((r) => r.entity);
    assert.ok(actors.length >= 150 && actors.length <= 300, `${actors.length} actors`);
    for (const type of ['PERS', 'ORG', 'LOC', 'MISC']) assert.ok(actors.some((r) => r.entity!.type === type), type);
    const index = defaultAliasIndex();
    assert.equal(new Set(index.entities.map((e) => e.id)).size, index.entities.length);
    assert.equal(index.byId('sohr')?.name_ar, 'المرصد السوري لحقوق الإنسان');
    // Each file of bodies holds organisations only, under its own prefix.
    for (const [file, prefix] of [['companies', 'co-'], ['clubs', /^(club|sport)-/], ['organisations', 'org-']] as const) {
      const rows = parseAliases(readFileSync(new URL(`../../data/entities/bodies/${file}.txt`, import.meta.url), 'utf8')).filter((r) => r.entity);
      assert.ok(rows.length >= 100, `${file}: ${rows.length} bodies`);
      for (const r of rows) {
        assert.equal(r.entity!.type, 'ORG', r.entity!.id);
        assert.ok(typeof prefix === 'string' ? r.entity!.id.startsWith(prefix) : prefix.test(r.entity!.id), r.entity!.id);
      }
    }
  });
});
