import type { RichMenuChannel } from '../../shared/api/rich-menus-api';
import type { LineChannels } from '../channels/line-channels';
import { simulatedChannelId } from '../channels/contact-address';
import type { LineApiTransport } from '../line/line-api-transport';

/** The channels rich menus can be made for: every LINE channel, and the simulated one of the test chat. */
export async function richMenuChannels(channels: LineChannels): Promise<RichMenuChannel[]> {
  const lineChannels = await Promise.all(
    (await channels.list()).map(async (view) => ({ id: view.id, name: view.name, reachesLine: (await channels.api(view.id)) !== null })),
  );
  return [...lineChannels, { id: simulatedChannelId, name: 'Test chat (simulated)', reachesLine: false }];
}

/** The LINE client rich menus of this channel are published with; null: they stay in LineFlow. */
export async function richMenuApi(channels: LineChannels, channelId: string): Promise<LineApiTransport | null> {
  return channelId === simulatedChannelId ? null : channels.api(channelId);
}
