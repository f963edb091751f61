// Rubrics and tags administration: roles, CSRF, rubric create / edit / reorder / delete, slug rules,
// tag search, rename, merge and delete, XSS in names, audit entries and the public site following.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentChange } from '../../../src/newsroom/deps.js';
import { testApp, type TestApp } from '../../support/app.js';
import { TEST_NOW } from '../../support/constants.js';
import { section, stripTags } from '../../support/html.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import type { Role } from '../../../src/store/schema.js';

let t: TestApp;
let staff: Record<Role, TestStaff>;
const changes: ContentChange[] = [];

beforeAll(async () => {
  t = await testApp({ onChange: (c) => changes.push(c) });
  staff = await createNewsroom(t);
});
afterAll(() => t?.close());

const db = () => t.store.db;

function form(data: Record<string, string>): string {
  return new URLSearchParams(data).toString();
}

async function post(user: TestStaff | null, url: string, data: Record<string, string>, opts: { csrf?: boolean } = {}) {
  const body = { ...data };
  if (user && opts.csrf !== false) body._csrf = user.csrf;
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(user ? { cookie: user.cookie } : {}) },
    payload: form(body),
  });
}

async function get(user: TestStaff | null, url: string) {
  return t.app.inject({ url, headers: user ? { cookie: user.cookie } : {} });
}

/** The flash message a redirect left, read from the page it leads to. */
async function follow(user: TestStaff, res: { statusCode: number; headers: Record<string, unknown> }) {
  expect(res.statusCode).toBe(303);
  const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  const flash = cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('nd_flash='));
  return t.app.inject({ url: String(res.headers.location), headers: { cookie: [user.cookie, flash].filter(Boolean).join('; ') } });
}

/** The public menu of a language: rubric names in order. */
async function menu(lang: string): Promise<string[]> {
  const res = await t.app.inject(`/${lang}/`);
  expect(res.statusCode).toBe(200);
  const nav = section(res.body, /<nav class="rubric-nav"[^>]*>/)!;
  return [...nav.matchAll(/<li><a href="[^"]*">([^<]*)<\/a><\/li>/g)].map((m) => stripTags(m[1])).slice(1);
}

async function rubricBySlug(lang: string, slug: string) {
  return db().selectFrom('rubric_i18n').where('lang', '=', lang).where('slug', '=', slug).select(['rubric_id', 'name']).executeTakeFirst();
}

async function lastAudit(action: string) {
  return db().selectFrom('audit_log').where('action', '=', action).selectAll().orderBy('id', 'desc').executeTakeFirst();
}

const rubricForm = (names: Record<string, [string, string]>) =>
  Object.fromEntries(Object.entries(names).flatMap(([l, [name, slug]]) => [[`name_${l}`, name], [`slug_${l}`, slug]]));

describe('permissions and CSRF', () => {
  const gets = ['/newsroom/taxonomy/', '/newsroom/taxonomy/rubrics/new/', '/newsroom/taxonomy/rubrics/1/', '/newsroom/taxonomy/tags/', '/newsroom/taxonomy/tags/1/', '/newsroom/taxonomy/tags/1/merge/?into=2'];
  const posts = [
    '/newsroom/taxonomy/rubrics/',
    '/newsroom/taxonomy/rubrics/1/',
    '/newsroom/taxonomy/rubrics/1/move/',
    '/newsroom/taxonomy/rubrics/1/delete/',
    '/newsroom/taxonomy/tags/1/',
    '/newsroom/taxonomy/tags/1/merge/',
    '/newsroom/taxonomy/tags/1/delete/',
  ];

  it('refuses authors and translators on every page and form (403), and sends strangers to sign in', async () => {
    for (const role of ['author', 'translator'] as const) {
      for (const url of gets) expect((await get(staff[role], url)).statusCode, `${role} GET ${url}`).toBe(403);
      for (const url of posts) expect((await post(staff[role], url, { direction: 'up', into: '2', name_ru: 'x' })).statusCode, `${role} POST ${url}`).toBe(403);
    }
    for (const url of gets) {
      const res = await get(null, url);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toMatch(/^\/newsroom\/login\//);
    }
    // nothing changed on the way
    expect(await db().selectFrom('rubrics').where('id', '=', 1).select('id').executeTakeFirst()).toBeTruthy();
    expect(await db().selectFrom('tags').where('id', '=', 1).select('id').executeTakeFirst()).toBeTruthy();
  });

  it('lets editors and administrators in', async () => {
    for (const role of ['editor', 'administrator'] as const) {
      for (const url of gets) expect((await get(staff[role], url)).statusCode, `${role} GET ${url}`).toBe(200);
    }
  });

  it('refuses every form without the session CSRF token', async () => {
    for (const url of posts) {
      const res = await post(staff.editor, url, { direction: 'down', into: '2', ...rubricForm({ ru: ['Х', ''], ky: ['Х', ''], en: ['X', ''] }) }, { csrf: false });
      expect(res.statusCode, url).toBe(403);
      expect(res.body).toMatch(/did not come from this site/);
    }
    expect(await db().selectFrom('rubrics').where('id', '=', 1).select('id').executeTakeFirst()).toBeTruthy();
  });

  it('every form on the pages carries the CSRF token', async () => {
    for (const url of ['/newsroom/taxonomy/', '/newsroom/taxonomy/rubrics/1/', '/newsroom/taxonomy/tags/', '/newsroom/taxonomy/tags/1/', '/newsroom/taxonomy/tags/1/merge/?into=2']) {
      const html = (await get(staff.editor, url)).body;
      const forms = [...html.matchAll(/<form\b[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/g)];
      expect(forms.length, url).toBeGreaterThan(0);
      for (const f of forms) expect(f[1], url).toContain(`name="_csrf" value="${staff.editor.csrf}"`);
    }
  });
});

describe('rubrics', () => {
  it('lists the rubrics in menu order with names, slugs and article counts', async () => {
    const res = await get(staff.editor, '/newsroom/taxonomy/');
    expect(res.statusCode).toBe(200);
    const names = [...res.body.matchAll(/<h2 class="tx-rubric-title">[\s\S]*?<a href="[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(names).toEqual(await menu('ru'));
    expect(res.body).toContain('<code class="tx-slug">politika</code>');
    const used = await db().selectFrom('articles').innerJoin('rubric_i18n as r', 'r.rubric_id', 'articles.rubric_id').where('r.slug', '=', 'politika').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(stripTags(res.body)).toContain(`${Number(used.n).toLocaleString('en-GB')} articles`);
  });

  it('creates a rubric with slugs made from the names, at the end of every language menu', async () => {
    changes.length = 0;
    const res = await post(staff.editor, '/newsroom/taxonomy/rubrics/', rubricForm({ ru: ['Наука', ''], ky: ['Илим', ''], en: ['Science', 'science'] }));
    const page = await follow(staff.editor, res);
    expect(page.body).toContain('Rubric “Наука” created');
    expect(await rubricBySlug('ru', 'nauka')).toBeTruthy();
    expect(await rubricBySlug('ky', 'ilim')).toBeTruthy();
    expect((await menu('ru')).at(-1)).toBe('Наука');
    expect((await menu('ky')).at(-1)).toBe('Илим');
    expect((await menu('en')).at(-1)).toBe('Science');
    expect((await t.app.inject('/en/rubric/science/')).statusCode).toBe(200);
    expect(changes).toContainEqual({ kind: 'taxonomy' });
    const entry = await lastAudit('rubric.change');
    expect(entry?.user_name).toBe(staff.editor.name);
    expect(JSON.parse(entry!.details!)).toMatchObject({ op: 'create' });
  });

  it('validates names and slugs, keeps what was typed and saves nothing', async () => {
    const before = await db().selectFrom('rubrics').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await post(staff.editor, '/newsroom/taxonomy/rubrics/', rubricForm({ ru: ['Погода', 'Pogoda!'], ky: ['', ''], en: ['Weather', 'bad slug'] }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('value="Pogoda!"');
    expect(res.body).toContain('value="Погода"');
    expect(res.body).toContain('value="bad slug"');
    expect(res.body).toMatch(/id="slug_ru-error"[^>]*>Use only lower-case Latin letters/);
    expect(res.body).toMatch(/id="name_ky-error"[^>]*>Enter a name/);
    expect(res.body).toMatch(/id="slug_en"[^>]*aria-invalid="true"/);
    expect(res.body).toMatch(/e\.g\. “pogoda”/);
    const after = await db().selectFrom('rubrics').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('keeps slugs unique per language, but the same slug may serve another language', async () => {
    // "politika" is the Russian slug of Politics
    const dup = await post(staff.editor, '/newsroom/taxonomy/rubrics/', rubricForm({ ru: ['Политика 2', 'politika'], ky: ['Саясат 2', ''], en: ['Politics 2', ''] }));
    expect(dup.statusCode).toBe(409);
    expect(dup.body).toMatch(/id="slug_ru-error"[^>]*>Another rubric already uses the slug “politika”/);
    expect(dup.body).toContain('value="Политика 2"');
    // a generated slug that collides is refused too ("Экономика" -> ekonomika, taken in ru and ky)
    const gen = await post(staff.editor, '/newsroom/taxonomy/rubrics/', rubricForm({ ru: ['Экономика', ''], ky: ['Экономика жаңы', ''], en: ['Economy two', ''] }));
    expect(gen.statusCode).toBe(409);
    expect(gen.body).toMatch(/id="slug_ru-error"/);
    // "politika" in English is free: slugs are unique within one language
    const ok = await post(staff.editor, '/newsroom/taxonomy/rubrics/', rubricForm({ ru: ['Аналитика', 'analitika'], ky: ['Талдоо', 'taldoo'], en: ['Politika', 'politika'] }));
    expect(ok.statusCode).toBe(303);
    expect((await rubricBySlug('en', 'politika'))?.name).toBe('Politika');
  });

  it('edits names and slugs; the old public address redirects to the new one', async () => {
    const r = (await rubricBySlug('ru', 'nauka'))!;
    const res = await post(staff.editor, `/newsroom/taxonomy/rubrics/${r.rubric_id}/`, rubricForm({ ru: ['Наука и техника', 'nauka-i-tekhnika'], ky: ['Илим', 'ilim'], en: ['Science', 'science'] }));
    const page = await follow(staff.editor, res);
    expect(page.body).toContain('/ru/rubric/nauka/ now leads to /ru/rubric/nauka-i-tekhnika/');
    expect(page.body).toContain('<code>/ru/rubric/nauka/</code>');
    expect(await menu('ru')).toContain('Наука и техника');
    const old = await t.app.inject('/ru/rubric/nauka/');
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/ru/rubric/nauka-i-tekhnika/');
    const oldPage2 = await t.app.inject('/ru/rubric/nauka/?page=2');
    expect(oldPage2.headers.location).toBe('/ru/rubric/nauka-i-tekhnika/?page=2');
    // subscribers of the old feed addresses keep their feed
    const oldFeed = await t.app.inject('/ru/rubric/nauka/feed.rss');
    expect(oldFeed.statusCode).toBe(301);
    expect(oldFeed.headers.location).toBe('/ru/rubric/nauka-i-tekhnika/feed.rss');
    expect((await t.app.inject('/ru/rubric/nauka-i-tekhnika/feed.rss')).statusCode).toBe(200);
    expect((await t.app.inject('/ru/rubric/never-existed/feed.json')).statusCode).toBe(404);
    expect((await t.app.inject('/ru/rubric/nauka-i-tekhnika/')).statusCode).toBe(200);
    // an unknown slug is still a plain 404
    expect((await t.app.inject('/ru/rubric/no-such-rubric/')).statusCode).toBe(404);
    const entry = await lastAudit('rubric.change');
    expect(JSON.parse(entry!.details!)).toMatchObject({ op: 'update', from: { ru: { slug: 'nauka' } }, to: { ru: { slug: 'nauka-i-tekhnika' } } });
  });

  it('moves a rubric up and down the menu of every language', async () => {
    const before = await menu('ru');
    const last = before.at(-1)!;
    const id = (await db().selectFrom('rubric_i18n').where('lang', '=', 'ru').where('name', '=', last).select('rubric_id').executeTakeFirstOrThrow()).rubric_id;
    changes.length = 0;
    const up = await post(staff.editor, `/newsroom/taxonomy/rubrics/${id}/move/`, { direction: 'up' });
    expect((await follow(staff.editor, up)).body).toContain(`“${last}” moved up`);
    const after = await menu('ru');
    expect(after.at(-2)).toBe(last);
    expect(after.at(-1)).toBe(before.at(-2));
    expect(changes).toContainEqual({ kind: 'taxonomy' });
    const enAfter = await menu('en');
    const enName = (await db().selectFrom('rubric_i18n').where('lang', '=', 'en').where('rubric_id', '=', id).select('name').executeTakeFirstOrThrow()).name;
    expect(enAfter.at(-2)).toBe(enName);
    // to the top: the first position
    for (let i = 0; i < before.length; i++) await post(staff.editor, `/newsroom/taxonomy/rubrics/${id}/move/`, { direction: 'up' });
    expect((await menu('ru'))[0]).toBe(last);
    const again = await post(staff.editor, `/newsroom/taxonomy/rubrics/${id}/move/`, { direction: 'up' });
    expect((await follow(staff.editor, again)).body).toContain('already first');
    await post(staff.editor, `/newsroom/taxonomy/rubrics/${id}/move/`, { direction: 'down' });
    expect((await menu('ru'))[1]).toBe(last);
    expect((await post(staff.editor, `/newsroom/taxonomy/rubrics/${id}/move/`, { direction: 'sideways' })).statusCode).toBe(303);
  });

  it('refuses to delete a rubric articles use, with the count, and deletes an unused one', async () => {
    const politics = (await rubricBySlug('ru', 'politika'))!;
    const n = Number((await db().selectFrom('articles').where('rubric_id', '=', politics.rubric_id).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(n).toBeGreaterThan(0);
    const refused = await post(staff.editor, `/newsroom/taxonomy/rubrics/${politics.rubric_id}/delete/`, {});
    expect(refused.statusCode).toBe(409);
    expect(stripTags(refused.body)).toContain(`“Политика” was not deleted: ${n} articles use this rubric.`);
    expect(await rubricBySlug('ru', 'politika')).toBeTruthy();
    expect(await menu('ru')).toContain('Политика');
    // the edit page says so too, and offers no delete button
    const edit = await get(staff.editor, `/newsroom/taxonomy/rubrics/${politics.rubric_id}/`);
    expect(stripTags(edit.body)).toContain(`${n} articles use this rubric`);
    expect(edit.body).not.toContain('/delete/"');

    const unused = (await rubricBySlug('ru', 'analitika'))!;
    changes.length = 0;
    const del = await post(staff.editor, `/newsroom/taxonomy/rubrics/${unused.rubric_id}/delete/`, {});
    expect((await follow(staff.editor, del)).body).toContain('Rubric “Аналитика” deleted.');
    expect(await rubricBySlug('ru', 'analitika')).toBeUndefined();
    expect(await menu('ru')).not.toContain('Аналитика');
    expect((await t.app.inject('/ru/rubric/analitika/')).statusCode).toBe(404);
    expect(changes).toContainEqual({ kind: 'taxonomy' });
    expect(JSON.parse((await lastAudit('rubric.change'))!.details!)).toMatchObject({ op: 'delete' });
    expect((await get(staff.editor, `/newsroom/taxonomy/rubrics/${unused.rubric_id}/`)).statusCode).toBe(404);
  });

  it('escapes names on the newsroom pages and the public site', async () => {
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const res = await post(staff.editor, '/newsroom/taxonomy/rubrics/', rubricForm({ ru: [evil, 'xss-ru'], ky: [evil, 'xss-ky'], en: [evil, 'xss-en'] }));
    const list = await follow(staff.editor, res);
    for (const html of [list.body, (await t.app.inject('/ru/')).body, (await t.app.inject('/en/rubric/xss-en/')).body]) {
      expect(html).not.toContain('<script>alert(1)');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const id = (await rubricBySlug('ru', 'xss-ru'))!.rubric_id;
    const edit = await get(staff.editor, `/newsroom/taxonomy/rubrics/${id}/`);
    expect(edit.body).not.toContain('<script>alert(1)');
    expect(edit.body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"');
    await post(staff.editor, `/newsroom/taxonomy/rubrics/${id}/delete/`, {});
  });
});

// ----- tags -----

async function tagId(lang: string, slug: string): Promise<number> {
  return (await db().selectFrom('tag_i18n').where('lang', '=', lang).where('slug', '=', slug).select('tag_id').executeTakeFirstOrThrow()).tag_id;
}

async function linkCount(id: number): Promise<number> {
  return Number((await db().selectFrom('article_tags').where('tag_id', '=', id).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

async function makeTag(names: Record<string, string>): Promise<number> {
  const { id } = await db().insertInto('tags').values({ created_at: TEST_NOW }).returning('id').executeTakeFirstOrThrow();
  await db()
    .insertInto('tag_i18n')
    .values(Object.entries(names).map(([lang, name]) => ({ tag_id: id, lang, name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-') })))
    .execute();
  return id;
}

describe('tags', () => {
  it('lists tags per language with article counts, and searches by name (any case) or slug', async () => {
    const res = await get(staff.editor, '/newsroom/taxonomy/tags/?lang=ru&sort=count');
    expect(res.statusCode).toBe(200);
    const rows = [...res.body.matchAll(/<tr><th scope="row" class="tx-tag-name"><a href="\/newsroom\/taxonomy\/tags\/(\d+)\/\?lang=ru" lang="ru">([^<]*)<\/a><\/th><td><code class="tx-slug">[^<]*<\/code><\/td><td class="nr-num">(\d+)<\/td><td class="nr-num">(\d+)<\/td>/g)];
    expect(rows.length).toBeGreaterThan(5);
    const counts = rows.map((r) => Number(r[3]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const [, id, , count, total] = rows[0];
    const inRu = await db().selectFrom('article_tags as at').innerJoin('articles as a', 'a.id', 'at.article_id').where('at.tag_id', '=', Number(id)).where('a.lang', '=', 'ru').where('a.status', '!=', 'trashed').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count)).toBe(Number(inRu.n));
    expect(Number(total)).toBe(await linkCount(Number(id)));

    // "выборы" in lower case finds "Выборы" (through the Latin slug on SQLite), and so does "vybor"
    for (const q of ['выборы', 'Выбор', 'ВЫБОРЫ', 'vybor']) {
      const found = await get(staff.editor, `/newsroom/taxonomy/tags/?lang=ru&q=${encodeURIComponent(q)}`);
      expect(stripTags(found.body), q).toContain('Выборы');
      expect(stripTags(found.body), q).not.toContain('Бюджет');
    }
    const none = await get(staff.editor, '/newsroom/taxonomy/tags/?lang=ru&q=%25_%25');
    expect(stripTags(none.body)).toContain('0 tags match');
    const en = await get(staff.editor, '/newsroom/taxonomy/tags/?lang=en&q=elect');
    expect(stripTags(en.body)).toContain('Elections');
  });

  it('pages through thousands of tags', async () => {
    const values = Array.from({ length: 120 }, () => ({ created_at: TEST_NOW }));
    const ids: number[] = [];
    for (const v of values) ids.push((await db().insertInto('tags').values(v).returning('id').executeTakeFirstOrThrow()).id);
    await db()
      .insertInto('tag_i18n')
      .values(ids.map((id, i) => ({ tag_id: id, lang: 'en', name: `Bulk tag ${String(i).padStart(3, '0')}`, slug: `bulk-tag-${String(i).padStart(3, '0')}` })))
      .execute();
    const p1 = await get(staff.editor, '/newsroom/taxonomy/tags/?lang=en&q=bulk');
    expect(stripTags(p1.body)).toContain('120 tags match “bulk” in English. Page 1 of 3.');
    expect(p1.body).toContain('Bulk tag 000');
    expect(p1.body).not.toContain('Bulk tag 050');
    expect(p1.body).toContain('href="/newsroom/taxonomy/tags/?lang=en&amp;q=bulk&amp;page=2" rel="next"');
    const p3 = await get(staff.editor, '/newsroom/taxonomy/tags/?lang=en&q=bulk&page=3');
    expect(p3.body).toContain('Bulk tag 119');
    expect(p3.body).not.toContain('Bulk tag 099');
    // past the end shows the last page
    expect((await get(staff.editor, '/newsroom/taxonomy/tags/?lang=en&q=bulk&page=99')).body).toContain('Page 3 of 3');
  });

  it('renames a tag per language; the old tag page redirects and the slug rules apply', async () => {
    const id = await tagId('ru', 'vybory');
    const edit = await get(staff.editor, `/newsroom/taxonomy/tags/${id}/?lang=ru`);
    expect(edit.body).toContain('value="Выборы"');
    const bad = await post(staff.editor, `/newsroom/taxonomy/tags/${id}/`, { lang: 'ru', name_ru: 'Выборы-2024', slug_ru: 'byudzhet', name_ky: '', slug_ky: 'shayloo', name_en: 'Elections', slug_en: 'Elections' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="name_ky-error"[^>]*>Enter a name/);
    expect(bad.body).toMatch(/id="slug_en-error"[^>]*>Use only lower-case/);
    expect(bad.body).toContain('value="Выборы-2024"');
    const taken = await post(staff.editor, `/newsroom/taxonomy/tags/${id}/`, { lang: 'ru', name_ru: 'Выборы-2024', slug_ru: 'byudzhet', name_ky: 'Шайлоо', slug_ky: 'shayloo', name_en: 'Elections', slug_en: 'elections' });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toMatch(/id="slug_ru-error"[^>]*>Another tag already uses the slug “byudzhet”/);

    changes.length = 0;
    const ok = await post(staff.editor, `/newsroom/taxonomy/tags/${id}/`, { lang: 'ru', name_ru: 'Выборы-2024', slug_ru: '', name_ky: 'Шайлоо', slug_ky: 'shayloo', name_en: 'Elections', slug_en: 'elections' });
    const page = await follow(staff.editor, ok);
    expect(page.body).toContain('/ru/tag/vybory/ now leads to /ru/tag/vybory-2024/');
    const old = await t.app.inject('/ru/tag/vybory/');
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/ru/tag/vybory-2024/');
    const oldFeed = await t.app.inject('/ru/tag/vybory/feed.atom');
    expect(oldFeed.statusCode).toBe(301);
    expect(oldFeed.headers.location).toBe('/ru/tag/vybory-2024/feed.atom');
    const pub = await t.app.inject('/ru/tag/vybory-2024/');
    expect(pub.statusCode).toBe(200);
    expect(pub.body).toContain('#Выборы-2024');
    expect(changes).toContainEqual({ kind: 'taxonomy' });
    expect(JSON.parse((await lastAudit('tag.change'))!.details!)).toMatchObject({ op: 'rename', id, from: { ru: { name: 'Выборы' } }, to: { ru: { name: 'Выборы-2024' } } });
  });

  it('merges tag A into tag B: links move without duplicates, A is gone, its pages lead to B', async () => {
    const a = await tagId('ru', 'nalogi');
    const b = await tagId('ru', 'byudzhet');
    // make the two overlap: one article carries both
    const one = await db().selectFrom('article_tags').where('tag_id', '=', a).select('article_id').executeTakeFirstOrThrow();
    await db().insertInto('article_tags').values({ article_id: one.article_id, tag_id: b, position: 9 }).onConflict((oc) => oc.doNothing()).execute();
    const aLinks = await linkCount(a);
    const bLinks = await linkCount(b);
    const shared = Number(
      (await db().selectFrom('article_tags as x').innerJoin('article_tags as y', (j) => j.onRef('y.article_id', '=', 'x.article_id').on('y.tag_id', '=', b)).where('x.tag_id', '=', a).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    );
    expect(aLinks).toBeGreaterThan(0);
    expect(shared).toBeGreaterThan(0);
    const aArticles = (await db().selectFrom('article_tags').where('tag_id', '=', a).select('article_id').execute()).map((r) => r.article_id);

    // find B from A's page, then confirm
    const find = await get(staff.editor, `/newsroom/taxonomy/tags/${a}/?lang=ru&find=${encodeURIComponent('бюджет')}`);
    expect(find.body).toContain(`href="/newsroom/taxonomy/tags/${a}/merge/?into=${b}&amp;lang=ru"`);
    const confirm = await get(staff.editor, `/newsroom/taxonomy/tags/${a}/merge/?into=${b}&lang=ru`);
    expect(confirm.statusCode).toBe(200);
    expect(stripTags(confirm.body)).toContain(`“Бюджет” will have ${aLinks + bLinks - shared} articles`);
    expect(await linkCount(a)).toBe(aLinks); // a GET changes nothing

    changes.length = 0;
    const res = await post(staff.editor, `/newsroom/taxonomy/tags/${a}/merge/`, { into: String(b), lang: 'ru' });
    const page = await follow(staff.editor, res);
    expect(page.body).toContain(`“Налоги” merged into “Бюджет”: ${aLinks - shared} articles moved (${shared} already had both).`);
    expect(await linkCount(b)).toBe(aLinks + bLinks - shared);
    expect(await db().selectFrom('tags').where('id', '=', a).select('id').executeTakeFirst()).toBeUndefined();
    expect(await db().selectFrom('tag_i18n').where('tag_id', '=', a).select('lang').execute()).toEqual([]);
    const dupes = await db().selectFrom('article_tags').where('tag_id', '=', b).groupBy('article_id').having((eb) => eb.fn.countAll(), '>', 1).select('article_id').execute();
    expect(dupes).toEqual([]);
    const bArticles = new Set((await db().selectFrom('article_tags').where('tag_id', '=', b).select('article_id').execute()).map((r) => r.article_id));
    for (const id of aArticles) expect(bArticles.has(id)).toBe(true);
    expect(changes).toContainEqual({ kind: 'taxonomy' });

    const entry = await lastAudit('tag.merge');
    expect(entry?.target).toBe('Налоги → Бюджет');
    expect(JSON.parse(entry!.details!)).toMatchObject({ from: { id: a, names: { ru: { name: 'Налоги' } } }, into: { id: b, names: { ru: { name: 'Бюджет' } } }, moved: aLinks - shared, duplicates: shared });

    // the public tag page of B lists an article that had only A
    const onlyA = aArticles.find((x) => x !== one.article_id)!;
    const art = await db().selectFrom('articles').where('id', '=', onlyA).select(['lang', 'headline', 'status', 'published_at']).executeTakeFirstOrThrow();
    const langSlug = (await db().selectFrom('tag_i18n').where('tag_id', '=', b).where('lang', '=', art.lang).select('slug').executeTakeFirstOrThrow()).slug;
    let found = false;
    for (let p = 1; p <= 10 && !found; p++) {
      const pub = await t.app.inject(`/${art.lang}/tag/${langSlug}/${p > 1 ? `?page=${p}` : ''}`);
      if (pub.statusCode !== 200) break;
      found = stripTags(pub.body).includes(stripTags(art.headline));
    }
    expect(art.status === 'published' && Number(art.published_at) <= TEST_NOW ? found : true).toBe(true);
    // A's public addresses lead to B
    const old = await t.app.inject('/ru/tag/nalogi/');
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/ru/tag/byudzhet/');
  });

  it('merging adopts the names B lacks, and refuses merging a tag into itself', async () => {
    const a = await makeTag({ ru: 'Тест слияния', en: 'Merge test' });
    await db().updateTable('tag_i18n').set({ slug: 'test-sliyaniya' }).where('tag_id', '=', a).where('lang', '=', 'ru').execute();
    const b = await makeTag({ en: 'Merge target' });
    const self = await post(staff.editor, `/newsroom/taxonomy/tags/${a}/merge/`, { into: String(a), lang: 'en' });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('Nothing was changed');
    const res = await post(staff.editor, `/newsroom/taxonomy/tags/${a}/merge/`, { into: String(b), lang: 'en' });
    expect(res.statusCode).toBe(303);
    const names = await db().selectFrom('tag_i18n').where('tag_id', '=', b).select(['lang', 'name']).orderBy('lang').execute();
    expect(names).toEqual([
      { lang: 'en', name: 'Merge target' },
      { lang: 'ru', name: 'Тест слияния' },
    ]);
    expect((await t.app.inject('/en/tag/merge-test/')).headers.location).toBe('/en/tag/merge-target/');
  });

  it('deletes an unused tag and refuses a used one with the count', async () => {
    const unused = await makeTag({ en: 'Unused tag' });
    const list = await get(staff.editor, '/newsroom/taxonomy/tags/?lang=en&q=unused');
    expect(list.body).toContain(`action="/newsroom/taxonomy/tags/${unused}/delete/"`);
    const del = await post(staff.editor, `/newsroom/taxonomy/tags/${unused}/delete/`, { back: '/newsroom/taxonomy/tags/?lang=en&q=unused' });
    expect(del.headers.location).toBe('/newsroom/taxonomy/tags/?lang=en&q=unused');
    expect((await follow(staff.editor, del)).body).toContain('Tag “Unused tag” deleted.');
    expect(await db().selectFrom('tags').where('id', '=', unused).select('id').executeTakeFirst()).toBeUndefined();
    expect(JSON.parse((await lastAudit('tag.change'))!.details!)).toMatchObject({ op: 'delete', id: unused });

    const used = await tagId('ru', 'prezident');
    const n = await linkCount(used);
    const refused = await post(staff.editor, `/newsroom/taxonomy/tags/${used}/delete/`, {});
    expect(refused.statusCode).toBe(409);
    expect(stripTags(refused.body)).toContain(`was not deleted: ${n} articles use this tag.`);
    expect(await linkCount(used)).toBe(n);
    // an outside "back" address is not followed
    const other = await makeTag({ en: 'Another unused' });
    const sneaky = await post(staff.editor, `/newsroom/taxonomy/tags/${other}/delete/`, { back: '//evil.example/' });
    expect(sneaky.headers.location).toBe('/newsroom/taxonomy/tags/');
  });

  it('escapes tag names on the newsroom and public pages', async () => {
    const evil = '<script>alert("t")</script>';
    const id = await makeTag({ en: 'Xss tag' });
    const res = await post(staff.editor, `/newsroom/taxonomy/tags/${id}/`, { lang: 'en', name_en: evil, slug_en: 'xss-tag', name_ru: '', slug_ru: '', name_ky: '', slug_ky: '' });
    expect(res.statusCode).toBe(303);
    const article = await db().selectFrom('articles').where('lang', '=', 'en').where('status', '=', 'published').where('published_at', '<=', TEST_NOW).select('id').orderBy('published_at', 'desc').executeTakeFirstOrThrow();
    await db().insertInto('article_tags').values({ article_id: article.id, tag_id: id, position: 5 }).execute();
    for (const html of [(await get(staff.editor, '/newsroom/taxonomy/tags/?lang=en&q=script')).body, (await get(staff.editor, `/newsroom/taxonomy/tags/${id}/?lang=en`)).body, (await t.app.inject('/en/tag/xss-tag/')).body]) {
      expect(html).not.toContain('<script>alert("t")');
      expect(html).toContain('&lt;script&gt;');
    }
  });

  it('answers 404 for a tag or rubric that does not exist', async () => {
    expect((await get(staff.editor, '/newsroom/taxonomy/tags/999999/')).statusCode).toBe(404);
    expect((await get(staff.editor, '/newsroom/taxonomy/tags/abc/')).statusCode).toBe(404);
    expect((await get(staff.editor, '/newsroom/taxonomy/rubrics/999999/')).statusCode).toBe(404);
    expect((await post(staff.editor, '/newsroom/taxonomy/tags/999999/merge/', { into: '1' })).statusCode).toBe(404);
  });
});
