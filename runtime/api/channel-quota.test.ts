import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushCounterId } from '../engine/push-counter';
import { fakeChannels } from '../testing/fake-line/channel-routes';
import { fakeBot, postChannelWebhook } from '../testing/fake-line/fake-bot';
import { eventually, lineEvent, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

describe("a channel's quota meter", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  /** One customer's "menu" on a channel; with a reply token LINE never issued, the answer goes by push. */
  async function menu(channelId: string, secret: string, customer: string, by: 'reply' | 'push') {
    const event = lineEvent(t.line, customer, textMessage('menu'));
    if (by === 'push') event.replyToken = `never-issued-${customer}`;
    expect(await postChannelWebhook(t.url, channelId, secret, [event])).toBe(200);
    await eventually(() => t.line?.delivered.find((d) => d.userId === customer && d.method === by));
  }

  it("counts each channel's pushes apart, shows LINE's number beside them and warns at 80 %", async () => {
    const bot = fakeChannels(t.line!).register(fakeBot('Quota OA', { quota: { type: 'limited', value: 10 }, usedBefore: 6 }));
    const { id } = (await t.api('POST', '/api/channels', { name: 'Quota', channelSecret: bot.secret, channelAccessToken: bot.token })).body;

    await menu(id, bot.secret, `U${'a1'.repeat(16)}`, 'push');
    const below = await eventually(async () => {
      const { body } = await t.api('GET', `/api/channels/${id}/quota`);
      return body.pushes === 1 ? body : null;
    });
    expect(below).toMatchObject({ channelId: id, line: { type: 'limited', limit: 10, used: 7 }, usedShare: 0.7, warning: null, lineError: null });
    expect(below.notes.join(' ')).toContain("LINE counts 7 messages this month, LineFlow sent 1 push: LINE's number is the one that counts");

    await menu(id, bot.secret, `U${'a2'.repeat(16)}`, 'push');
    await menu(id, bot.secret, `U${'a3'.repeat(16)}`, 'reply');
    const at80 = await eventually(async () => {
      const { body } = await t.api('GET', `/api/channels/${id}/quota`);
      return body.pushes === 2 && body.botAnswers.reply > 0 ? body : null;
    });
    expect(at80).toMatchObject({ line: { used: 8 }, usedShare: 0.8 });
    expect(at80.warning).toMatch(/^80 % of this month's 10 messages are used\. At 100 % LINE refuses pushes/);
    // faq-menu answers "menu" with one message: one by reply, two by push, on this channel only.
    expect(at80.botAnswers).toEqual({ reply: 1, push: 2, replyShare: 1 / 3 });
    expect(await t.runtime.services.store.counters.get(pushCounterId(new Date(), id))).toMatchObject({ value: 2 });

    // The default channel counted none of them.
    const fallback = (await t.api('GET', '/api/channels/default/quota')).body;
    expect(fallback).toMatchObject({ channelId: 'default', pushes: 0, botAnswers: { reply: 0, push: 0, replyShare: null } });
  });

  it('GET /api/line/usage is the default channel\u2019s meter in its old shape', async () => {
    await menu('default', 'test-channel-secret-0123456789', `U${'b1'.repeat(16)}`, 'push');
    await eventually(async () => (await t.api('GET', '/api/channels/default/quota')).body.pushes === 1);
    const usage = await t.api('GET', '/api/line/usage');
    expect(usage.body).toMatchObject({ pushes: 1, quota: { type: 'limited', value: 1000 }, channel: 'line' });
    expect(usage.body.month).toBe(new Date().toISOString().slice(0, 7));
  });

  it('answers 404 for a channel that is not connected', async () => {
    const answer = await t.api('GET', '/api/channels/cnothere/quota');
    expect(answer.status).toBe(404);
    expect(answer.body.error).toBe('No LINE channel "cnothere" is connected');
  });
});

describe('the quota meter on the simulated channel', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  it('says nothing counts against a LINE quota', async () => {
    const { body } = await t.api('GET', '/api/channels/default/quota');
    expect(body).toMatchObject({ pushes: 0, line: null, lineError: null, warning: null });
    expect(body.notes[0]).toContain('this server runs the simulated channel');
    expect((await t.api('GET', '/api/line/usage')).body).toMatchObject({ pushes: 0, quota: { type: 'none' }, channel: 'simulated' });
  });
});
