import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../testing/test-runtime';
import { editorDist } from './serve-editor';

describe('security headers', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  const pages: [string, string, Record<string, string>, number][] = [
    ['the editor page', '/', {}, 200],
    ['an API answer', '/api/workflows', { authorization: `Bearer ${testAdminToken}` }, 200],
    ['a refused API call', '/api/workflows', {}, 401],
    ['a page that does not exist', '/no-such-page', {}, 404],
    ['an API route that does not exist', '/api/no-such-route', { authorization: `Bearer ${testAdminToken}` }, 404],
    ['the health check', '/healthz', {}, 200],
  ];

  it.each(pages)('are on %s', async (_what, path, headers, status) => {
    const answer = await fetch(`${t.url}${path}`, { headers });
    expect(answer.status).toBe(status);
    const csp = answer.headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Our own files only; eval for ajv's compiled validators (see security-headers.ts), never inline.
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-inline');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('x-powered-by')).toBeNull();
    // Plain http here: HSTS would be ignored, so it is not sent.
    expect(answer.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await startTestRuntime({ simulated: true, env: { TRUST_PROXY: 'loopback' } });
    try {
      const answer = await fetch(`${proxied.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(answer.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    } finally {
      await proxied.stop();
    }
  });

  it('serves an editor with no inline script for the policy to forbid', () => {
    const html = readFileSync(`${editorDist}index.html`, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
