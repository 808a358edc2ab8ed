import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));

describe('REST API', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  it('answers /healthz when Redis and the store answer and a worker drains the queue', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, store: 'sqlite', channel: 'simulated', workers: 1, oldestWaitingMs: 0 });
  });

  it('refuses calls without the API token', async () => {
    const response = await fetch(`${t.url}/api/workflows`);
    expect(response.status).toBe(401);
    const wrong = await fetch(`${t.url}/api/workflows`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('creates, reads, lists, saves and deletes a workflow', async () => {
    const doc = example('business-hours-autoreply');
    expect((await t.api('POST', '/api/workflows', doc)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows', doc)).status).toBe(409);
    const got = await t.api('GET', '/api/workflows/business-hours-autoreply');
    expect(got.body.document).toEqual(doc);
    expect(got.body.publishedVersion).toBeNull();
    doc.name = 'Closed-hours reply (renamed)';
    expect((await t.api('PUT', '/api/workflows/business-hours-autoreply', doc)).status).toBe(200);
    const list = await t.api('GET', '/api/workflows');
    expect(list.body.workflows.map((w: any) => w.name)).toContain('Closed-hours reply (renamed)');
    expect((await t.api('DELETE', '/api/workflows/business-hours-autoreply')).status).toBe(204);
    expect((await t.api('GET', '/api/workflows/business-hours-autoreply')).status).toBe(404);
  });

  it("rejects a bad document with the validator's messages and keeps what was saved", async () => {
    const doc = example('faq-menu');
    await t.api('POST', '/api/workflows', doc);
    const broken = structuredClone(doc);
    broken.nodes[2].data.timeoutMinutes = 0;
    const put = await t.api('PUT', '/api/workflows/faq-menu', broken);
    expect(put.status).toBe(400);
    expect(put.body.problems.map((p: any) => p.message)).toEqual(['node ask-topic (Multiple choice): options.timeoutMinutes must be ≥ 1']);
    expect((await t.api('GET', '/api/workflows/faq-menu')).body.document).toEqual(doc);
  });

  it('saves an unfinished draft when asked, but never publishes it', async () => {
    const draft = example('faq-menu');
    draft.nodes[2].data.timeoutMinutes = 0;
    const put = await t.api('PUT', '/api/workflows/faq-menu?allowInvalid=true', draft);
    expect(put.status).toBe(200);
    expect(put.body.problems[0].message).toContain('timeoutMinutes must be ≥ 1');
    const publish = await t.api('POST', '/api/workflows/faq-menu/publish');
    expect(publish.status).toBe(400);
    expect(publish.body.problems[0].nodeId).toBe('ask-topic');
    expect((await t.api('PUT', '/api/workflows/faq-menu', example('faq-menu'))).status).toBe(200);
  });

  it('gives the line and column of a body that is not JSON', async () => {
    const response = await t.api('POST', '/api/workflows', '{\n  "id": "x",\n  "name": \n}');
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('The request body is not valid JSON: line 4, column 1: expected a value');
  });

  it('answers 404 for unknown ids and routes, 400 for a mismatched id, never 500', async () => {
    expect((await t.api('GET', '/api/workflows/nope')).status).toBe(404);
    expect((await t.api('POST', '/api/workflows/nope/publish')).status).toBe(404);
    expect((await t.api('GET', '/api/conversations/nope')).status).toBe(404);
    expect((await t.api('POST', '/api/conversations/nope/close')).status).toBe(404);
    expect((await t.api('GET', '/api/nothing-here')).status).toBe(404);
    expect((await t.api('GET', '/api/runs')).status).toBe(400);
    expect((await t.api('GET', '/api/conversations?status=maybe')).status).toBe(400);
    const other = example('faq-menu');
    other.id = 'another-id';
    expect((await t.api('PUT', '/api/workflows/faq-menu', other)).status).toBe(400);
    expect((await t.api('POST', '/api/workflows', [])).status).toBe(400);
    expect((await t.api('POST', '/api/workflows')).status).toBe(400);
  });

  it('publishes immutable versions and lists them', async () => {
    expect((await t.api('POST', '/api/workflows/faq-menu/publish')).body.version).toBe(1);
    await t.api('PUT', '/api/workflows/faq-menu', { ...example('faq-menu'), description: 'Second version' });
    expect((await t.api('POST', '/api/workflows/faq-menu/publish')).body.version).toBe(2);
    const versions = await t.api('GET', '/api/workflows/faq-menu/versions');
    expect(versions.body.versions.map((v: any) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('a run finishes on the version it started on, whatever is published meanwhile', async () => {
    const user = 'sim-version';
    await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: 'menu' });
    await eventually(async () => (await t.api('GET', `/api/simulator/contacts/${user}/messages`)).body.messages.length >= 2);
    const changed = example('faq-menu');
    changed.nodes[3].data.messages[0].text = 'We are open every day now.';
    await t.api('PUT', '/api/workflows/faq-menu', changed);
    await t.api('POST', '/api/workflows/faq-menu/publish');
    await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: 'Business hours' });
    const texts = await eventually(async () => {
      const { body } = await t.api('GET', `/api/simulator/contacts/${user}/messages`);
      const out = body.messages.filter((m: any) => m.direction === 'out').map((m: any) => m.content.text);
      return out.length >= 2 ? out : null;
    });
    expect(texts[1]).toBe('We are open Monday to Friday, 9:00–18:00 (JST).');
    await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: 'menu' });
    await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: 'Business hours' });
    const later = await eventually(async () => {
      const { body } = await t.api('GET', `/api/simulator/contacts/${user}/messages`);
      const out = body.messages.filter((m: any) => m.direction === 'out').map((m: any) => m.content.text);
      return out.length >= 4 ? out : null;
    });
    expect(later[3]).toBe('We are open every day now.');
  });

  it("streams the simulated channel's messages (SSE) and fires a waiting step's timeout on demand", async () => {
    const user = 'sim-sse';
    const seen: string[] = [];
    const controller = new AbortController();
    const response = await fetch(`${t.url}/api/simulator/contacts/${user}/stream`, {
      headers: { authorization: 'Bearer test-admin-token-0123456789' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    void (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        for (const line of decoder.decode(chunk).split('\n')) if (line.startsWith('data: ')) seen.push(JSON.parse(line.slice(6)).content.text ?? '');
      }
    })().catch(() => {});
    await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: 'menu' });
    await eventually(() => seen.includes('How can we help?'));
    const fired = await t.api('POST', `/api/simulator/contacts/${user}/fire-timer`);
    expect(fired.body.stepId).toBe('ask-topic');
    const run = await eventually(async () => {
      const { body } = await t.api('GET', `/api/runs?contactId=${user}`);
      return body.runs.find((r: any) => r.status === 'completed');
    });
    expect(run.trace.at(-1)).toMatchObject({ stepId: 'ask-topic', port: 'timeout' });
    // The run's record is written just before the contact's state: once both are, nothing waits.
    await eventually(async () => (await t.runtime.services.store.contacts.get(user))?.engine.run === null);
    expect((await t.api('POST', `/api/simulator/contacts/${user}/fire-timer`)).status).toBe(409);
    controller.abort();
  });

  it('reports the push count and the quota', async () => {
    const usage = await t.api('GET', '/api/line/usage');
    expect(usage.body).toMatchObject({ pushes: 0, quota: { type: 'none' }, channel: 'simulated' });
  });
});
