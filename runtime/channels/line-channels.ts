import type { RuntimeConfig } from '../config/load-config';
import type { SecretBox } from '../auth/secret-box';
import { LineApiTransport } from '../line/line-api-transport';
import type { Logger } from '../logging/create-logger';
import type { RuntimeMetrics } from '../metrics/metrics';
import type { Store } from '../store/store';
import type { ChannelBot, ChannelRecord } from './channel-records';
import { defaultChannelId } from './contact-address';

/** The settings record that held the one channel's credentials before there were several. */
export const lineChannelSettingId = 'line-channel';

/** Where a channel's credentials come from: LINE_CHANNEL_* variables, the old settings record, or a stored channel. */
export type ChannelSource = 'environment' | 'settings' | 'stored';

/** A channel as the API shows it: never its secret or token. */
export interface ChannelView {
  id: string;
  name: string;
  source: ChannelSource;
  /** Where LINE must send this channel's webhooks (path; PUBLIC_URL goes before it). */
  webhookPath: string;
  bot?: ChannelBot;
  webhook?: ChannelRecord['webhook'];
  /** Why LineFlow cannot use the channel (its credentials cannot be opened with this key). */
  problem?: string;
  createdAt?: string;
  updatedAt?: string;
}

interface LoadedChannel {
  view: ChannelView;
  secret?: string;
  api?: LineApiTransport;
}

export interface LineChannelsDeps {
  store: Store;
  secrets: SecretBox;
  config: RuntimeConfig;
  log: Logger;
  metrics?: RuntimeMetrics;
}

/**
 * Every LINE Official Account this installation serves, with a client per channel. Read from the
 * store once and kept until a channel changes (`invalidate`, told to every process over Redis).
 */
export class LineChannels {
  private loading: Promise<Map<string, LoadedChannel>> | undefined;

  constructor(private readonly deps: LineChannelsDeps) {}

  invalidate(): void {
    this.loading = undefined;
  }

  async list(): Promise<ChannelView[]> {
    return [...(await this.all()).values()].map((one) => one.view);
  }

  async get(channelId: string): Promise<ChannelView | undefined> {
    return (await this.all()).get(channelId)?.view;
  }

  /** The channel secret webhooks are signed with; undefined when there is no such usable channel. */
  async secret(channelId: string): Promise<string | undefined> {
    return (await this.all()).get(channelId)?.secret;
  }

  /** The channel's LINE client; null when the channel does not exist or cannot be used (simulated installation). */
  async api(channelId: string): Promise<LineApiTransport | null> {
    return (await this.all()).get(channelId)?.api ?? null;
  }

  /** Whether any channel reaches LINE ('line'), or only the simulated one serves ('simulated'). */
  async kind(): Promise<'line' | 'simulated'> {
    return [...(await this.all()).values()].some((one) => one.api) ? 'line' : 'simulated';
  }

  /** A client for credentials not stored yet (connecting a channel checks them with LINE first). */
  clientFor(channelAccessToken: string): LineApiTransport {
    const { config, metrics } = this.deps;
    return new LineApiTransport({ channelAccessToken, baseURL: config.lineApiBaseUrl, dataBaseURL: config.lineDataApiBaseUrl }, config.lineTimeoutMs, metrics);
  }

  private all(): Promise<Map<string, LoadedChannel>> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  private async load(): Promise<Map<string, LoadedChannel>> {
    const channels = new Map<string, LoadedChannel>();
    const fallback = await this.defaultChannel();
    if (fallback) channels.set(defaultChannelId, fallback);
    for (const record of await this.deps.store.channels.find({}, { sort: { createdAt: 1 } })) {
      channels.set(record.id, this.open(record));
    }
    return channels;
  }

  /** The environment's channel, else the one saved in settings before channels were records. */
  private async defaultChannel(): Promise<LoadedChannel | undefined> {
    const { config, secrets, store } = this.deps;
    const view = { id: defaultChannelId, name: 'Default channel', webhookPath: '/webhook/line' };
    if (config.line) return this.usable({ ...view, source: 'environment' }, config.line.channelSecret, config.line.channelAccessToken);
    const saved = await store.settings.get(lineChannelSettingId);
    if (!saved?.value.channelSecret || !saved.value.channelAccessToken) return undefined;
    try {
      return this.usable(
        { ...view, source: 'settings', updatedAt: saved.updatedAt },
        secrets.open(saved.value.channelSecret),
        secrets.open(saved.value.channelAccessToken),
      );
    } catch (error) {
      return this.unusable({ ...view, source: 'settings' }, error);
    }
  }

  private open(record: ChannelRecord): LoadedChannel {
    const view: ChannelView = {
      id: record.id,
      name: record.name,
      source: 'stored',
      webhookPath: `/webhook/line/${record.id}`,
      ...(record.bot ? { bot: record.bot } : {}),
      ...(record.webhook ? { webhook: record.webhook } : {}),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
    try {
      return this.usable(view, this.deps.secrets.open(record.channelSecret), this.deps.secrets.open(record.channelAccessToken));
    } catch (error) {
      return this.unusable(view, error);
    }
  }

  private usable(view: ChannelView, secret: string, token: string): LoadedChannel {
    return { view, secret, api: this.clientFor(token) };
  }

  private unusable(view: ChannelView, error: unknown): LoadedChannel {
    const problem = `its secret and token cannot be opened: ${error instanceof Error ? error.message : String(error)}`;
    this.deps.log.error({ channelId: view.id }, `LINE channel ${view.id}: ${problem}`);
    return { view: { ...view, problem } };
  }
}
