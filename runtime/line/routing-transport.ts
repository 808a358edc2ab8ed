import type { LineMessage, LineProfile, LineQuota, LineTransport } from './line-transport';
import type { SimulatedTransport } from './simulated-transport';

/** Simulated contacts (the editor's test chat, `lineflow chat`) have ids starting with this. */
export const simulatedContactPrefix = 'sim-';

export function isSimulatedContact(contactId: string): boolean {
  return contactId.startsWith(simulatedContactPrefix);
}

/**
 * Sends simulated contacts' messages to the simulated channel and everyone else's to LINE, so
 * the test chat works beside a real LINE channel and takes the same path through the engine.
 */
export class RoutingTransport implements LineTransport {
  readonly kind = 'line' as const;

  constructor(
    private readonly line: LineTransport,
    private readonly simulated: SimulatedTransport,
  ) {}

  reply(to: string, replyToken: string, messages: LineMessage[]): Promise<void> {
    return this.pick(to).reply(to, replyToken, messages);
  }

  push(to: string, messages: LineMessage[], retryKey: string): Promise<void> {
    return this.pick(to).push(to, messages, retryKey);
  }

  getProfile(userId: string): Promise<LineProfile | null> {
    return this.pick(userId).getProfile(userId);
  }

  getQuota(): Promise<LineQuota> {
    return this.line.getQuota();
  }

  private pick(contactId: string): LineTransport {
    return isSimulatedContact(contactId) ? this.simulated : this.line;
  }
}
