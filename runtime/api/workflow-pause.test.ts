import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestRuntime, type TestRuntime } from '../testing/test-runtime';

/** Pause and resume: a paused workflow's keyword starts nothing; its runs under way finish or are stopped. */
describe('pausing a published workflow', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  const say = (contact: string, text: string) => t.api('POST', `/api/simulator/contacts/${contact}/messages`, { text });
  const transcript = async (contact: string) =>
    ((await t.api('GET', `/api/simulator/contacts/${contact}/messages`)).body.messages as { direction: string; content: { text?: string } }[]).map(
      (m) => `${m.direction}: ${m.content.text ?? ''}`,
    );
  /** Waits until the contact's last message was handled: it is stored, and so is whatever it decided. */
  const handled = (contact: string, count: number) =>
    eventually(async () => {
      const lines = await transcript(contact);
      const contactRecord = await t.runtime.services.store.contacts.get(contact);
      return lines.filter((l) => l.startsWith('in:')).length >= count && contactRecord ? lines : null;
    });

  it('refuses to pause a workflow that is not published', async () => {
    const draft = JSON.parse(readFileSync(new URL('../../examples/csat-on-close.json', import.meta.url), 'utf8'));
    expect((await t.api('POST', '/api/workflows', draft)).status).toBe(201);
    const answer = await t.api('POST', '/api/workflows/csat-on-close/pause', { runs: 'finish' });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toContain('not published');
  });

  it('starts no run from its keyword while paused, lets a waiting run finish, and starts again once resumed', async () => {
    await say('sim-pause-1', 'menu');
    await eventually(async () => (await transcript('sim-pause-1')).includes('out: How can we help?'));

    const paused = await t.api('POST', '/api/workflows/faq-menu/pause', { runs: 'finish' });
    expect(paused).toMatchObject({ status: 200, body: { paused: { runs: 'finish', by: { name: 'API token' } }, stopping: 0 } });
    const listed = (await t.api('GET', '/api/workflows')).body.workflows.find((w: { id: string }) => w.id === 'faq-menu');
    expect(listed).toMatchObject({ publishedVersion: 1, paused: { runs: 'finish' } });

    await say('sim-pause-2', 'menu');
    expect(await handled('sim-pause-2', 1)).toEqual(['in: menu']);
    expect((await t.api('GET', '/api/runs?contactId=sim-pause-2')).body.runs).toEqual([]);

    // The run that was waiting finishes on its version.
    await say('sim-pause-1', 'Business hours');
    await eventually(async () => (await transcript('sim-pause-1')).some((l) => l.includes('Monday to Friday')));

    const resumed = await t.api('POST', '/api/workflows/faq-menu/resume');
    expect(resumed).toMatchObject({ status: 200, body: { id: 'faq-menu', paused: null, publishedVersion: 1 } });
    await say('sim-pause-2', 'menu');
    await eventually(async () => (await transcript('sim-pause-2')).includes('out: How can we help?'));
  });

  it('stops the waiting runs when asked, each through its contact\u2019s queue', async () => {
    await say('sim-pause-3', 'menu');
    await eventually(async () => (await t.runtime.services.store.contacts.get('sim-pause-3'))?.engine.run?.status === 'waiting');

    const paused = await t.api('POST', '/api/workflows/faq-menu/pause', { runs: 'stop' });
    expect(paused.body).toMatchObject({ paused: { runs: 'stop' } });
    expect(paused.body.stopping).toBeGreaterThanOrEqual(1);
    await eventually(async () => (await t.runtime.services.store.contacts.get('sim-pause-3'))?.engine.run === null);
    const runs = (await t.api('GET', '/api/runs?contactId=sim-pause-3')).body.runs;
    expect(runs.map((r: { status: string }) => r.status)).toEqual(['interrupted']);
    expect(await transcript('sim-pause-3')).toContain('out: API token stopped FAQ menu');

    // The answer the run waited for now starts nothing and gets no reply.
    await say('sim-pause-3', 'Business hours');
    expect((await handled('sim-pause-3', 2)).filter((l) => l.startsWith('out:') && l.includes('Monday'))).toEqual([]);
    await t.api('POST', '/api/workflows/faq-menu/resume');
  });
});
