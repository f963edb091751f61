// The article editor pages: create via the form, edit, the no-JS body, conflicts between two sessions,
// validation that keeps the text, the autosave endpoint, workflow buttons, roles and escaping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../support/app.js';
import { TEST_NOW } from '../../support/constants.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';
import { autosave, createViaForm, formOf, hasLiveXss, inputValue, page, submit, textareaValue, XSS } from './pages-support.js';

let t: TestApp;
let editor: TestStaff;
let editor2: TestStaff;
let author: TestStaff;
let author2: TestStaff;
let translator: TestStaff;

beforeAll(async () => {
  t = await testApp();
  editor = await createStaff(t, 'editor', { name: 'Aida Editor' });
  editor2 = await createStaff(t, 'editor', { name: 'Bakyt Second' });
  author = await createStaff(t, 'author', { name: 'Asel Author' });
  author2 = await createStaff(t, 'author', { name: 'Other Author' });
  translator = await createStaff(t, 'translator', { name: 'Timur Translator' });
});
afterAll(() => t.close());

async function stored(id: number) {
  const row = await t.store.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { ...row, body: JSON.parse(row.body), version: Number(row.version), published_at: row.published_at == null ? null : Number(row.published_at) };
}

async function openForm(who: TestStaff, id: number) {
  const res = await page(t, who, `/newsroom/articles/${id}/`);
  expect(res.statusCode).toBe(200);
  return formOf(res.body);
}

describe('new article', () => {
  it('is offered to those who may start stories, refused to translators, and needs a sign-in', async () => {
    for (const who of [editor, author]) {
      const res = await page(t, who, '/newsroom/articles/new/?lang=ky');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('New Kyrgyz article');
      expect(res.body).toMatch(/<input type="hidden" name="lang" value="ky">/);
    }
    expect((await page(t, translator, '/newsroom/articles/new/?lang=ru')).statusCode).toBe(403);
    const anon = await page(t, null, '/newsroom/articles/new/?lang=ru');
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toMatch(/^\/newsroom\/login\//);
    const post = await submit(t, translator, '/newsroom/articles/new/', { lang: 'ru', version: '0', headline: 'Not allowed' });
    expect(post.statusCode).toBe(403);
  });

  it('creates a draft from the form and opens it for editing with every field the island relies on', async () => {
    const res = await submit(t, author, '/newsroom/articles/new/', {
      lang: 'ru',
      version: '0',
      headline: 'Мэрия Бишкека открыла новый парк',
      lead: 'Парк на юге города.',
      body_text: 'Первый абзац.\n\nВторой абзац.',
      tags: 'Бишкек, парки',
      source_name: 'Мэрия',
    });
    expect(res.statusCode).toBe(303);
    const id = Number(/\/newsroom\/articles\/(\d+)\/$/.exec(String(res.headers.location))![1]);
    const edit = await page(t, author, `/newsroom/articles/${id}/`);
    expect(edit.statusCode).toBe(200);
    const html = edit.body;
    for (const name of ['version', 'headline', 'body_json', 'slug', 'cover_image_id', 'cover_caption', 'cover_alt', 'publish_at', 'source_name', 'source_url', 'dateline_place', 'tags', '_csrf']) {
      expect(html, name).toMatch(new RegExp(`name="${name}"`));
    }
    expect(html).toMatch(/<textarea[^>]*name="lead"/);
    expect(html).toMatch(/<textarea[^>]*name="body_text"/);
    expect(html).toMatch(/<select[^>]*name="rubric_id"/);
    expect(html).toMatch(/<select[^>]*name="author_ids"[^>]*multiple/);
    expect(html).toMatch(new RegExp(`<div data-editor data-article-id="${id}" data-lang="ru"`));
    expect(html).toMatch(/<script type="application\/json" id="body-json">\{"type":"doc"/);
    expect(html).toContain('data-media-picker="cover_image_id"');
    expect(html).toContain('generated from the headline if empty'.replace(/^g/, 'G'));
    expect(html).toMatch(/<datalist id="tag-suggestions">[\s\S]*<option value="парки">/);
    // authors may not flag breaking or pinned
    expect(html).not.toContain('name="is_breaking"');
    expect(inputValue(html, 'version')).toBe('1');
    expect(inputValue(html, 'headline')).toBe('Мэрия Бишкека открыла новый парк');
    expect(textareaValue(html, 'body_text')).toBe('Первый абзац.\n\nВторой абзац.');
    const row = await stored(id);
    expect(row.status).toBe('draft');
    expect(row.created_by).toBe(author.id);
    // and an editor sees the flags
    expect((await page(t, editor, `/newsroom/articles/${id}/`)).body).toContain('name="is_breaking"');
  });

  it('shows the form again with the text and a message per field when the input is refused', async () => {
    const long = 'Очень длинный текст, который нельзя потерять. '.repeat(20);
    const res = await submit(t, author, '/newsroom/articles/new/', { lang: 'ru', version: '0', headline: '   ', lead: 'Лид остаётся', body_text: long, source_url: 'javascript:alert(1)' });
    expect(res.statusCode).toBe(400);
    expect(textareaValue(res.body, 'body_text')).toBe(long);
    expect(textareaValue(res.body, 'lead')).toBe('Лид остаётся');
    expect(res.body).toMatch(/<input type="text" id="headline" name="headline"[^>]*aria-invalid="true"[^>]*aria-describedby="err-headline"/);
    expect(res.body).toMatch(/<p class="nr-field-error" id="err-headline">[^<]+<\/p>/);
    expect(res.body).toMatch(/id="source_url"[^>]*aria-invalid="true"/);
    expect(res.body).toMatch(/id="err-source_url"/);
    expect(res.body).toContain('role="alert"');
  });
});

describe('saving from the form', () => {
  it('saves and comes back with "Saved."', async () => {
    const id = await createViaForm(t, editor, { headline: 'Первая версия' });
    const form = await openForm(editor, id);
    const res = await submit(t, editor, `/newsroom/articles/${id}/`, { ...form, headline: 'Вторая версия', dateline_place: 'Ош' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/newsroom/articles/${id}/`);
    const next = await t.app.inject({ url: `/newsroom/articles/${id}/`, headers: { cookie: `${editor.cookie}; ${String(res.headers['set-cookie']).split(';')[0]}` } });
    expect(next.body).toContain('Saved.');
    const row = await stored(id);
    expect(row.headline).toBe('Вторая версия');
    expect(row.dateline_place).toBe('Ош');
    expect(row.version).toBe(2);
  });

  it('turns the plain body text (no JavaScript) into paragraphs, single line breaks into line breaks', async () => {
    const id = await createViaForm(t, editor, { headline: 'Без скриптов' });
    const form = await openForm(editor, id);
    const res = await submit(t, editor, `/newsroom/articles/${id}/`, { ...form, body_text: 'Первый абзац.\r\n\r\nВторой абзац,\r\nвторая строка.\r\n\r\n\r\n  Третий.  ' });
    expect(res.statusCode).toBe(303);
    expect((await stored(id)).body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Первый абзац.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Второй абзац,' }, { type: 'hardBreak' }, { type: 'text', text: 'вторая строка.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Третий.' }] },
      ],
    });
  });

  it('keeps the rich body from the editor when the plain textarea was not touched', async () => {
    const id = await createViaForm(t, editor, { headline: 'С разметкой', body_text: 'Старый текст.' });
    const form = await openForm(editor, id);
    const rich = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Жирный', marks: [{ type: 'bold' }] }, { type: 'text', text: ' и ' }, { type: 'text', text: 'ссылка', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] }] }] };
    await submit(t, editor, `/newsroom/articles/${id}/`, { ...form, body_json: JSON.stringify(rich) });
    expect((await stored(id)).body).toEqual(rich);
    // saving the page again unchanged keeps the marks (the textarea shows plain text only)
    const again = await openForm(editor, id);
    expect(again.body_text).toBe('Жирный и ссылка');
    await submit(t, editor, `/newsroom/articles/${id}/`, { ...again, headline: 'С разметкой 2' });
    expect((await stored(id)).body).toEqual(rich);
  });

  it('refuses a save based on an old version, keeps the text typed and does not overwrite the newer one', async () => {
    const id = await createViaForm(t, editor, { headline: 'Общая статья', lead: 'Общий лид', body_text: 'Общий текст.' });
    // two people open the same version
    const mine = await openForm(editor, id);
    const theirs = await openForm(editor2, id);
    expect(mine.version).toBe(theirs.version);
    const first = await submit(t, editor2, `/newsroom/articles/${id}/`, { ...theirs, headline: 'Их заголовок', lead: 'Их лид', body_text: 'Их новый текст.' });
    expect(first.statusCode).toBe(303);
    const second = await submit(t, editor, `/newsroom/articles/${id}/`, { ...mine, headline: 'Мой заголовок', lead: 'Мой лид', body_text: 'Мой длинный текст, который нельзя потерять.' });
    expect(second.statusCode).toBe(409);
    const html = second.body;
    expect(html).toContain('Someone else saved this article (Bakyt Second at 14:50) after you opened it. Your text is below and was NOT saved; their version was not overwritten.');
    // my own text, in the form
    expect(inputValue(html, 'headline')).toBe('Мой заголовок');
    expect(textareaValue(html, 'lead')).toBe('Мой лид');
    expect(textareaValue(html, 'body_text')).toBe('Мой длинный текст, который нельзя потерять.');
    // their text, read-only beside it, and the way to the latest
    expect(html).toMatch(/<section class="nr-readonly[^"]*"[^>]*>[\s\S]*Их заголовок[\s\S]*Их лид[\s\S]*Их новый текст\.[\s\S]*<\/section>/);
    expect(html).toContain(`href="/newsroom/articles/${id}/"`);
    expect(html).toContain('Open the latest version');
    const row = await stored(id);
    expect(row.headline).toBe('Их заголовок');
    expect(row.lead).toBe('Их лид');
    expect(row.version).toBe(Number(theirs.version) + 1);
  });

  it('re-renders an invalid save with the text and field messages, and saves nothing', async () => {
    const id = await createViaForm(t, editor, { headline: 'Заголовок есть' });
    const form = await openForm(editor, id);
    const res = await submit(t, editor, `/newsroom/articles/${id}/`, { ...form, headline: '', body_text: 'Новый текст абзаца.', publish_at: '2024-13-45T99:99', cover_image_id: 'abc' });
    expect(res.statusCode).toBe(400);
    expect(textareaValue(res.body, 'body_text')).toBe('Новый текст абзаца.');
    expect(inputValue(res.body, 'publish_at')).toBe('2024-13-45T99:99');
    for (const field of ['headline', 'publish_at', 'cover_image_id']) {
      expect(res.body, field).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"`));
      expect(res.body, field).toContain(`id="err-${field}"`);
    }
    expect(res.body).toMatch(/href="#headline"/);
    expect((await stored(id)).headline).toBe('Заголовок есть');
  });

  it('reads the publish time in the site time zone and shows it back the same way', async () => {
    const id = await createViaForm(t, editor, { headline: 'Время' });
    const form = await openForm(editor, id);
    expect(form.publish_at).toBe('');
    await submit(t, editor, `/newsroom/articles/${id}/`, { ...form, publish_at: '2024-02-20T09:30' });
    expect((await stored(id)).published_at).toBe(Date.UTC(2024, 1, 20, 3, 30)); // Bishkek is UTC+6
    expect((await openForm(editor, id)).publish_at).toBe('2024-02-20T09:30');
  });

  it('lets authors read but not change others\' articles, or their own once published', async () => {
    const id = await createViaForm(t, author2, { headline: 'Чужой черновик' });
    const view = await page(t, author, `/newsroom/articles/${id}/`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toMatch(/<fieldset class="nr-plain" disabled>/);
    expect(view.body).not.toContain('data-action="save"');
    expect(view.body).not.toContain('data-autosave');
    const form = formOf(view.body);
    const post = await submit(t, author, `/newsroom/articles/${id}/`, { ...form, headline: 'Взлом' });
    expect(post.statusCode).toBe(403);
    const auto = await autosave(t, author, id, { ...form, headline: 'Взлом' });
    expect(auto.statusCode).toBe(403);
    expect(auto.json()).toMatchObject({ ok: false });
    expect((await stored(id)).headline).toBe('Чужой черновик');
    expect((await page(t, null, `/newsroom/articles/${id}/`)).statusCode).toBe(303);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const url of ['/newsroom/articles/999999/', '/newsroom/articles/abc/', '/newsroom/articles/99999999999999/']) {
      expect((await page(t, editor, url)).statusCode, url).toBe(404);
    }
  });
});

describe('autosave', () => {
  it('saves and answers with the new version and the time', async () => {
    const id = await createViaForm(t, editor, { headline: 'Автосохранение' });
    const form = await openForm(editor, id);
    const res = await autosave(t, editor, id, { ...form, headline: 'Автосохранение 2', body_text: 'Печатаю.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, version: 2, savedAt: TEST_NOW, savedAtText: 'Saved at 14:50' });
    const row = await stored(id);
    expect(row.headline).toBe('Автосохранение 2');
    expect(row.body.content[0].content[0].text).toBe('Печатаю.');
  });

  it('answers 409 with who saved the newer version, and changes nothing', async () => {
    const id = await createViaForm(t, editor, { headline: 'Спор' });
    const stale = await openForm(editor, id);
    const theirs = await openForm(editor2, id);
    await submit(t, editor2, `/newsroom/articles/${id}/`, { ...theirs, headline: 'Спор: их версия' });
    const res = await autosave(t, editor, id, { ...stale, headline: 'Спор: моя версия' });
    expect(res.statusCode).toBe(409);
    const json = res.json();
    expect(json).toMatchObject({ ok: false, conflict: true, current: { version: 2, headline: 'Спор: их версия', updatedByName: 'Bakyt Second', updatedAt: TEST_NOW } });
    expect(json.message).toMatch(/Bakyt Second/);
    expect((await stored(id)).headline).toBe('Спор: их версия');
  });

  it('answers 400 with field messages for bad input, never 500', async () => {
    const id = await createViaForm(t, editor, { headline: 'Плохой ввод' });
    const form = await openForm(editor, id);
    const empty = await autosave(t, editor, id, { ...form, headline: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ ok: false, fields: { headline: expect.any(String) } });
    expect(empty.json().error).toEqual(expect.any(String));
    const cases: Array<Record<string, string | string[]>> = [
      { ...form, version: 'x' },
      { ...form, version: '' },
      { ...form, body_json: '{"type":"doc","content":[{"type":"script"}]}', body_text_base: String(form.body_text_base) },
      { ...form, body_json: '{not json', body_text_base: String(form.body_text_base) },
      { ...form, rubric_id: '-1' },
      { ...form, author_ids: ['1', 'x'] },
      { ...form, publish_at: 'tomorrow' },
      { ...form, cover_image_id: '99999999999999999999' },
      { ...form, body_json: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }) },
    ];
    for (const c of cases) {
      const res = await autosave(t, editor, id, c);
      expect([400, 409], JSON.stringify(c).slice(0, 120) + ' -> ' + res.body.slice(0, 200)).toContain(res.statusCode);
      expect(res.json().ok).toBe(false);
    }
    expect((await stored(id)).headline).toBe('Плохой ввод');
    const unknown = await autosave(t, editor, 999999, form);
    expect(unknown.statusCode).toBe(404);
    const noCsrf = await t.app.inject({ method: 'POST', url: `/newsroom/articles/${id}/autosave/`, headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'headline=x' });
    expect(noCsrf.statusCode).toBe(403);
  });
});

describe('workflow buttons', () => {
  it('submits an author\'s draft for review, saving the form first', async () => {
    const id = await createViaForm(t, author, { headline: 'На проверку' });
    const form = await openForm(author, id);
    expect((await page(t, author, `/newsroom/articles/${id}/`)).body).toContain('formaction="/newsroom/articles/' + id + '/submit/"');
    const res = await submit(t, author, `/newsroom/articles/${id}/submit/`, { ...form, headline: 'На проверку (исправлено)' });
    expect(res.statusCode).toBe(303);
    const row = await stored(id);
    expect(row.status).toBe('review');
    expect(row.headline).toBe('На проверку (исправлено)');
  });

  it('does not write a revision when the form sent with a button changed nothing', async () => {
    const id = await createViaForm(t, editor, { headline: 'Без изменений', body_text: 'Текст.' });
    const form = await openForm(editor, id);
    await submit(t, editor, `/newsroom/articles/${id}/submit/`, form);
    expect((await stored(id)).version).toBe(1);
    expect((await stored(id)).status).toBe('review');
  });

  it('publishes, schedules, unpublishes and trashes for editors; authors get 403', async () => {
    const id = await createViaForm(t, editor, { headline: 'Рабочий процесс', body_text: 'Текст.' });
    const authorView = await page(t, author, `/newsroom/articles/${id}/`);
    expect(authorView.body).not.toContain('/publish/');
    expect(authorView.body).not.toContain('/trash/');
    expect((await submit(t, author, `/newsroom/articles/${id}/publish/`, {})).statusCode).toBe(403);
    expect((await submit(t, author, `/newsroom/articles/${id}/trash/`, {})).statusCode).toBe(403);

    const editorView = await page(t, editor, `/newsroom/articles/${id}/`);
    expect(editorView.body).toContain(`formaction="/newsroom/articles/${id}/publish/"`);
    const sched = await submit(t, editor, `/newsroom/articles/${id}/schedule/`, { at: '2024-02-15T10:00' });
    expect(sched.statusCode).toBe(303);
    let row = await stored(id);
    expect(row.status).toBe('scheduled');
    expect(row.published_at).toBe(Date.UTC(2024, 1, 15, 4, 0));
    const badTime = await submit(t, editor, `/newsroom/articles/${id}/schedule/`, { at: 'soon' });
    expect(badTime.statusCode).toBe(303); // back to the page with the message
    const pub = await submit(t, editor, `/newsroom/articles/${id}/publish/`, {});
    expect(pub.statusCode).toBe(303);
    row = await stored(id);
    expect(row.status).toBe('published');
    const live = await page(t, editor, `/newsroom/articles/${id}/`);
    expect(live.body).toContain('View on the site');
    expect(live.body).toContain(`/newsroom/articles/${id}/unpublish/`);
    expect((await submit(t, editor, `/newsroom/articles/${id}/unpublish/`, {})).statusCode).toBe(303);
    expect((await stored(id)).status).toBe('unpublished');
    const trash = await submit(t, editor, `/newsroom/articles/${id}/trash/`, {});
    expect(trash.statusCode).toBe(303);
    expect(trash.headers.location).toBe('/newsroom/articles/');
    expect((await stored(id)).status).toBe('trashed');
    // a trashed article can be read, not edited
    const trashed = await page(t, editor, `/newsroom/articles/${id}/`);
    expect(trashed.body).toContain('This article is in the trash');
    expect(trashed.body).toMatch(/<fieldset class="nr-plain" disabled>/);
  });

  it('starts a translation and opens it with the original beside the form', async () => {
    const id = await createViaForm(t, editor, { headline: 'Оригинал статьи', lead: 'Лид оригинала', body_text: 'Текст оригинала.' });
    const res = await submit(t, translator, `/newsroom/articles/${id}/translate/`, { lang: 'ky' });
    expect(res.statusCode).toBe(303);
    const kyId = Number(/(\d+)\/$/.exec(String(res.headers.location))![1]);
    expect(kyId).not.toBe(id);
    const view = await page(t, translator, `/newsroom/articles/${kyId}/`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toMatch(/<section class="nr-readonly[^"]*"[^>]*lang="ru"[\s\S]*Original \(Russian\)[\s\S]*Оригинал статьи[\s\S]*Лид оригинала[\s\S]*<p>Текст оригинала\.<\/p>/);
    expect(view.body).toContain('nr-main--wide');
    expect(view.body).toMatch(/<div data-editor data-article-id="\d+" data-lang="ky"/);
    // the original itself shows no "original" panel
    expect((await page(t, editor, `/newsroom/articles/${id}/`)).body).not.toContain('Original (');
    // a second translation into the same language is refused with a message, not an error page
    const again = await submit(t, translator, `/newsroom/articles/${id}/translate/`, { lang: 'ky' });
    expect([303, 403]).toContain(again.statusCode);
    expect((await submit(t, author, `/newsroom/articles/${id}/translate/`, { lang: 'en' })).statusCode).toBe(403);
  });
});

describe('escaping', () => {
  it('escapes headline, lead, tags, source and body on the edit page and in the editor\'s JSON', async () => {
    const id = await createViaForm(t, editor, {
      headline: `Заголовок ${XSS.script} ${XSS.img}`,
      lead: `Лид ${XSS.img}`,
      tags: `тег${XSS.img}`,
      source_name: `Источник ${XSS.script}`,
      dateline_place: XSS.img,
      cover_caption: XSS.img,
      body_text: `Текст </script><script>alert(3)</script> ${XSS.img}`,
    });
    const html = (await page(t, editor, `/newsroom/articles/${id}/`)).body;
    expect(hasLiveXss(html)).toBe(false);
    expect(html).not.toContain('<script>alert(3)');
    const json = /<script type="application\/json" id="body-json">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(json).not.toContain('<');
    expect(JSON.parse(json).content[0].content[0].text).toContain('</script><script>alert(3)</script>');
    expect(html).toContain('Заголовок &lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
