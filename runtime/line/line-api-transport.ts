import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { RuntimeMetrics } from '../metrics/metrics';
import { LineApiError, type LineMessage, type LineProfile, type LineQuota, type LineTransport } from './line-transport';

/** The real LINE Messaging API through @line/bot-sdk, with a timeout on every call (the SDK has none). */
export class LineApiTransport implements LineTransport {
  readonly kind = 'line' as const;
  private readonly client: messagingApi.MessagingApiClient;

  constructor(
    options: { channelAccessToken: string; baseURL: string },
    private readonly timeoutMs: number,
    private readonly metrics?: RuntimeMetrics,
  ) {
    this.client = new messagingApi.MessagingApiClient({ channelAccessToken: options.channelAccessToken, baseURL: options.baseURL });
  }

  async reply(_to: string, replyToken: string, messages: LineMessage[]): Promise<void> {
    await this.call('reply', () => this.client.replyMessage({ replyToken, messages: messages as unknown as messagingApi.Message[] }));
  }

  async push(to: string, messages: LineMessage[], retryKey: string): Promise<void> {
    await this.call('push', () => this.client.pushMessage({ to, messages: messages as unknown as messagingApi.Message[] }, retryKey));
  }

  async getProfile(userId: string): Promise<LineProfile | null> {
    try {
      const profile = await this.call('profile', () => this.client.getProfile(userId));
      return { ...profile, language: profile.language ?? undefined };
    } catch (error) {
      if (error instanceof LineApiError && error.status === 404) return null;
      throw error;
    }
  }

  async getQuota(): Promise<LineQuota> {
    const [quota, consumption] = await Promise.all([
      this.call('quota', () => this.client.getMessageQuota()),
      this.call('quota', () => this.client.getMessageQuotaConsumption()),
    ]);
    return { type: quota.type, value: quota.value, totalUsage: consumption.totalUsage };
  }

  private async call<T>(what: 'reply' | 'push' | 'profile' | 'quota', request: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LineApiError('timeout', `LINE ${what} call took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      const answer = await Promise.race([request(), timeout]);
      this.metrics?.lineApiCall(what, '200');
      return answer;
    } catch (error) {
      const failure = classify(what, error);
      this.metrics?.lineApiCall(what, failure.status === undefined ? failure.kind : String(failure.status));
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }
}

function classify(what: string, error: unknown): LineApiError {
  if (error instanceof LineApiError) return error;
  if (error instanceof HTTPFetchError) {
    const message = lineMessage(error.body) ?? `${error.status} ${error.statusText}`;
    if (error.status === 409 && what === 'push') return new LineApiError('already-sent', message, 409);
    if (error.status === 429) return new LineApiError('rate-limited', message, 429);
    if (error.status >= 500) return new LineApiError('server', message, error.status);
    if (/invalid reply token/i.test(message)) return new LineApiError('invalid-reply-token', message, error.status);
    return new LineApiError('rejected', message, error.status);
  }
  return new LineApiError('network', `LINE ${what} call failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** LINE answers errors as `{ message, details: [{ message, property }] }`. */
function lineMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: string; details?: { message?: string; property?: string }[] };
    const details = (parsed.details ?? []).map((d) => `${d.property ?? ''}: ${d.message ?? ''}`).join('; ');
    return parsed.message ? (details ? `${parsed.message} (${details})` : parsed.message) : undefined;
  } catch {
    return undefined;
  }
}
