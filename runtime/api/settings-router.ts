import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { HttpError, route } from './http-error';
import { businessHoursValidator } from '../../shared/validation/compile-workflow-schema';
import { describeSchemaError } from '../../shared/validation/describe-schema-error';
import { businessHoursSettingId } from '../engine/published-workflows';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';
import { readCategories, saveCategories } from '../reports/conversation-categories';
import { lineChannelSettingId } from '../channels/line-channels';
import { defaultChannelId } from '../channels/contact-address';

/**
 * The default LINE channel's credentials, kept encrypted in the store and never sent back: the API
 * says only whether each is set, and where the ones in use come from (environment variables win).
 * Saved ones take effect at once, in every process.
 */
export function settingsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  on(
    routes.getLineSettings,
    route(async (_req, res) => {
      const stored = await services.store.settings.get(lineChannelSettingId);
      const fromEnvironment = Boolean(services.config.line);
      const isSet = (saved: string | undefined) => (fromEnvironment ? 'set in the environment' : saved ? 'set' : 'not set');
      const inUse = await services.channels.get(defaultChannelId);
      res.json({
        channelSecret: isSet(stored?.value.channelSecret),
        channelAccessToken: isSet(stored?.value.channelAccessToken),
        inUse: !inUse
          ? 'simulated channel'
          : inUse.source === 'environment'
            ? 'LINE channel from LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN (these settings are not used while they are set)'
            : 'LINE channel from these settings',
        updatedAt: stored?.updatedAt ?? null,
      });
    }),
  );
  on(
    routes.saveLineSettings,
    route(async (req, res) => {
      const body = (req.body ?? {}) as { channelSecret?: unknown; channelAccessToken?: unknown };
      if (typeof body.channelSecret !== 'string' || !/^[0-9a-f]{32}$/i.test(body.channelSecret))
        throw new HttpError(400, 'channelSecret must be the 32 hexadecimal digits from the LINE Developers console');
      if (typeof body.channelAccessToken !== 'string' || body.channelAccessToken.length < 20)
        throw new HttpError(400, 'channelAccessToken must be the long-lived channel access token');
      const updatedAt = new Date().toISOString();
      await services.store.settings.put({
        id: lineChannelSettingId,
        value: { channelSecret: services.secrets.seal(body.channelSecret), channelAccessToken: services.secrets.seal(body.channelAccessToken) },
        updatedAt,
      });
      await services.channelsChanged();
      const note = services.config.line ? 'Saved; LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are set and win while they are' : 'In use now';
      res.json({ channelSecret: 'set', channelAccessToken: 'set', updatedAt, note });
    }),
  );
  on(
    routes.getBusinessHours,
    route(async (_req, res) => {
      const stored = await services.store.settings.get(businessHoursSettingId);
      res.json({ businessHours: stored?.value.hours ? JSON.parse(stored.value.hours) : null, updatedAt: stored?.updatedAt ?? null });
    }),
  );
  on(
    routes.saveBusinessHours,
    route(async (req, res) => {
      const hours = (req.body as { businessHours?: unknown } | undefined)?.businessHours;
      const validate = businessHoursValidator();
      if (!validate(hours)) {
        const problems = (validate.errors ?? []).map((e) => {
          const d = describeSchemaError(e);
          return `${d.pointer.replace(/^\//, '').replace(/\//g, '.') || 'businessHours'} ${d.text}`;
        });
        throw new HttpError(400, `The business hours have ${problems.length} problem(s)`, { problems: problems.map((message) => ({ message })) });
      }
      const updatedAt = new Date().toISOString();
      await services.store.settings.put({ id: businessHoursSettingId, value: { hours: JSON.stringify(hours) }, updatedAt });
      await services.workflowsChanged();
      res.json({ businessHours: hours, updatedAt });
    }),
  );

  on(
    routes.getCategories,
    route(async (_req, res) => {
      res.json(await readCategories(services.store));
    }),
  );
  on(
    routes.saveCategories,
    route(async (req, res) => {
      const body = req.body as { categories: string[]; required: boolean };
      const categories = body.categories.map((c) => c.trim());
      const blank = categories.findIndex((c) => c === '');
      if (blank >= 0) throw new HttpError(400, `categories[${blank}] is blank`);
      const repeated = categories.find((c, i) => categories.indexOf(c) !== i);
      if (repeated) throw new HttpError(400, `categories lists "${repeated}" twice`);
      if (body.required && categories.length === 0) throw new HttpError(400, 'required needs at least one category');
      res.json(await saveCategories(services.store, categories, body.required));
    }),
  );

  return router;
}
