import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLineServer } from '../fake-line-server';
import { fakeChannels } from './channel-routes';
import { fakeBot } from './fake-bot';

/** The fake LINE API's channel endpoints refuse what LINE refuses, and LINE's "Verify" really posts. */
describe('fake LINE API: channels', () => {
  const line = new FakeLineServer();
  const received: { body: string; signature: string }[] = [];
  let receiver: Server;
  let receiverUrl = '';
  beforeAll(async () => {
    await line.start();
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: String(req.headers['x-line-signature']) });
        res.writeHead(req.url === '/broken' ? 500 : 200).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    receiverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await line.stop();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const answer = await fetch(`${line.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: any = await answer.json();
    return { status: answer.status, body: json };
  };

  it('answers /v2/bot/info for a registered token only', async () => {
    const bot = fakeChannels(line).register(fakeBot('Info'));
    expect((await call('GET', '/v2/bot/info', bot.token)).body).toMatchObject({ userId: bot.userId, displayName: 'Info', basicId: bot.basicId });
    expect((await call('GET', '/v2/bot/info', 'unknown-token')).status).toBe(401);
  });

  it('takes only HTTPS webhook URLs, and http on loopback only while acceptLoopbackHttp is on', async () => {
    const channels = fakeChannels(line);
    const bot = channels.register(fakeBot('Endpoint'));
    const put = (endpoint: unknown) => call('PUT', '/v2/bot/channel/webhook/endpoint', bot.token, { endpoint });
    for (const bad of ['not a url', 'http://lineflow.example.com/webhook/line', '', 'ftp://example.com/x', `https://example.com/${'x'.repeat(500)}`]) {
      const answer = await put(bad);
      expect(answer.status, bad).toBe(400);
      expect(answer.body.details[0].property).toBe('endpoint');
    }
    expect((await put('https://lineflow.example.com/webhook/line/cx')).status).toBe(200);
    expect((await call('GET', '/v2/bot/channel/webhook/endpoint', bot.token)).body).toEqual({
      endpoint: 'https://lineflow.example.com/webhook/line/cx',
      active: true,
    });
    expect((await put(`${receiverUrl}/hook`)).status).toBe(200);
    channels.acceptLoopbackHttp = false;
    try {
      expect((await put(`${receiverUrl}/hook`)).status).toBe(400);
    } finally {
      channels.acceptLoopbackHttp = true;
    }
  });

  it("posts a signed test webhook to the endpoint and reports what it answered, as LINE's Verify does", async () => {
    const bot = fakeChannels(line).register(fakeBot('Verify'));
    expect((await call('POST', '/v2/bot/channel/webhook/test', bot.token, {})).status).toBe(400);
    await call('PUT', '/v2/bot/channel/webhook/endpoint', bot.token, { endpoint: `${receiverUrl}/hook` });
    const ok = await call('POST', '/v2/bot/channel/webhook/test', bot.token, {});
    expect(ok.body).toMatchObject({ success: true, statusCode: 200, reason: 'OK', detail: '200' });
    const last = received.at(-1)!;
    expect(JSON.parse(last.body)).toEqual({ destination: bot.userId, events: [] });
    expect(last.signature).toBe(createHmac('sha256', bot.secret).update(last.body).digest('base64'));

    const broken = await call('POST', '/v2/bot/channel/webhook/test', bot.token, { endpoint: `${receiverUrl}/broken` });
    expect(broken.body).toMatchObject({ success: false, statusCode: 500, reason: 'ERROR_STATUS_CODE' });
    const closed = await call('POST', '/v2/bot/channel/webhook/test', bot.token, { endpoint: 'http://127.0.0.1:9/hook' });
    expect(closed.body).toMatchObject({ success: false, statusCode: 0, reason: 'COULD_NOT_CONNECT' });
  });
});
