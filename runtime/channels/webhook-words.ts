import { endpointRefused, lineUnreachable, testNotRun, type ChannelWebhook } from './channel-webhook';

export interface WebhookWords {
  /** True when LINE reached LineFlow at the URL PUBLIC_URL makes, got 2xx, and "Use webhook" is not known to be off. */
  ok: boolean;
  summary: string;
}

/** How to test again, in the editor or on the command line. */
const again = (channelId: string) => `press “Set and test webhook” on the Channels screen (or run: npx lineflow channel test ${channelId})`;
const httpsHelp =
  'LINE only sends webhooks to HTTPS addresses: put LineFlow behind an HTTPS reverse proxy (Caddy, nginx) or a tunnel while developing, and set PUBLIC_URL to that https:// address';

/**
 * A channel's webhook in words a person can act on: what LINE reached and what it got, or what to
 * fix and where. `url` is what PUBLIC_URL makes now (null when it is unset).
 */
export function webhookWords(url: string | null, webhook: ChannelWebhook | undefined, channelId: string): WebhookWords {
  if (!url) {
    return {
      ok: false,
      summary: `PUBLIC_URL is not set: LINE cannot reach this server. Set it to the HTTPS address LINE reaches LineFlow at (e.g. https://lineflow.example.com), restart LineFlow, then ${again(channelId)}.`,
    };
  }
  if (!webhook) return { ok: false, summary: `LINE has not been told this channel's webhook URL (${url}) yet: ${again(channelId)}.` };
  if (webhook.url !== url) {
    return { ok: false, summary: `LINE was set to send this channel's webhooks to ${webhook.url}, but PUBLIC_URL now makes it ${url}: ${again(channelId)}.` };
  }
  const test = webhook.test;
  if (!test) return { ok: false, summary: `LINE sends this channel's webhooks to ${url}; not tested yet: ${again(channelId)}.` };
  const detail = test.detail ? ` (${test.detail})` : '';
  if (test.reason === endpointRefused) {
    const https = url.startsWith('http:') ? ` ${httpsHelp}.` : '';
    return { ok: false, summary: `LINE refused the webhook URL ${url}${detail}.${https}` };
  }
  if (test.reason === lineUnreachable) return { ok: false, summary: `LineFlow could not reach LINE to set the webhook URL${detail}; try again later.` };
  if (test.reason === testNotRun) return { ok: false, summary: `The webhook URL is set to ${url}, but LINE did not run the test${detail}; try again later.` };
  const status = test.statusCode ?? 0;
  if (test.success) {
    const off = webhook.active === false;
    const switchOff = off
      ? ' But “Use webhook” is off: turn it on in the LINE Developers console (Messaging API tab), or LINE sends no events.'
      : ' Webhooks work.';
    return { ok: !off, summary: `LINE reached ${url} and got ${status}.${switchOff}` };
  }
  if (status === 401) {
    return {
      ok: false,
      summary: `LINE reached ${url} and got 401: LineFlow could not verify LINE's signature, so the channel secret stored here is not this channel's. Replace it with the channel secret from the Basic settings tab.`,
    };
  }
  if (status === 404) {
    return {
      ok: false,
      summary: `LINE reached ${url} and got 404: no LineFlow channel answers at that path. Check that PUBLIC_URL is LineFlow's address and that the proxy passes /webhook/ through unchanged.`,
    };
  }
  if (status > 0) return { ok: false, summary: `LINE reached ${url} and got ${status}${detail}: look at LineFlow's log (or the proxy's) for why.` };
  if (test.reason === 'REQUEST_TIMEOUT') {
    return {
      ok: false,
      summary: `LINE connected to ${url} but got no answer in time: check that the proxy forwards to LineFlow's PORT and that LineFlow is running.`,
    };
  }
  return {
    ok: false,
    summary: `LINE could not connect to ${url}${detail}: check that PUBLIC_URL is this server's public HTTPS address, that its name points here, that its certificate is valid and that port 443 is open.`,
  };
}
