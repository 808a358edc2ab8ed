import { messagingApi } from '@line/bot-sdk';
import type { LineOperation, RuntimeMetrics } from '../metrics/metrics';
import { callLine } from './call-line';
import { LineApiError, type LineContent, type LineMessage, type LineProfile, type LineQuota, type LineTransport, type SendOptions } from './line-transport';

export interface LineApiOptions {
  channelAccessToken: string;
  /** api.line.me, or the fake LINE API in tests. */
  baseURL: string;
  /** api-data.line.me (message content, rich menu images), or the fake in tests. */
  dataBaseURL: string;
}

/** The real LINE Messaging API through @line/bot-sdk, for one channel (its access token). */
export class LineApiTransport implements LineTransport {
  readonly kind = 'line' as const;
  readonly client: messagingApi.MessagingApiClient;
  readonly blob: messagingApi.MessagingApiBlobClient;

  constructor(
    options: LineApiOptions,
    private readonly timeoutMs: number,
    private readonly metrics?: RuntimeMetrics,
  ) {
    this.client = new messagingApi.MessagingApiClient({ channelAccessToken: options.channelAccessToken, baseURL: options.baseURL });
    this.blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: options.channelAccessToken, baseURL: options.dataBaseURL });
  }

  /** Any other LINE call of this channel, with the same timeout, error classification and metric. */
  call<T>(what: LineOperation, request: (client: messagingApi.MessagingApiClient, blob: messagingApi.MessagingApiBlobClient) => Promise<T>): Promise<T> {
    return callLine(what, this.timeoutMs, this.metrics, () => request(this.client, this.blob));
  }

  async simulates(_to: string): Promise<boolean> {
    return false;
  }

  async reply(_to: string, replyToken: string, messages: LineMessage[], options: SendOptions = {}): Promise<void> {
    const silent = options.notificationDisabled ? { notificationDisabled: true } : {};
    await this.call('reply', (c) => c.replyMessage({ replyToken, messages: messages as unknown as messagingApi.Message[], ...silent }));
  }

  async push(to: string, messages: LineMessage[], retryKey: string, options: SendOptions = {}): Promise<void> {
    const silent = options.notificationDisabled ? { notificationDisabled: true } : {};
    await this.call('push', (c) => c.pushMessage({ to, messages: messages as unknown as messagingApi.Message[], ...silent }, retryKey));
  }

  async getProfile(userId: string): Promise<LineProfile | null> {
    try {
      const profile = await this.call('profile', (c) => c.getProfile(userId));
      return { ...profile, language: profile.language ?? undefined };
    } catch (error) {
      if (error instanceof LineApiError && error.status === 404) return null;
      throw error;
    }
  }

  async getQuota(): Promise<LineQuota> {
    const [quota, consumption] = await Promise.all([this.call('quota', (c) => c.getMessageQuota()), this.call('quota', (c) => c.getMessageQuotaConsumption())]);
    return { type: quota.type, value: quota.value, totalUsage: consumption.totalUsage };
  }

  async showLoading(to: string, seconds: number): Promise<void> {
    await this.call('loading', (c) => c.showLoadingAnimation({ chatId: to, loadingSeconds: seconds }));
  }

  async markAsRead(_to: string, markAsReadToken: string): Promise<void> {
    await this.call('mark-as-read', (c) => c.markMessagesAsReadByToken({ markAsReadToken }));
  }

  async getContent(_to: string, messageId: string): Promise<LineContent | null> {
    try {
      const { httpResponse, body } = await this.call('content', async (_c, blob) => {
        const answer = await blob.getMessageContentWithHttpInfo(messageId);
        return { httpResponse: answer.httpResponse, body: await readAll(answer.body) };
      });
      return { body, contentType: httpResponse.headers.get('content-type') ?? 'application/octet-stream' };
    } catch (error) {
      // LINE keeps a user's content for a limited time, then answers 404.
      if (error instanceof LineApiError && (error.status === 404 || error.status === 410)) return null;
      throw error;
    }
  }

  async linkRichMenu(to: string, richMenuId: string | null): Promise<void> {
    await this.call('rich-menu', (c) => (richMenuId ? c.linkRichMenuIdToUser(to, richMenuId) : c.unlinkRichMenuIdFromUser(to)));
  }
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
