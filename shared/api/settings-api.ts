import type { BusinessHours } from '../document/workflow-document';
import type { ApiRoute } from './api-route';
import { closedObject, declared, nullable, openObject, text, time } from './schema-builders';

const setOrNot = { enum: ['set', 'set in the environment', 'not set'] } as const;
/** Checked by the business-hours validator, whose messages name the day and field. */
const businessHours = declared<BusinessHours>()({ type: 'object', description: "timezone (IANA) and weekly opening hours, as in a workflow's settings" });

export const categoriesSchema = openObject({ categories: { type: 'array', items: text }, required: { type: 'boolean' }, updatedAt: nullable(time) }, [
  'categories',
  'required',
  'updatedAt',
]);

/** The LINE channel's credentials (never sent back) and the company's business hours. */
export const settingsRoutes = {
  getLineSettings: {
    method: 'GET',
    path: '/api/settings/line',
    summary: "Whether the LINE channel's secret and token are set (never their values)",
    auth: 'admin',
    response: openObject({ channelSecret: setOrNot, channelAccessToken: setOrNot, inUse: text, updatedAt: nullable(time) }, [
      'channelSecret',
      'channelAccessToken',
      'inUse',
      'updatedAt',
    ]),
  },
  saveLineSettings: {
    method: 'PUT',
    path: '/api/settings/line',
    summary: "Store the LINE channel's credentials, encrypted; used from the next start",
    auth: 'admin',
    body: closedObject({ channelSecret: { type: 'string', description: '32 hexadecimal digits' }, channelAccessToken: text }, [
      'channelSecret',
      'channelAccessToken',
    ]),
    response: openObject({ channelSecret: setOrNot, channelAccessToken: setOrNot, updatedAt: time, note: text }, [
      'channelSecret',
      'channelAccessToken',
      'updatedAt',
    ]),
  },
  getBusinessHours: {
    method: 'GET',
    path: '/api/settings/business-hours',
    summary: "The company's business hours (null when not set)",
    auth: 'admin',
    response: openObject({ businessHours: nullable(businessHours), updatedAt: nullable(time) }, ['businessHours', 'updatedAt']),
  },
  saveBusinessHours: {
    method: 'PUT',
    path: '/api/settings/business-hours',
    summary: "Set the company's business hours, for workflows without their own",
    auth: 'admin',
    body: closedObject({ businessHours }, ['businessHours']),
    response: openObject({ businessHours, updatedAt: time }, ['businessHours', 'updatedAt']),
  },
  getCategories: {
    method: 'GET',
    path: '/api/settings/categories',
    summary: 'The conversation categories closing offers, and whether one is required',
    auth: 'agent',
    response: categoriesSchema,
  },
  saveCategories: {
    method: 'PUT',
    path: '/api/settings/categories',
    summary: 'Set the conversation categories (at most 100, each 1–60 characters) and whether closing requires one',
    auth: 'admin',
    body: closedObject(
      { categories: { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 60 } }, required: { type: 'boolean' } },
      ['categories', 'required'],
    ),
    response: categoriesSchema,
  },
} as const satisfies Record<string, ApiRoute>;
