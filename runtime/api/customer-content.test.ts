import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeChat } from '../testing/fake-line/chat-routes';
import { eventually, lineEvent, startTestRuntime, type TestRuntime } from '../testing/test-runtime';

/** The first bytes of a PNG, and then some: what the test chat's customer "photographed". */
const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a customer photo')]);

const media = (id: string, type: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  message: {
    id,
    type,
    ...(type === 'file' ? {} : { contentProvider: { type: 'line' } }),
    ...(type === 'image' || type === 'video' ? { quoteToken: `q-${id}` } : {}),
    ...extra,
  },
});

describe("customers' media through LINE's content API", () => {
  let t: TestRuntime;
  let agentCookie = '';
  const user = `U${'c'.repeat(32)}`;
  const line = () => t.line as NonNullable<TestRuntime['line']>;
  const contentCalls = () => line().calls.filter((c) => c.endpoint === 'content');

  /** Sends a message and answers the path of its content route. */
  async function received(message: ReturnType<typeof media>): Promise<string> {
    const event = lineEvent(t.line, user, message);
    await t.webhook([event]);
    const id = `in-${event.webhookEventId}`;
    const conversation = await eventually(async () => {
      const list = (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations;
      const detail = list[0] && (await t.api('GET', `/api/conversations/${list[0].id}`)).body;
      return detail?.messages.some((m: { id: string }) => m.id === id) ? detail.conversation : null;
    });
    return `/api/conversations/${conversation.id}/messages/${id}/content`;
  }
  const get = (path: string, cookie = agentCookie) => fetch(`${t.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.api('POST', '/api/users', { email: 'ren@example.com', name: 'Ren', role: 'agent', password: 'a long agent password 2' });
    const session = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ren@example.com', password: 'a long agent password 2' }),
    });
    agentCookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 30_000);
  afterAll(() => t.stop());

  it('fetches an image from LINE once, keeps it under DATA_DIR and serves it to signed-in agents only', async () => {
    fakeChat(line()).contents.set('photo-1', { body: photo, contentType: 'image/png' });
    const path = await received(media('photo-1', 'image'));
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await first.arrayBuffer())).toEqual(photo);
    expect(contentCalls()).toHaveLength(1);
    expect(contentCalls()[0]?.token).toBe('test-access-token');

    // LINE deletes it; LineFlow still has it.
    fakeChat(line()).contents.delete('photo-1');
    const second = await get(path);
    expect(Buffer.from(await second.arrayBuffer())).toEqual(photo);
    expect(contentCalls()).toHaveLength(1);
    expect(readdirSync(join(t.config.dataDir, 'content')).filter((f) => f.endsWith('.bin'))).toHaveLength(1);

    expect((await get(path, '')).status).toBe(401);
  });

  it('says when LINE no longer has it (never a 500), and redirects to the URL of external content', async () => {
    const gone = await get(await received(media('photo-gone', 'image')));
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: string }).error).toMatch(/No longer available from LINE/);

    const url = 'https://cdn.example.com/customer/clip.mp4';
    const external = await get(await received(media('clip-1', 'video', { contentProvider: { type: 'external', originalContentUrl: url } })));
    expect(external.status).toBe(302);
    expect(external.headers.get('location')).toBe(url);
  });

  it('serves a file as a download with its name, never as a page', async () => {
    fakeChat(line()).contents.set('file-1', { body: Buffer.from('<script>alert(1)</script>'), contentType: 'text/html' });
    const answer = await get(await received(media('file-1', 'file', { fileName: 'Quote März.html', fileSize: 25 })));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/octet-stream');
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="Quote M_rz.html"; filename*=UTF-8''Quote%20M%C3%A4rz.html`);
  });

  it('forgets the bytes of a message the customer unsent', async () => {
    fakeChat(line()).contents.set('photo-2', { body: photo, contentType: 'image/jpeg' });
    const path = await received(media('photo-2', 'image'));
    expect((await get(path)).status).toBe(200);
    const kept = () => readdirSync(join(t.config.dataDir, 'content')).filter((f) => f.endsWith('.bin')).length;
    const before = kept();
    await t.webhook([lineEvent(t.line, user, { type: 'unsend', unsend: { messageId: 'photo-2' } })]);
    await eventually(() => kept() === before - 1, 10_000, 'the cached bytes dropped');
    const answer = await get(path);
    expect(answer.status).toBe(410);
    expect(((await answer.json()) as { error: string }).error).toBe('The customer unsent this message');
  });
});
