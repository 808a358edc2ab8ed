/** The LINE Official Account behind a channel, as `/v2/bot/info` describes it. */
export interface ChannelBot {
  userId: string;
  basicId?: string;
  displayName: string;
  pictureUrl?: string;
}

/** What LINE said when asked to send a test event to the channel's webhook URL. */
export interface WebhookTestResult {
  at: string;
  success: boolean;
  statusCode?: number;
  reason?: string;
  detail?: string;
}

/** One LINE Official Account LineFlow serves (a stored channel; the default one may come from the environment). */
export interface ChannelRecord {
  id: string;
  name: string;
  /** Sealed with the installation's key (secret-box); never sent back by the API. */
  channelSecret: string;
  channelAccessToken: string;
  bot?: ChannelBot;
  /** `active`: LINE's "Use webhook" switch, as LINE answered after the last test. */
  webhook?: { url: string; setAt: string; active?: boolean; test?: WebhookTestResult };
  createdAt: string;
  updatedAt: string;
}
