// The autosave state machine and the local backup, without a browser (fake timers, a fake server).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, interpretSaveResponse, type AutosaveState, type SaveOutcome } from '../../src/newsroom/client/editor/autosave.js';
import { BackupStore, backupKey, sameContent, shouldOffer, type Backup } from '../../src/newsroom/client/editor/backup.js';

interface Harness {
  saver: Autosaver;
  sent: Array<{ body: URLSearchParams; keepalive: boolean }>;
  states: AutosaveState[];
  form: { version: string; headline: string };
  answer: (o: SaveOutcome) => void;
  cleaned: number;
}

function harness(): Harness {
  const h = { sent: [], states: [], form: { version: '4', headline: 'A' }, cleaned: 0 } as unknown as Harness;
  const answers: Array<(o: SaveOutcome) => void> = [];
  h.answer = (o) => answers.shift()!(o);
  h.saver = new Autosaver({
    send: (body, keepalive) => {
      h.sent.push({ body, keepalive });
      return new Promise((resolve) => answers.push(resolve));
    },
    collect: () => new URLSearchParams({ version: h.form.version, headline: h.form.headline }),
    applyVersion: (v) => {
      h.form.version = v;
    },
    onState: (s) => h.states.push(s),
    onClean: () => h.cleaned++,
  });
  return h;
}

const saved = (version: string): SaveOutcome => ({ kind: 'saved', version, savedAtText: '14:32' });

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves 3 s after the last change, not before, and carries the new version into the next save', async () => {
    const h = harness();
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(2000);
    h.form.headline = 'AB';
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(2999);
    expect(h.sent.length).toBe(0);
    expect(h.saver.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent.length).toBe(1);
    expect(h.sent[0].body.get('headline')).toBe('AB');
    expect(h.sent[0].body.get('version')).toBe('4');
    h.answer(saved('5'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.form.version).toBe('5');
    expect(h.saver.dirty).toBe(false);
    expect(h.cleaned).toBe(1);
    expect(h.states.at(-1)).toEqual({ status: 'saved', savedAtText: '14:32' });

    h.form.headline = 'ABC';
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.sent[1].body.get('version')).toBe('5');
  });

  it('sends one request at a time: changes made while saving go out after the answer', async () => {
    const h = harness();
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(3000);
    h.form.headline = 'typed while saving';
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.sent.length).toBe(1);
    h.answer(saved('5'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saver.dirty).toBe(true);
    expect(h.cleaned).toBe(0);
    expect(h.sent.length).toBe(2);
    expect(h.sent[1].body.get('version')).toBe('5');
    expect(h.sent[1].body.get('headline')).toBe('typed while saving');
    h.answer(saved('6'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saver.dirty).toBe(false);
  });

  it('stops for good after a conflict and never sends again', async () => {
    const h = harness();
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(3000);
    h.answer({ kind: 'conflict', message: 'Anna saved a newer version', current: { version: 7, updatedByName: 'Anna' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saver.stopped).toBe(true);
    expect(h.form.version).toBe('4');
    expect(h.states.at(-1)).toMatchObject({ status: 'conflict', message: 'Anna saved a newer version' });
    h.saver.changed();
    await h.saver.flush(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(h.sent.length).toBe(1);
    expect(h.saver.dirty).toBe(true);
  });

  it('retries after network failures with growing pauses, and at once when the network is back', async () => {
    const h = harness();
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(3000);
    h.answer({ kind: 'failed', message: 'offline' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states.at(-1)).toMatchObject({ status: 'offline', retryInMs: 3000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.sent.length).toBe(2);
    h.answer({ kind: 'failed', message: 'offline' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states.at(-1)).toMatchObject({ status: 'offline', retryInMs: 6000 });
    // typing while offline does not move the retry closer or further
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(5999);
    expect(h.sent.length).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent.length).toBe(3);
    h.answer({ kind: 'failed', message: 'offline' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states.at(-1)).toMatchObject({ status: 'offline', retryInMs: 12000 });
    h.saver.retryNow();
    expect(h.sent.length).toBe(4);
    h.answer(saved('5'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saver.dirty).toBe(false);
    expect(h.form.version).toBe('5');
  });

  it('does not retry a refused form until the next change', async () => {
    const h = harness();
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(3000);
    h.answer({ kind: 'invalid', message: 'The headline is too long.' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.sent.length).toBe(1);
    expect(h.states.at(-1)).toEqual({ status: 'invalid', message: 'The headline is too long.' });
    h.saver.changed();
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.sent.length).toBe(2);
  });

  it('flushes at once (keepalive) when the page is hidden, and only when something is unsaved', async () => {
    const h = harness();
    await h.saver.flush(true);
    expect(h.sent.length).toBe(0);
    h.saver.changed();
    void h.saver.flush(true);
    expect(h.sent.length).toBe(1);
    expect(h.sent[0].keepalive).toBe(true);
    h.answer(saved('5'));
    await h.saver.idle();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.sent.length).toBe(1);
  });
});

describe('interpretSaveResponse', () => {
  it('reads the answers of the autosave endpoint', () => {
    expect(interpretSaveResponse(200, { ok: true, version: 8, savedAt: 1, savedAtText: '14:32' })).toEqual({ kind: 'saved', version: '8', savedAtText: '14:32' });
    expect(interpretSaveResponse(409, { ok: false, conflict: true, message: 'Newer', current: { version: 9, headline: 'H', updatedByName: 'Anna', updatedAt: 5 } })).toEqual({
      kind: 'conflict',
      message: 'Newer',
      current: { version: 9, headline: 'H', updatedByName: 'Anna', updatedAt: 5 },
    });
    expect(interpretSaveResponse(400, { ok: false, error: 'Bad body', fields: { headline: 'Required.' } })).toEqual({ kind: 'invalid', message: 'Bad body Required.' });
    expect(interpretSaveResponse(400, { ok: false, fields: { headline: 'Required.' } })).toEqual({ kind: 'invalid', message: 'Required.' });
    expect(interpretSaveResponse(403, {})).toMatchObject({ kind: 'signedOut' });
    expect(interpretSaveResponse(409, { ok: false, message: 'The article is in the trash.' })).toEqual({ kind: 'invalid', message: 'The article is in the trash.' });
    expect(interpretSaveResponse(502, null)).toMatchObject({ kind: 'failed' });
    expect(interpretSaveResponse(200, 'not json')).toMatchObject({ kind: 'failed' });
  });
});

describe('local backup', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
  };
  const body = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  const form = (headline: string, text: string, csrf = 't1', version = '4'): Array<[string, string]> => [
    ['_csrf', csrf],
    ['version', version],
    ['headline', headline],
    ['body_json', body(text)],
    ['body_text', 'old text'],
  ];

  it('stores, reads and clears a snapshot under a key per article and kind', () => {
    const s = memory();
    const store = new BackupStore(s, backupKey('12', 'ru', 'draft'));
    expect(store.read()).toBe(null);
    expect(store.write({ savedAt: 5, version: '4', fields: form('H', 'x') })).toBe(true);
    expect(store.read()).toEqual({ v: 1, savedAt: 5, version: '4', fields: form('H', 'x'), conflict: false });
    expect(backupKey('12', 'ru', 'draft')).not.toBe(backupKey('12', 'ru', 'conflict'));
    expect(backupKey('12', 'ru', 'draft')).not.toBe(backupKey('13', 'ru', 'draft'));
    store.clear();
    expect(store.read()).toBe(null);
    s.setItem(store.key, '{broken');
    expect(store.read()).toBe(null);
  });

  it('survives a full or disabled storage', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(new BackupStore(full, 'k').write({ savedAt: 1, version: '1', fields: [] })).toBe(false);
    expect(new BackupStore(null, 'k').read()).toBe(null);
  });

  it('compares the text, not the bookkeeping', () => {
    expect(sameContent(form('H', 'x', 't1', '4'), form('H', 'x', 't2', '9'))).toBe(true);
    expect(sameContent(form('H', 'x'), form('H ', 'x'))).toBe(true);
    expect(sameContent(form('H', 'x'), form('H', 'y'))).toBe(false);
    expect(sameContent(form('H', 'x'), form('G', 'x'))).toBe(false);
  });

  it('offers a backup only when it holds other text and is newer than the server, or a conflict refused it', () => {
    const b: Backup = { v: 1, savedAt: 1000, version: '4', fields: form('Mine', 'my text') };
    expect(shouldOffer(b, form('Mine', 'my text'), null)).toBe(false);
    expect(shouldOffer(b, form('Server', 'server text'), null)).toBe(true);
    expect(shouldOffer(b, form('Server', 'server text'), 900)).toBe(true);
    expect(shouldOffer(b, form('Server', 'server text'), 1100)).toBe(false);
    expect(shouldOffer({ ...b, conflict: true }, form('Server', 'server text'), 1100)).toBe(true);
  });
});
