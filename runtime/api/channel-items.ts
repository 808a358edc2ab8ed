import type { ChannelItem } from '../../shared/api/channels-api';
import type { RuntimeServices } from '../app/runtime-services';
import { webhookUrlOf } from '../channels/channel-webhook';
import { defaultChannelId } from '../channels/contact-address';
import { readDefaultChannelStatus, type DefaultChannelStatus } from '../channels/default-channel-status';
import type { ChannelView } from '../channels/line-channels';
import { webhookWords } from '../channels/webhook-words';
import { HttpError } from './http-error';

/** Every channel as admins see it: the default one (with what LINE last said of it) first. */
export async function channelItems(services: RuntimeServices): Promise<ChannelItem[]> {
  const views = await services.channels.list();
  const status = views.some((view) => view.id === defaultChannelId) ? await readDefaultChannelStatus(services.store) : undefined;
  return views.map((view) => toChannelItem(view, services.config.publicUrl, status));
}

/** One channel as admins see it; 404 naming it when there is none. */
export async function channelItem(services: RuntimeServices, id: string): Promise<ChannelItem> {
  const view = await services.channels.get(id);
  if (!view && id === defaultChannelId) {
    throw new HttpError(404, 'No default LINE channel: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are not set (this server runs the simulated channel)');
  }
  if (!view) throw new HttpError(404, `No LINE channel "${id.slice(0, 40)}" is connected`);
  const status = id === defaultChannelId ? await readDefaultChannelStatus(services.store) : undefined;
  return toChannelItem(view, services.config.publicUrl, status);
}

function toChannelItem(view: ChannelView, publicUrl: string | undefined, status: DefaultChannelStatus | undefined): ChannelItem {
  const bot = view.bot ?? (view.id === defaultChannelId ? status?.bot : undefined);
  const webhook = view.webhook ?? (view.id === defaultChannelId ? status?.webhook : undefined);
  const webhookUrl = webhookUrlOf(publicUrl, view.webhookPath);
  const words = view.problem ? { ok: false, summary: `LineFlow cannot use this channel: ${view.problem}` } : webhookWords(webhookUrl, webhook, view.id);
  return {
    id: view.id,
    name: view.name,
    source: view.source,
    webhookPath: view.webhookPath,
    webhookUrl,
    bot: bot ?? null,
    webhook: webhook ?? null,
    webhookOk: words.ok,
    webhookSummary: words.summary,
    problem: view.problem ?? null,
    createdAt: view.createdAt ?? null,
    updatedAt: view.updatedAt ?? null,
  };
}
