// Outlet chrome profiles kept by the store: written as checked JSON, read back the same, and a later
// single article from the outlet cleaned with what its earlier articles taught (our own wordings).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { profileFromJson, profileToJson } from '../../src/ingest/chrome/profile-json.js';
import { emptyProfile, observeArticle, prune } from '../../src/ingest/chrome/profile.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runCli } from '../helpers/run-cli.js';

const verbs = ['أعلنت', 'كشفت', 'أكدت', 'طرحت', 'نشرت'];
const places = ['جدة', 'الرياض', 'أبها', 'تبوك'];
/** A record of the outlet «صحيفة المثال», its first line glued to a slogan the outlet prints on every page (no kind file knows it). */
const record = (n: number): { title: string; source: string; content: string } => ({
  title: `خبر رقم ${n} عن المشاريع`,
  source: 'صحيفة المثال',
  content: `نشرة المثال اليومية ${verbs[n % 5]} الوزارة ${['اليوم', 'أمس', 'مساء'][n % 3]} عن ${n + 3} وظيفة جديدة في ${places[n % 4]} ضمن خطة التوظيف.\nوأضافت أن التقديم يبدأ الأسبوع المقبل عبر البوابة الإلكترونية للوزارة في ${places[(n + 1) % 4]}.`,
});

describe('outlet profiles in the store', () => {
  it('round-trips a profile through its JSON, without the keys one article alone carried', () => {
    const p = emptyProfile();
    for (let n = 0; n < 12; n++) observeArticle(p, record(n).content.split('\n'));
    const back = profileFromJson(profileToJson(p));
    prune(p);
    assert.deepEqual(back, p);
    assert.throws(() => profileFromJson('{"n": -1}'));
  });

  it('keeps each outlet\'s profile, and cleans a later single article with it', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'rasd-profiles-'));
    const db = join(tmp, 'p.db');
    const many = join(tmp, 'many.jsonl');
    writeFileSync(many, Array.from({ length: 40 }, (_, n) => JSON.stringify(record(n))).join('\n'));
    const one = join(tmp, 'one.jsonl');
    writeFileSync(one, JSON.stringify(record(77)));
    // Alone, the single article keeps the slogan: nothing says it is chrome.
    const alone = await runCli(['extract', one]);
    assert.match((JSON.parse(alone.stdout) as { paragraphs: string[] }).paragraphs[0]!, /^نشرة المثال اليومية/u);
    assert.equal((await runCli(['ingest', '--db', db, many])).code, 0);
    const r = await runCli(['ingest', '--db', db, one]);
    assert.equal(r.code, 0, r.stderr);
    const store = openSqliteStore(db, { readonly: true });
    try {
      assert.equal(store.chromeProfile('صحيفة المثال')!.n, 41);
      const raw = new Database(db, { readonly: true });
      const id = raw.prepare('SELECT id FROM articles WHERE headline = ?').pluck().get('خبر رقم 77 عن المشاريع') as string;
      raw.close();
      const hit = store.getArticle(id)!;
      assert.equal(hit.paragraphs[0], record(77).content.split('\n')[0]!.replace('نشرة المثال اليومية ', ''));
      assert.deepEqual(hit.removed.map((x) => [x.kind, x.evidence, x.text]), [['template', 'repeat', 'نشرة المثال اليومية']]);
    } finally {
      store.close();
    }
  });
});

describe('a store\'s articles read again', () => {
  it('are known by their input text, and not counted into the profile twice', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'rasd-profiles-'));
    const db = join(tmp, 'again.db');
    const many = join(tmp, 'many.jsonl');
    writeFileSync(many, Array.from({ length: 12 }, (_, n) => JSON.stringify(record(n))).join('\n'));
    const first = await runCli(['ingest', '--db', db, many]);
    assert.match(first.stderr, /12 new articles, 0 already stored/);
    const again = await runCli(['ingest', '--db', db, many]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /0 new articles, 12 already stored/);
    // The same article in a second record (another address): one article, both inputs known from now on.
    const twice = join(tmp, 'twice.jsonl');
    writeFileSync(twice, [{ ...record(50), url: 'https://example.com/a' }, { ...record(50), url: 'https://example.com/b' }].map((r) => JSON.stringify(r)).join('\n'));
    assert.match((await runCli(['ingest', '--db', db, twice])).stderr, /1 new articles, 1 already stored/);
    assert.match((await runCli(['ingest', '--db', db, twice])).stderr, /0 new articles, 2 already stored/);
    const store = openSqliteStore(db, { readonly: true });
    try {
      assert.equal(store.chromeProfile('صحيفة المثال')!.n, 14);
    } finally {
      store.close();
    }
  });
});
