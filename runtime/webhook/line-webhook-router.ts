import { validateSignature } from '@line/bot-sdk';
import express, { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { HttpError, route } from '../api/http-error';
import { toInboundEvent, type LineWebhookEvent } from './to-inbound-event';

/** LINE sends at most a few hundred KB; anything larger is refused before it is read further. */
const bodyLimit = '1mb';

/**
 * `POST /webhook/line`: checks the signature over the raw bytes (constant time), files each event
 * for its contact and answers 200 at once: the work happens in the queue, well inside LINE's 2 s.
 */
export function lineWebhookRouter(services: RuntimeServices): Router {
  const router = Router();
  router.post(
    '/webhook/line',
    express.raw({ type: () => true, limit: bodyLimit }),
    route(async (req, res) => {
      const secret = services.config.line?.channelSecret;
      if (!secret)
        throw new HttpError(
          503,
          'No LINE channel is configured: this server runs the simulated channel (set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN)',
        );
      const signature = req.get('x-line-signature');
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!signature || !validateSignature(body, secret, signature)) throw new HttpError(401, 'Bad or missing x-line-signature');
      let payload: { events?: LineWebhookEvent[] };
      try {
        payload = JSON.parse(body.toString('utf8')) as { events?: LineWebhookEvent[] };
      } catch {
        throw new HttpError(400, 'The webhook body is not JSON');
      }
      const receivedAt = Date.now();
      const events = Array.isArray(payload.events) ? payload.events : [];
      await Promise.all(
        events.map(async (raw) => {
          const converted = toInboundEvent(raw, receivedAt);
          if ('event' in converted) await services.queue.enqueue(converted.event);
          else await keepIgnored(services, raw, converted.ignored, receivedAt);
        }),
      );
      res.status(200).json({});
    }),
  );
  return router;
}

async function keepIgnored(services: RuntimeServices, raw: LineWebhookEvent, reason: string, receivedAt: number): Promise<void> {
  const id = typeof raw.webhookEventId === 'string' && raw.webhookEventId ? raw.webhookEventId : `ignored-${receivedAt}-${Math.random().toString(36).slice(2)}`;
  await services.store.ignoredEvents.put({ id, reason, event: raw, receivedAt: new Date(receivedAt).toISOString() });
  services.log.debug({ eventId: id, reason }, 'webhook event kept, not handled');
}
