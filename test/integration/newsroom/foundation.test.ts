// The newsroom scope: personal responses, sign-in required, API tokens, CSRF on state changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../support/app.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';

let t: TestApp;
let editor: TestStaff;

beforeAll(async () => {
  t = await testApp();
  editor = await createStaff(t, 'editor');
});
afterAll(() => t.close());

describe('newsroom scope', () => {
  it('sends anonymous visitors to the sign-in page and never lets caches keep newsroom responses', async () => {
    const res = await t.app.inject({ url: '/newsroom/' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/login/?next=%2Fnewsroom%2F');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['x-robots-tag']).toContain('noindex');
  });

  it('lets a signed-in user in', async () => {
    const res = await t.app.inject({ url: '/newsroom/', headers: { cookie: editor.cookie } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/articles/');
  });

  it('refuses an unknown or malformed API token with 401 JSON', async () => {
    for (const authorization of ['Bearer nd_nope', 'Bearer ' + 'x'.repeat(500)]) {
      const res = await t.app.inject({ url: '/api/v1/newsroom/articles/', headers: { authorization } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatch(/token/i);
    }
  });

  it('refuses a state-changing request from a session without the CSRF token, and one from another origin', async () => {
    const noToken = await t.app.inject({ method: 'POST', url: '/newsroom/logout/', headers: { cookie: editor.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.body).toMatch(/did not come from this site/);
    const wrongToken = await t.app.inject({ method: 'POST', url: '/newsroom/logout/', headers: { cookie: editor.cookie, 'x-csrf-token': 'forged-token-value-000000' } });
    expect(wrongToken.statusCode).toBe(403);
    const otherOrigin = await t.app.inject({ method: 'POST', url: '/newsroom/logout/', headers: { ...editor.browser, origin: 'https://evil.example' } });
    expect(otherOrigin.statusCode).toBe(403);
  });

  it('leaves the reader site public and cacheable', async () => {
    const res = await t.app.inject({ url: '/ru/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^public/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
