import type { Store } from '../store/store';
import type { ChannelBot } from './channel-records';
import type { ChannelWebhook } from './channel-webhook';

/**
 * What LINE last said about the default channel (its account, its webhook test). The default
 * channel is no stored record (its credentials come from the environment or the settings), so
 * this is kept beside it as a setting.
 */
export const defaultChannelStatusId = 'line-channel-status';

export interface DefaultChannelStatus {
  bot?: ChannelBot;
  webhook?: ChannelWebhook;
}

export async function readDefaultChannelStatus(store: Store): Promise<DefaultChannelStatus> {
  const saved = await store.settings.get(defaultChannelStatusId);
  const parse = <T>(json: string | undefined): T | undefined => {
    try {
      return json ? (JSON.parse(json) as T) : undefined;
    } catch {
      return undefined;
    }
  };
  return { bot: parse<ChannelBot>(saved?.value.bot), webhook: parse<ChannelWebhook>(saved?.value.webhook) };
}

export async function saveDefaultChannelStatus(store: Store, status: DefaultChannelStatus): Promise<void> {
  const value: Record<string, string> = {};
  if (status.bot) value.bot = JSON.stringify(status.bot);
  if (status.webhook) value.webhook = JSON.stringify(status.webhook);
  await store.settings.put({ id: defaultChannelStatusId, value, updatedAt: new Date().toISOString() });
}
