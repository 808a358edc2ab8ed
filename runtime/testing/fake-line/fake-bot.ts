import { createHmac, randomBytes } from 'node:crypto';
import type { FakeBot } from './channel-routes';

/**
 * A LINE Official Account for tests: a fresh token, secret (32 hex digits, as LINE's) and bot user
 * id. Register it with `fakeChannels(line).register(...)` so the fake LINE API knows it.
 */
export function fakeBot(name: string, overrides: Partial<FakeBot> = {}): FakeBot {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    token: `token-${slug}-${randomBytes(12).toString('hex')}`,
    secret: randomBytes(16).toString('hex'),
    userId: `U${randomBytes(16).toString('hex')}`,
    basicId: `@${slug.slice(0, 8)}${randomBytes(2).toString('hex')}`,
    displayName: name,
    pictureUrl: `https://profile.line-scdn.net/${slug}.png`,
    ...overrides,
  };
}

/** Posts a webhook body to a channel's URL as LINE does: signed with the channel's secret. */
export async function postChannelWebhook(baseUrl: string, channelId: string, secret: string, events: unknown[]): Promise<number> {
  const body = JSON.stringify({ destination: 'Ufake', events });
  const response = await fetch(`${baseUrl}/webhook/line/${channelId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': createHmac('sha256', secret).update(body).digest('base64') },
    body,
  });
  await response.text();
  return response.status;
}
