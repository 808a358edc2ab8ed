import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLineServer } from '../fake-line-server';

/** The fake LINE API refuses what LINE would refuse, judged by the vendored schemas: a test of the judge. */
describe('the fake LINE API checks request bodies as LINE does', () => {
  let line: FakeLineServer;
  beforeAll(async () => {
    line = await new FakeLineServer().start();
  });
  afterAll(() => line.stop());

  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${line.url}${path}`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const flexTypo = {
    type: 'flex',
    altText: 'Card',
    contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'txt', text: 'Hi' }] } },
  };
  const retryKey = '123e4567-e89b-12d3-a456-426614174000';

  it('refuses a push LINE would refuse with its 400 and the properties named, and sends nothing', async () => {
    const answer = await post(
      '/v2/bot/message/push',
      { to: 'Ufake', messages: [flexTypo, { type: 'text', text: 'x'.repeat(5001) }] },
      { 'x-line-retry-key': retryKey },
    );
    expect(answer).toEqual({
      status: 400,
      body: {
        message: 'The request body has 2 error(s)',
        details: [
          {
            property: 'messages[0].contents.body.contents[0].type',
            message: 'is "txt", which is not a kind LINE knows here (box, button, image, video, icon, text, span, separator, filler)',
          },
          { property: 'messages[1].text', message: 'is 5001 UTF-16 units long; LINE allows at most 5000' },
        ],
      },
    });
    expect(line.delivered).toEqual([]);
    // The same retry key is still free: LINE never took the refused request.
    expect((await post('/v2/bot/message/push', { to: 'Ufake', messages: [{ type: 'text', text: 'ok' }] }, { 'x-line-retry-key': retryKey })).status).toBe(200);
  });

  it('refuses a reply before using its token, and then takes a valid one with that token', async () => {
    line.issueReplyToken('tok-1', 'Ufake');
    const label = '👍'.repeat(11);
    const refused = await post('/v2/bot/message/reply', {
      replyToken: 'tok-1',
      messages: [{ type: 'text', text: 'hi', quickReply: { items: [{ type: 'action', action: { type: 'message', label, text: 'ok' } }] } }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      { property: 'messages[0].quickReply.items[0].action.label', message: 'is 22 UTF-16 units long; LINE allows at most 20' },
    ]);
    expect((await post('/v2/bot/message/reply', { replyToken: 'tok-1', messages: [{ type: 'text', text: 'hi' }] })).status).toBe(200);
    expect((await post('/v2/bot/message/reply', { messages: [{ type: 'text', text: 'hi' }] })).body.details).toEqual([
      { property: 'replyToken', message: 'is required' },
    ]);
  });

  it('answers the validate endpoints: 200 for valid messages, 400 with details otherwise', async () => {
    expect(await post('/v2/bot/message/validate/reply', { messages: [{ type: 'sticker', packageId: '446', stickerId: '1988' }] })).toEqual({
      status: 200,
      body: {},
    });
    const push = await post('/v2/bot/message/validate/push', {
      messages: [{ type: 'image', originalContentUrl: 'http://x.example/a.png', previewImageUrl: 'https://x.example/p.png' }],
    });
    expect(push.status).toBe(400);
    expect(push.body.details[0].property).toBe('messages[0].originalContentUrl');
    expect(line.calls.filter((c) => c.endpoint.startsWith('validate-')).map((c) => `${c.endpoint} ${c.status}`)).toEqual([
      'validate-reply 200',
      'validate-push 400',
    ]);
  });
});
