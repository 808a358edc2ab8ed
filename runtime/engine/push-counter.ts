import { defaultChannelId } from '../channels/contact-address';

/**
 * The counter of pushes LINE accepted in a month for one channel (pushes count against its
 * monthly quota). The default channel keeps the id it had before there were several.
 */
export function pushCounterId(now: Date, channelId: string = defaultChannelId): string {
  const month = now.toISOString().slice(0, 7);
  return channelId === defaultChannelId ? `push-${month}` : `push-${channelId}-${month}`;
}
