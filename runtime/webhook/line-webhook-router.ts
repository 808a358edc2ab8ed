import { validateSignature } from '@line/bot-sdk';
import express, { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { defaultChannelId } from '../channels/contact-address';
import type { InboundEvent } from '../queue/inbound-event';
import { HttpError, route } from '../api/http-error';
import { parseWebhookBody } from './parse-webhook-body';
import { screenLineEvent, type Screened } from './screen-line-event';

/** LINE sends at most a few hundred KB; anything larger is refused before it is read further. */
const bodyLimit = '1mb';

/**
 * `POST /webhook/line/:channelId` (and `/webhook/line`, the default channel's): checks the
 * signature with that channel's secret over the raw bytes (constant time) before reading
 * anything, files each event for its contact and answers 200 at once: the work happens in the
 * queue, well inside LINE's 2 s. A body that is not what LINE sends is a 400; one bad event in
 * a batch is kept as ignored and the rest are handled (LINE redelivers a whole batch on a non-2xx).
 */
export function lineWebhookRouter(services: RuntimeServices): Router {
  const router = Router();
  const receive = route(async (req, res) => {
    const channelId = typeof req.params.channelId === 'string' ? req.params.channelId : defaultChannelId;
    const secret = await services.channels.secret(channelId);
    if (!secret && channelId === defaultChannelId)
      throw new HttpError(
        503,
        'No default LINE channel is configured: this server runs the simulated channel (set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN, or connect a channel and use its webhook URL)',
      );
    if (!secret) throw new HttpError(404, `No LINE channel "${channelId.slice(0, 40)}" is connected`);
    const signature = req.get('x-line-signature');
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!signature || !validateSignature(body, secret, signature)) throw new HttpError(401, 'Bad or missing x-line-signature');
    const { events } = parseWebhookBody(body);
    const receivedAt = Date.now();
    const screened = events.map((raw) => screenLineEvent(raw, receivedAt, channelId));
    await Promise.all(screened.flatMap((one) => ('event' in one ? [fileEvent(services, one.event)] : [])));
    await keepIgnored(services, screened, receivedAt);
    res.status(200).json({});
  });
  const raw = express.raw({ type: () => true, limit: bodyLimit });
  router.post('/webhook/line', raw, receive);
  router.post('/webhook/line/:channelId', raw, receive);
  return router;
}

/**
 * Files an event for its contact. A redelivery (LINE resends an event it could not deliver, same
 * webhookEventId) is filed like any event: the contact's mailbox and the engine's applied ids drop
 * it if the first delivery arrived; it is only counted and logged here.
 */
async function fileEvent(services: RuntimeServices, event: InboundEvent): Promise<void> {
  const fresh = await services.queue.enqueue(event);
  if (!event.redelivery) return;
  services.metrics.lineRedelivery(fresh ? 'new' : 'repeat');
  services.log.info(
    { eventId: event.id, contactId: event.contactId, repeat: !fresh },
    fresh ? 'LINE redelivered an event not received before' : 'LINE redelivered an event already received: dropped',
  );
}

/** At most this many ignored events of one body are kept one by one; a flood of junk is only counted. */
const maxKeptPerBody = 100;

/**
 * Keeps what LineFlow does not act on, with the reason, for the inbound-events view. Best effort:
 * a record that cannot be written is logged, and LINE still gets its 200 (its events were filed).
 */
async function keepIgnored(services: RuntimeServices, screened: readonly Screened[], receivedAt: number): Promise<void> {
  const ignored = screened.filter((one): one is Extract<Screened, { ignored: string }> => 'ignored' in one);
  const at = new Date(receivedAt).toISOString();
  for (const one of ignored.slice(0, maxKeptPerBody)) {
    const id = one.id ?? `ignored-${receivedAt}-${Math.random().toString(36).slice(2)}`;
    try {
      await services.store.ignoredEvents.put({ id, reason: one.ignored, event: one.kept, receivedAt: at });
      services.log.debug({ eventId: id, reason: one.ignored }, 'webhook event kept, not handled');
    } catch (error) {
      services.log.warn({ err: error, eventId: id, reason: one.ignored }, 'could not keep an ignored webhook event');
    }
  }
  if (ignored.length > maxKeptPerBody) {
    services.log.warn({ ignored: ignored.length, kept: maxKeptPerBody }, 'a webhook body held more ignored events than are kept one by one');
  }
}
