import { EventEmitter } from 'node:events';
import type { LineMessage, LineProfile, LineQuota, LineTransport } from './line-transport';

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

  async reply(_to: string, _replyToken: string, _messages: LineMessage[]): Promise<void> {}

  async push(_to: string, _messages: LineMessage[], _retryKey: string): Promise<void> {}

  async getProfile(userId: string): Promise<LineProfile | null> {
    return this.profiles.get(userId) ?? { userId, displayName: 'Test user' };
  }

  async getQuota(): Promise<LineQuota> {
    return { type: 'none' };
  }
}
