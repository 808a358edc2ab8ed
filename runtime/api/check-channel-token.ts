import { HttpError } from './http-error';
import { LineApiError } from '../line/line-transport';
import type { LineApiTransport } from '../line/line-api-transport';
import type { ChannelBot } from '../channels/channel-records';

/**
 * Asks LINE whose the token is (`GET /v2/bot/info`): the account's name, picture, basic id and
 * user id. A token LINE refuses is the person's mistake (400, said so); LINE unreachable is a 502
 * to try again.
 */
export async function checkChannelToken(api: LineApiTransport): Promise<ChannelBot> {
  try {
    const info = await api.call('bot-info', (c) => c.getBotInfo());
    return {
      userId: info.userId,
      displayName: info.displayName,
      ...(info.basicId ? { basicId: info.basicId } : {}),
      ...(info.pictureUrl ? { pictureUrl: info.pictureUrl } : {}),
    };
  } catch (error) {
    if (error instanceof LineApiError && !error.retryable) {
      throw new HttpError(
        400,
        `LINE refused this channel access token (${error.message}): copy the long-lived channel access token from the Messaging API tab of the LINE Developers console, whole`,
      );
    }
    throw new HttpError(502, `Could not ask LINE about this channel access token: ${error instanceof Error ? error.message : String(error)}; try again`);
  }
}

const secretShape = /^[0-9a-f]{32}$/i;

/** LINE's channel secrets are 32 hexadecimal digits; a typo is caught here, before LINE's test webhook would fail on it. */
export function checkSecretShape(secret: string): string {
  const trimmed = secret.trim();
  if (!secretShape.test(trimmed)) {
    throw new HttpError(
      400,
      'channelSecret must be the 32 hexadecimal digits shown as "Channel secret" on the Basic settings tab of the LINE Developers console',
    );
  }
  return trimmed;
}
