import { Router } from 'express';
import { routes } from '../../shared/api/routes';
import type { RuntimeServices } from '../app/runtime-services';
import type { ChannelBot, ChannelRecord } from '../channels/channel-records';
import { setAndTestWebhook, webhookUrlOf } from '../channels/channel-webhook';
import { channelQuota } from './channel-quota';
import { defaultChannelId } from '../channels/contact-address';
import { readDefaultChannelStatus, saveDefaultChannelStatus } from '../channels/default-channel-status';
import type { LineApiTransport } from '../line/line-api-transport';
import { newChannelId } from '../channels/new-channel-id';
import { channelItem, channelItems } from './channel-items';
import { checkChannelToken, checkSecretShape } from './check-channel-token';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';

interface ChannelFields {
  name?: string;
  channelSecret?: string;
  channelAccessToken?: string;
}

/**
 * LINE Official Accounts, for admins: connect one in one step (the token checked with LINE, the
 * credentials sealed, the webhook URL set from PUBLIC_URL and tested by LINE), rename, replace
 * credentials, test the webhook again, remove. Every change is told to every process.
 */
export function channelsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store, secrets } = services;

  /** Sets and tests the webhook when PUBLIC_URL is known; undefined (nothing to set) without it. */
  const webhookOf = (api: LineApiTransport, webhookPath: string) => {
    const url = webhookUrlOf(services.config.publicUrl, webhookPath);
    return url ? setAndTestWebhook(api, url) : Promise.resolve(undefined);
  };

  on(
    routes.listChannels,
    route(async (_req, res) => {
      const channels = await channelItems(services);
      res.json({ channels, publicUrl: services.config.publicUrl ?? null, simulated: !channels.some((c) => c.id === defaultChannelId) });
    }),
  );

  on(
    routes.connectChannel,
    route(async (req, res) => {
      const body = req.body as Required<ChannelFields>;
      const name = checkName(body.name);
      const channelSecret = checkSecretShape(body.channelSecret);
      const api = services.channels.clientFor(body.channelAccessToken.trim());
      const bot = await checkChannelToken(api);
      await refuseConnectedTwice(services, bot);
      const now = new Date().toISOString();
      const fields = { name, channelSecret: secrets.seal(channelSecret), channelAccessToken: secrets.seal(body.channelAccessToken.trim()), bot };
      let record: ChannelRecord | undefined;
      for (let attempt = 0; !record && attempt < 5; attempt++) {
        const candidate: ChannelRecord = { id: newChannelId(), ...fields, createdAt: now, updatedAt: now };
        if (await store.channels.insert(candidate)) record = candidate;
      }
      if (!record) throw new HttpError(503, 'Could not find a free channel id; try again');
      // Before LINE's test webhook arrives: every process must know the new channel's secret.
      await services.channelsChanged();
      const webhook = await webhookOf(api, `/webhook/line/${record.id}`);
      if (webhook) {
        await store.channels.patch(record.id, { webhook });
        await services.channelsChanged();
      }
      res.status(201).json(await channelItem(services, record.id));
    }),
  );

  on(
    routes.updateChannel,
    route(async (req, res) => {
      const record = await storedChannel(services, req.params.id as string);
      const body = req.body as ChannelFields;
      const changes: Partial<ChannelRecord> = { updatedAt: new Date().toISOString() };
      if (body.name !== undefined) changes.name = checkName(body.name);
      if (body.channelSecret !== undefined) changes.channelSecret = secrets.seal(checkSecretShape(body.channelSecret));
      let api: LineApiTransport | null = null;
      if (body.channelAccessToken !== undefined) {
        api = services.channels.clientFor(body.channelAccessToken.trim());
        const bot = await checkChannelToken(api);
        if (record.bot && bot.userId !== record.bot.userId) {
          throw new HttpError(
            400,
            `This token belongs to the LINE account “${bot.displayName}”, not to “${record.bot.displayName}”: connect it as a channel of its own (its users are other contacts)`,
          );
        }
        changes.bot = bot;
        changes.channelAccessToken = secrets.seal(body.channelAccessToken.trim());
      }
      await store.channels.patch(record.id, changes);
      await services.channelsChanged();
      // New credentials are checked end to end: LINE's test webhook is signed with the real secret.
      if (body.channelSecret !== undefined || api) {
        const webhook = await webhookOf(api ?? (await usableApi(services, record.id)), `/webhook/line/${record.id}`);
        if (webhook) {
          await store.channels.patch(record.id, { webhook });
          await services.channelsChanged();
        }
      }
      res.json(await channelItem(services, record.id));
    }),
  );

  on(
    routes.testChannelWebhook,
    route(async (req, res) => {
      const id = req.params.id as string;
      const view = await channelItem(services, id);
      if (!view.webhookUrl) throw new HttpError(409, view.webhookSummary);
      const api = await usableApi(services, id);
      // The account's name and picture may have changed at LINE since: read them again.
      const bot = await checkChannelToken(api);
      const webhook = await setAndTestWebhook(api, view.webhookUrl);
      if (id === defaultChannelId) await saveDefaultChannelStatus(store, { bot, webhook });
      else await store.channels.patch(id, { bot, webhook });
      await services.channelsChanged();
      res.json(await channelItem(services, id));
    }),
  );

  on(
    routes.deleteChannel,
    route(async (req, res) => {
      const record = await storedChannel(services, req.params.id as string);
      await store.channels.remove(record.id);
      await services.channelsChanged();
      res.status(204).end();
    }),
  );

  on(
    routes.getChannelQuota,
    route(async (req, res) => {
      res.json(await channelQuota(services, req.params.id as string));
    }),
  );

  return router;
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new HttpError(400, 'name must not be blank: say which account this is, e.g. "Japan"');
  return trimmed;
}

/** A channel connected through the API; the default one is changed where it comes from. */
async function storedChannel(services: RuntimeServices, id: string): Promise<ChannelRecord> {
  if (id === defaultChannelId) {
    const source = (await services.channels.get(id))?.source;
    throw new HttpError(
      400,
      source === 'settings'
        ? 'The default channel comes from the settings: change it under People and channel → LINE channel'
        : 'The default channel comes from LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN: change or unset them, and restart LineFlow',
    );
  }
  const record = await services.store.channels.get(id);
  if (!record) throw new HttpError(404, `No LINE channel "${id.slice(0, 40)}" is connected`);
  return record;
}

async function usableApi(services: RuntimeServices, id: string): Promise<LineApiTransport> {
  const api = await services.channels.api(id);
  if (api) return api;
  const view = await services.channels.get(id);
  if (view?.problem) throw new HttpError(409, `LineFlow cannot use this channel: ${view.problem}`);
  throw new HttpError(404, `No LINE channel "${id.slice(0, 40)}" is connected`);
}

/** One LINE account is one channel: a second would split its contacts in two. */
async function refuseConnectedTwice(services: RuntimeServices, bot: ChannelBot): Promise<void> {
  const defaultBot = (await readDefaultChannelStatus(services.store)).bot;
  for (const view of await services.channels.list()) {
    const known = view.bot ?? (view.id === defaultChannelId ? defaultBot : undefined);
    if (known?.userId === bot.userId)
      throw new HttpError(409, `The LINE account “${bot.displayName}” is already connected as the channel “${view.name}” (${view.id})`);
  }
}
