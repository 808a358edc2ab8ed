import { HttpError } from '../api/http-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body's events, or a 400 for a body that is not what LINE sends: not UTF-8 (JSON must be),
 * not JSON, not an object, no `events` array. The events themselves are checked one by one
 * (screen-line-event.ts): a bad event is kept as ignored, not refused, so that LINE does not
 * redeliver the good events of its batch forever.
 */
export function parseWebhookBody(body: Buffer): { events: unknown[] } {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new HttpError(400, 'The webhook body is not UTF-8');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The webhook body is not JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new HttpError(400, 'The webhook body must be a JSON object with an `events` array');
  }
  const { events, destination } = payload as { events?: unknown; destination?: unknown };
  if (!Array.isArray(events)) throw new HttpError(400, 'The webhook body has no `events` array');
  // LINE always sends `destination` (the bot's user id); LineFlow does not use it, and the signature
  // already says who sent the body, so only its type is checked.
  if (destination !== undefined && typeof destination !== 'string') throw new HttpError(400, "The webhook body's `destination` must be a string");
  return { events };
}
