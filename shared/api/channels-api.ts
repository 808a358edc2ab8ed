import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, flag, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

const share = { type: 'number', minimum: 0, description: 'A fraction: 0.8 is 80 %' } as const;
const channelName = { type: 'string', minLength: 1, maxLength: 100, description: 'What people call the account in LineFlow, e.g. "Japan"' } as const;
const secretText = (what: string) => ({ type: 'string', minLength: 1, maxLength: 1000, description: `${what}; write-only: never sent back` }) as const;
const channelSecret = secretText('The channel secret (Basic settings tab of the LINE Developers console: 32 hexadecimal digits)');
const channelAccessToken = secretText('The long-lived channel access token (Messaging API tab)');

const bot = openObject({ userId: text, basicId: text, displayName: text, pictureUrl: text }, ['userId', 'displayName']);
const webhookTest = openObject({ at: time, success: flag, statusCode: wholeNumber, reason: text, detail: text }, ['at', 'success']);

/** A channel as admins see it: never its secret or token. */
export const channelSchema = openObject(
  {
    id: text,
    name: text,
    source: {
      enum: ['environment', 'settings', 'stored'],
      description: 'Where its credentials come from (LINE_CHANNEL_* variables, the settings, or connected here)',
    },
    webhookPath: text,
    webhookUrl: nullable({
      type: 'string',
      description: 'PUBLIC_URL + webhookPath: where LINE must send this channel’s events (null while PUBLIC_URL is unset)',
    }),
    bot: nullable(bot),
    webhook: nullable(openObject({ url: text, setAt: time, active: flag, test: webhookTest }, ['url', 'setAt'])),
    webhookOk: flag,
    webhookSummary: { type: 'string', description: 'The webhook’s state in words: what LINE reached, or what to fix' },
    problem: nullable(text),
    createdAt: nullable(time),
    updatedAt: nullable(time),
  },
  ['id', 'name', 'source', 'webhookPath', 'webhookUrl', 'bot', 'webhook', 'webhookOk', 'webhookSummary', 'problem'],
);
export type ChannelItem = ApiType<typeof channelSchema>;

/** This month's pushes against LINE's quota, for one channel. */
export const quotaSchema = openObject(
  {
    channelId: text,
    month: { type: 'string', description: 'YYYY-MM (UTC), the month LineFlow counts in' },
    pushes: { type: 'integer', description: 'Pushes LINE accepted from LineFlow this month (LineFlow’s own count)' },
    line: nullable(
      openObject(
        {
          type: { enum: ['none', 'limited'] },
          limit: nullable(wholeNumber),
          used: { type: 'integer', description: 'Messages LINE counts against the quota this month (authoritative)' },
        },
        ['type', 'limit', 'used'],
      ),
    ),
    lineError: nullable({ type: 'string', description: 'Why LINE’s numbers could not be read' }),
    usedShare: nullable(share),
    warning: nullable({ type: 'string', description: 'Set at 80 % of the quota and above' }),
    botAnswers: openObject({ reply: wholeNumber, push: wholeNumber, replyShare: nullable(share) }, ['reply', 'push', 'replyShare']),
    notes: listOf(text),
  },
  ['channelId', 'month', 'pushes', 'line', 'lineError', 'usedShare', 'warning', 'botAnswers', 'notes'],
);
export type ChannelQuota = ApiType<typeof quotaSchema>;

/**
 * LINE Official Accounts, admins only. Connecting checks the token with LINE, sets the webhook URL
 * from PUBLIC_URL and asks LINE to test it; the answer says the result in words.
 */
export const channelsRoutes = {
  listChannels: {
    method: 'GET',
    path: '/api/channels',
    summary: 'Every LINE channel served (the default one from the environment or settings included), never their secrets',
    auth: 'admin',
    response: openObject(
      {
        channels: listOf(channelSchema),
        publicUrl: nullable(text),
        simulated: { type: 'boolean', description: 'No default channel: the test chat and `lineflow chat` use the simulated one' },
      },
      ['channels', 'publicUrl', 'simulated'],
    ),
  },
  connectChannel: {
    method: 'POST',
    path: '/api/channels',
    summary: 'Connect a LINE channel: checks the token with LINE, stores the credentials sealed, sets and tests the webhook URL',
    auth: 'admin',
    status: 201,
    body: closedObject({ name: channelName, channelSecret, channelAccessToken }, ['name', 'channelSecret', 'channelAccessToken']),
    response: channelSchema,
  },
  updateChannel: {
    method: 'PATCH',
    path: '/api/channels/:id',
    summary: 'Rename a connected channel, or replace its secret or token (checked with LINE again)',
    auth: 'admin',
    body: closedObject({ name: channelName, channelSecret, channelAccessToken }),
    response: channelSchema,
  },
  testChannelWebhook: {
    method: 'POST',
    path: '/api/channels/:id/webhook-test',
    summary: 'Set the channel’s webhook URL from PUBLIC_URL again and ask LINE to test it',
    auth: 'admin',
    response: channelSchema,
  },
  deleteChannel: {
    method: 'DELETE',
    path: '/api/channels/:id',
    summary: 'Remove a connected channel; its contacts and conversations stay',
    auth: 'admin',
    status: 204,
    response: null,
  },
  getChannelQuota: {
    method: 'GET',
    path: '/api/channels/:id/quota',
    summary: 'This month’s pushes against LINE’s message quota, and the share of bot answers sent free by reply',
    auth: 'admin',
    response: quotaSchema,
  },
} as const satisfies Record<string, ApiRoute>;
