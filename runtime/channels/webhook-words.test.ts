import { describe, expect, it } from 'vitest';
import type { ChannelWebhook } from './channel-webhook';
import { channelIdPattern } from './contact-address';
import { newChannelId } from './new-channel-id';
import { webhookWords } from './webhook-words';

const url = 'https://lineflow.example.com/webhook/line/cabcdefg';
const tested = (test: Partial<NonNullable<ChannelWebhook['test']>>, more: Partial<ChannelWebhook> = {}): ChannelWebhook => ({
  url,
  setAt: '2030-01-01T00:00:00.000Z',
  test: { at: '2030-01-01T00:00:01.000Z', success: false, ...test },
  ...more,
});

describe("a channel's webhook in words", () => {
  it('says what LINE reached, and what to fix when it did not', () => {
    expect(webhookWords(url, tested({ success: true, statusCode: 200, reason: 'OK' }), 'cabcdefg')).toEqual({
      ok: true,
      summary: `LINE reached ${url} and got 200. Webhooks work.`,
    });
    const off = webhookWords(url, tested({ success: true, statusCode: 200 }, { active: false }), 'cabcdefg');
    expect(off.ok).toBe(false);
    expect(off.summary).toContain('“Use webhook” is off: turn it on in the LINE Developers console');
    expect(webhookWords(url, tested({ statusCode: 404, reason: 'ERROR_STATUS_CODE' }), 'cabcdefg').summary).toContain(
      'got 404: no LineFlow channel answers at that path',
    );
    expect(webhookWords(url, tested({ statusCode: 0, reason: 'REQUEST_TIMEOUT' }), 'cabcdefg').summary).toContain('got no answer in time');
    expect(webhookWords(url, tested({ statusCode: 0, reason: 'COULD_NOT_CONNECT', detail: 'connection refused' }), 'cabcdefg').summary).toBe(
      `LINE could not connect to ${url} (connection refused): check that PUBLIC_URL is this server's public HTTPS address, that its name points here, that its certificate is valid and that port 443 is open.`,
    );
    expect(webhookWords(url, tested({ statusCode: 502, reason: 'ERROR_STATUS_CODE', detail: '502' }), 'cabcdefg').summary).toContain('got 502 (502)');
    expect(webhookWords(url, tested({ reason: 'LINE_UNREACHABLE', detail: 'timeout' }), 'cabcdefg').summary).toContain(
      'could not reach LINE to set the webhook URL',
    );
  });

  it('notices that PUBLIC_URL changed since LINE was told, or was never set', () => {
    const moved = webhookWords('https://new.example.com/webhook/line/cabcdefg', tested({ success: true, statusCode: 200 }), 'cabcdefg');
    expect(moved).toEqual({
      ok: false,
      summary: expect.stringContaining(`LINE was set to send this channel's webhooks to ${url}, but PUBLIC_URL now makes it`),
    });
    expect(webhookWords(null, undefined, 'cabcdefg').summary).toMatch(/^PUBLIC_URL is not set: LINE cannot reach this server/);
    expect(webhookWords(url, undefined, 'cabcdefg').summary).toBe(
      `LINE has not been told this channel's webhook URL (${url}) yet: press “Set and test webhook” on the Channels screen (or run: npx lineflow channel test cabcdefg).`,
    );
  });
});

describe('new channel ids', () => {
  it('are c and 7 lowercase base32 characters, valid channel ids, and differ', () => {
    const ids = Array.from({ length: 200 }, newChannelId);
    for (const id of ids) {
      expect(id).toMatch(/^c[a-z2-7]{7}$/);
      expect(id).toMatch(channelIdPattern);
    }
    expect(new Set(ids).size).toBe(200);
  });
});
