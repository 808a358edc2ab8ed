import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));

/** Concurrent editing (revision, If-Match, 409), publish idempotence and import without duplicates. */
describe('editing a workflow with others', () => {
  let t: TestRuntime;
  let ann: { cookie: string; csrf: string };
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.api('POST', '/api/users', { email: 'ann@example.com', name: 'Ann', role: 'admin', password: 'ann-password-123' });
    const signIn = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ann@example.com', password: 'ann-password-123' }),
    });
    ann = { cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await signIn.json()) as { csrfToken: string }).csrfToken };
  });
  afterAll(() => t.stop());

  const headersOf = (as: 'token' | 'ann'): Record<string, string> =>
    as === 'ann' ? { cookie: ann.cookie, 'x-csrf-token': ann.csrf } : { authorization: 'Bearer test-admin-token-0123456789' };

  /** A PUT of the draft, as the API token or as Ann (signed in), with an If-Match when given. */
  async function put(id: string, document: unknown, ifMatch?: string, as: 'token' | 'ann' = 'token') {
    const auth = headersOf(as);
    const response = await fetch(`${t.url}/api/workflows/${id}`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json', ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
      body: JSON.stringify(document),
    });
    return { status: response.status, etag: response.headers.get('etag'), body: await response.json() };
  }

  it('answers the revision and its ETag; a stale If-Match is a 409 naming who saved, and changes nothing', async () => {
    const doc = example('faq-menu');
    const created = await t.api('POST', '/api/workflows', doc);
    expect(created.body).toMatchObject({ revision: 1, updatedBy: { id: null, name: 'API token' } });
    const got = await fetch(`${t.url}/api/workflows/faq-menu`, { headers: { authorization: 'Bearer test-admin-token-0123456789' } });
    expect(got.headers.get('etag')).toBe('"1"');
    expect(got.headers.get('cache-control')).toBe('no-store');

    const annSaves = await put('faq-menu', { ...doc, description: "Ann's change" }, '"1"', 'ann');
    expect(annSaves.status).toBe(200);
    expect(annSaves.body).toMatchObject({ revision: 2, updatedBy: { name: 'Ann' } });
    expect(annSaves.etag).toBe('"2"');

    const stale = await put('faq-menu', { ...doc, description: 'Mine, from revision 1' }, '1');
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ revision: 2, updatedBy: { name: 'Ann' }, updatedAt: annSaves.body.updatedAt });
    expect(stale.body.error).toContain('Ann saved this workflow');
    const after = await t.api('GET', '/api/workflows/faq-menu');
    expect(after.body).toMatchObject({ revision: 2, document: { description: "Ann's change" } });

    // Scripts and the CLI send no If-Match: last write wins, still as the next revision.
    const script = await put('faq-menu', { ...doc, description: 'From a script' });
    expect(script.status).toBe(200);
    expect(script.body).toMatchObject({ revision: 3, updatedBy: { name: 'API token' } });
    expect((await put('faq-menu', doc, 'three')).status).toBe(400);
  });

  it('of two saves sent at once with the same If-Match, exactly one wins', async () => {
    const { revision } = (await t.api('GET', '/api/workflows/faq-menu')).body;
    const doc = example('faq-menu');
    const answers = await Promise.all(['Tab one', 'Tab two'].map((name) => put('faq-menu', { ...doc, name }, String(revision))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200);
    const loser = answers.find((a) => a.status === 409);
    expect(loser?.body.revision).toBe(revision + 1);
    expect((await t.api('GET', '/api/workflows/faq-menu')).body).toMatchObject({ revision: revision + 1, name: winner?.body.name });
  });

  it('makes one version of two publishes at once, and none of an unchanged draft', async () => {
    await t.api('PUT', '/api/workflows/faq-menu', example('faq-menu'));
    const both = await Promise.all([1, 2].map(() => t.api('POST', '/api/workflows/faq-menu/publish')));
    expect(both.map((a) => a.body.version)).toEqual([1, 1]);
    expect(both.map((a) => a.status).sort()).toEqual([200, 201]);
    expect((await t.api('GET', '/api/workflows/faq-menu/versions')).body.versions).toHaveLength(1);

    const again = await t.api('POST', '/api/workflows/faq-menu/publish');
    expect(again).toMatchObject({ status: 200, body: { version: 1, created: false } });
    expect((await t.api('GET', '/api/workflows/faq-menu/versions')).body.versions).toHaveLength(1);

    await t.api('PUT', '/api/workflows/faq-menu', { ...example('faq-menu'), description: 'Second' });
    expect(await t.api('POST', '/api/workflows/faq-menu/publish')).toMatchObject({ status: 201, body: { version: 2, created: true } });
    expect((await t.api('GET', '/api/workflows/faq-menu')).body.publishedVersion).toBe(2);
  });

  it('refuses to import a document whose id exists, naming the workflow, unless replace=true (its versions kept)', async () => {
    const imported = { ...example('faq-menu'), name: 'FAQ menu, imported again' };
    const refused = await t.api('POST', '/api/workflows', imported);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain('"FAQ menu" (live: version 2)');
    expect(refused.body.existing).toMatchObject({ id: 'faq-menu', name: 'FAQ menu', publishedVersion: 2 });
    expect((await t.api('GET', '/api/workflows')).body.workflows.filter((w: { id: string }) => w.id.startsWith('faq-menu'))).toHaveLength(1);

    const { revision } = (await t.api('GET', '/api/workflows/faq-menu')).body;
    const replaced = await t.api('POST', '/api/workflows?replace=true', imported);
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: 'faq-menu', name: 'FAQ menu, imported again', revision: revision + 1, publishedVersion: 2 });
    expect((await t.api('GET', '/api/workflows/faq-menu/versions')).body.versions).toHaveLength(2);
    const fresh = await t.api('POST', '/api/workflows?replace=true', { ...example('csat-on-close') });
    expect(fresh.status).toBe(201);
  });

  it('shows each tab who else has the workflow open, until it leaves or stops beating', async () => {
    const beat = async (tab: string, as: 'token' | 'ann', leaving = false) => {
      const auth = headersOf(as);
      const response = await fetch(`${t.url}/api/workflows/faq-menu/presence`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ tab, ...(leaving ? { leaving } : {}) }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { others: { name: string }[] }).others.map((o) => o.name);
    };
    expect(await beat('tab-ann-0001', 'ann')).toEqual([]);
    expect(await beat('tab-script-01', 'token')).toEqual(['Ann']);
    expect(await beat('tab-ann-0001', 'ann')).toEqual(['API token']);
    expect(await beat('tab-script-01', 'token', true)).toEqual(['Ann']);
    expect(await beat('tab-ann-0001', 'ann')).toEqual([]);
    expect((await t.api('POST', '/api/workflows/faq-menu/presence', { tab: 'bad tab!' })).status).toBe(400);
  });
});
