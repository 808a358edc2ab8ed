import { LineApiError } from '../line/line-transport';
import type { LineApiTransport } from '../line/line-api-transport';
import type { ChannelRecord } from './channel-records';

export type ChannelWebhook = NonNullable<ChannelRecord['webhook']>;

/**
 * LineFlow's own reasons in a webhook test result (LINE's are OK, COULD_NOT_CONNECT,
 * REQUEST_TIMEOUT, ERROR_STATUS_CODE, UNCLASSIFIED): LINE refused to set the URL, or LINE could not
 * be asked. Kept in the same record so the channel's card says what happened after a reload.
 */
export const endpointRefused = 'ENDPOINT_REFUSED';
export const lineUnreachable = 'LINE_UNREACHABLE';
/** The URL was set, but LINE did not run the test (it answered an error, or not at all). */
export const testNotRun = 'TEST_NOT_RUN';

/** The webhook URL of a channel: PUBLIC_URL (without a trailing slash) and the channel's path; null without PUBLIC_URL. */
export function webhookUrlOf(publicUrl: string | undefined, webhookPath: string): string | null {
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${webhookPath}` : null;
}

/**
 * Tells LINE where to send the channel's webhooks (`PUT /v2/bot/channel/webhook/endpoint`), asks it
 * to send a test event there (`POST /v2/bot/channel/webhook/test`: LINE signs it with the channel
 * secret, so LineFlow's 200 also proves the stored secret is this channel's), then reads whether
 * "Use webhook" is on (`GET /v2/bot/channel/webhook/endpoint`). Never throws: each failure is the
 * result, to be said in words.
 */
export async function setAndTestWebhook(api: LineApiTransport, url: string): Promise<ChannelWebhook> {
  const setAt = new Date().toISOString();
  const failed = (error: unknown): ChannelWebhook => {
    const refused = error instanceof LineApiError && !error.retryable;
    const detail = error instanceof Error ? error.message : String(error);
    return { url, setAt, test: { at: new Date().toISOString(), success: false, reason: refused ? endpointRefused : lineUnreachable, detail } };
  };
  try {
    await api.call('webhook-endpoint', (c) => c.setWebhookEndpoint({ endpoint: url }));
  } catch (error) {
    return failed(error);
  }
  let webhook: ChannelWebhook;
  try {
    const test = await api.call('webhook-endpoint', (c) => c.testWebhookEndpoint({ endpoint: url }));
    webhook = {
      url,
      setAt,
      test: {
        at: new Date().toISOString(),
        success: test.success === true,
        statusCode: test.statusCode,
        ...(test.reason ? { reason: test.reason } : {}),
        ...(test.detail ? { detail: String(test.detail).slice(0, 500) } : {}),
      },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { url, setAt, test: { at: new Date().toISOString(), success: false, reason: testNotRun, detail } };
  }
  try {
    const endpoint = await api.call('webhook-endpoint', (c) => c.getWebhookEndpoint());
    webhook.active = endpoint.active;
  } catch {
    // Whether "Use webhook" is on is a hint; the test result stands without it.
  }
  return webhook;
}
