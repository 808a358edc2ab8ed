import { defaultChannelId, locateContact, simulatedChannelId } from '../channels/contact-address';
import type { LineChannels } from '../channels/line-channels';
import { LineApiError, type LineContent, type LineMessage, type LineProfile, type LineQuota, type LineTransport, type SendOptions } from './line-transport';
import type { SimulatedTransport } from './simulated-transport';

/**
 * Sends each contact's messages through the channel the contact belongs to (the contact id says
 * which: see contact-address.ts), and simulated contacts' to the simulated channel. Without any
 * LINE credentials the default channel is the simulated one, so `npm start` works on its own.
 */
export class ChannelRoutingTransport implements LineTransport {
  readonly kind = 'line' as const;

  constructor(
    private readonly channels: LineChannels,
    private readonly simulated: SimulatedTransport,
  ) {}

  async simulates(to: string): Promise<boolean> {
    return (await this.route(to)).transport === this.simulated;
  }

  async reply(to: string, replyToken: string, messages: LineMessage[], options?: SendOptions): Promise<void> {
    const route = await this.route(to);
    await route.transport.reply(route.to, replyToken, messages, options);
  }

  async push(to: string, messages: LineMessage[], retryKey: string, options?: SendOptions): Promise<void> {
    const route = await this.route(to);
    await route.transport.push(route.to, messages, retryKey, options);
  }

  async getProfile(userId: string): Promise<LineProfile | null> {
    const route = await this.route(userId);
    const profile = await route.transport.getProfile(route.to);
    // The engine knows contacts by contact id; LINE by its user id.
    return profile && { ...profile, userId };
  }

  /** The default channel's quota (each channel's own: LineChannels.api(id).getQuota()). */
  async getQuota(): Promise<LineQuota> {
    return ((await this.channels.api(defaultChannelId)) ?? this.simulated).getQuota();
  }

  async showLoading(to: string, seconds: number): Promise<void> {
    const route = await this.route(to);
    await route.transport.showLoading(route.to, seconds);
  }

  async markAsRead(to: string, markAsReadToken: string): Promise<void> {
    const route = await this.route(to);
    await route.transport.markAsRead(route.to, markAsReadToken);
  }

  async getContent(to: string, messageId: string): Promise<LineContent | null> {
    const route = await this.route(to);
    return route.transport.getContent(route.to, messageId);
  }

  async linkRichMenu(to: string, richMenuId: string | null): Promise<void> {
    const route = await this.route(to);
    await route.transport.linkRichMenu(route.to, richMenuId);
  }

  private async route(contactId: string): Promise<{ transport: LineTransport; to: string }> {
    const { channelId, lineUserId } = locateContact(contactId);
    if (channelId === simulatedChannelId) return { transport: this.simulated, to: contactId };
    const api = await this.channels.api(channelId);
    if (api) return { transport: api, to: lineUserId };
    if (channelId === defaultChannelId && !(await this.channels.get(defaultChannelId))) return { transport: this.simulated, to: contactId };
    throw new LineApiError('rejected', `LINE channel "${channelId}" is not connected: it was removed, or its token cannot be opened`);
  }
}
