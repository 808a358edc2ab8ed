/** A LINE message object as the Messaging API takes it. */
export type LineMessage = Record<string, unknown> & { type: string };

export interface LineProfile {
  userId: string;
  displayName: string;
  pictureUrl?: string;
  statusMessage?: string;
  language?: string;
}

/** What a reply or push request carries besides its messages. */
export interface SendOptions {
  /** LINE delivers the messages without a notification (no sound, no banner). Default false. */
  notificationDisabled?: boolean;
}

/** The bytes of a message a user sent (image, video, audio, file). */
export interface LineContent {
  body: Buffer;
  contentType: string;
}

export interface LineQuota {
  type: 'none' | 'limited';
  value?: number;
  totalUsage?: number;
}

/**
 * The edge of LineFlow toward LINE: the real Messaging API, or the simulated channel that stores
 * and streams messages instead. Everything before it (webhook, queue, engine) is the same for both.
 */
export interface LineTransport {
  readonly kind: 'line' | 'simulated';
  /** Whether messages to this contact stay inside LineFlow (test chat, or no LINE channel): never counted as LINE traffic. */
  simulates(to: string): Promise<boolean>;
  /** `to` is the user the token belongs to (the transport may route by it). */
  reply(to: string, replyToken: string, messages: LineMessage[], options?: SendOptions): Promise<void>;
  /** `retryKey` is a UUID; LINE answers 409 to a repeat of an accepted key. */
  push(to: string, messages: LineMessage[], retryKey: string, options?: SendOptions): Promise<void>;
  /** null when the user is not a friend or has blocked the account (404). */
  getProfile(userId: string): Promise<LineProfile | null>;
  getQuota(): Promise<LineQuota>;
  /** LINE's loading animation in the user's chat for `seconds` (5–60, a multiple of 5), until the next message. */
  showLoading(to: string, seconds: number): Promise<void>;
  /** Marks the user's messages as read, up to the one that carried `markAsReadToken`. */
  markAsRead(to: string, markAsReadToken: string): Promise<void>;
  /** What a user sent (`to` picks the channel); null when LINE no longer keeps it. */
  getContent(to: string, messageId: string): Promise<LineContent | null>;
  /** Shows `richMenuId` (LINE's id) to the user; null unlinks it so the default menu shows again. */
  linkRichMenu(to: string, richMenuId: string | null): Promise<void>;
}

export type LineErrorKind =
  | 'already-sent' // 409 on a push retry key LINE has accepted
  | 'invalid-reply-token'
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'timeout'
  | 'network'
  | 'rejected'; // any other 4xx: our request is wrong, retrying will not help

/** A failed LINE API call, classified so the sender knows whether to retry. */
export class LineApiError extends Error {
  override name = 'LineApiError';
  constructor(
    readonly kind: LineErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'server' || this.kind === 'timeout' || this.kind === 'network';
  }
}
