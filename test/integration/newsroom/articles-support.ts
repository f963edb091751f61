// Helpers for the article service and API tests: JSON calls as a given user, small documents.
import type { LightMyRequestResponse } from 'fastify';
import type { DocNode } from '../../../src/domain/document/types.js';
import type { TestApp } from '../../support/app.js';
import type { TestStaff } from '../../support/newsroom.js';

export const API = '/api/v1/newsroom';

export type Method = 'GET' | 'POST' | 'PUT';

/** A JSON API call with the user's API token (or their browser session when `via` is 'session'). */
export async function call(t: TestApp, who: TestStaff | null, method: Method, path: string, body?: unknown, via: 'token' | 'session' = 'token'): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = who ? { ...(via === 'token' ? who.api : who.browser) } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  return t.app.inject({ method, url: path.startsWith('/api/') ? path : API + path, headers, payload: body === undefined ? undefined : JSON.stringify(body) });
}

export function doc(...paragraphs: string[]): DocNode {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

let n = 0;
/** A unique, searchable headline. */
export function headline(prefix = 'Story'): string {
  return `${prefix} ${process.pid} ${++n} ${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates an article through the API and returns its JSON (fails the test on a non-201). */
export async function createVia(t: TestApp, who: TestStaff, fields: Record<string, unknown> = {}): Promise<any> {
  const res = await call(t, who, 'POST', '/articles/', { lang: 'ru', headline: headline(), lead: 'Лид статьи.', body: doc('Первый абзац.'), ...fields });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** An article's current JSON. */
export async function fetchArticle(t: TestApp, who: TestStaff, id: number): Promise<any> {
  const res = await call(t, who, 'GET', `/articles/${id}`);
  if (res.statusCode !== 200) throw new Error(`get failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The fields of an article JSON that a PUT sends back. */
export function inputOf(a: any): Record<string, unknown> {
  const keys = ['headline', 'lead', 'body', 'slug', 'rubricId', 'tags', 'authorIds', 'sourceName', 'sourceUrl', 'datelinePlace', 'coverImageId', 'coverCaption', 'coverAlt', 'isBreaking', 'isPinned', 'publishAt'];
  return Object.fromEntries(keys.map((k) => [k, a[k]]));
}

/** Saves an edit through the API (PUT) based on the article's own version. */
export async function edit(t: TestApp, who: TestStaff, a: any, changes: Record<string, unknown>, opts: { autosave?: boolean; version?: number } = {}): Promise<LightMyRequestResponse> {
  return call(t, who, 'PUT', `/articles/${a.id}${opts.autosave ? '?autosave=1' : ''}`, { ...inputOf(a), ...changes, version: opts.version ?? a.version });
}
