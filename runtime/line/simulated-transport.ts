import { EventEmitter } from 'node:events';
import type { LineContent, LineMessage, LineProfile, LineQuota, LineTransport, SendOptions } from './line-transport';

/**
 * The channel used when no LINE credentials are set: messages are not sent anywhere; the engine
 * records them like any other, and the simulator streams them. Profiles come from the simulator.
 */
export class SimulatedTransport implements LineTransport {
  readonly kind = 'simulated' as const;
  readonly sent = new EventEmitter();
  private readonly profiles = new Map<string, LineProfile>();

  setProfile(profile: LineProfile): void {
    this.profiles.set(profile.userId, profile);
  }

  async simulates(_to: string): Promise<boolean> {
    return true;
  }

  async reply(_to: string, _replyToken: string, _messages: LineMessage[], _options?: SendOptions): Promise<void> {}

  async push(_to: string, _messages: LineMessage[], _retryKey: string, _options?: SendOptions): Promise<void> {}

  async getProfile(userId: string): Promise<LineProfile | null> {
    return this.profiles.get(userId) ?? { userId, displayName: 'Test user' };
  }

  async getQuota(): Promise<LineQuota> {
    return { type: 'none' };
  }

  /** Emitted as `loading` so the test chat can show the dots LINE shows. */
  async showLoading(to: string, seconds: number): Promise<void> {
    this.sent.emit('loading', { to, seconds });
  }

  async markAsRead(_to: string, _markAsReadToken: string): Promise<void> {}

  /** Files the test chat sent, by message id. */
  readonly contents = new Map<string, LineContent>();

  async getContent(_to: string, messageId: string): Promise<LineContent | null> {
    return this.contents.get(messageId) ?? null;
  }

  /** The rich menu each simulated user sees (LINE's id, or the local one for simulated channels). */
  readonly richMenus = new Map<string, string>();

  async linkRichMenu(to: string, richMenuId: string | null): Promise<void> {
    if (richMenuId) this.richMenus.set(to, richMenuId);
    else this.richMenus.delete(to);
    this.sent.emit('rich-menu', { to, richMenuId });
  }
}
