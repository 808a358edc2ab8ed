import { defaultChannelId } from '../channels/contact-address';
import type { InboundEvent } from '../queue/inbound-event';
import { eventLimitProblem, eventLimits } from './event-limits';
import { lineEventSchemaProblem } from './line-webhook-schema';
import { toInboundEvent, type LineWebhookEvent } from './to-inbound-event';

/** An event for the engine, or why it is kept aside: `kept` is what the ignored-events record holds. */
export type Screened = { event: InboundEvent } | { ignored: string; kept: unknown; id: string | null };

/**
 * Decides what one event of a signed webhook body becomes. Nothing that fails LineFlow's limits
 * or LINE's webhook schema reaches the engine; an event LineFlow does not act on (a group, an
 * unknown type) keeps the reason it always had, schema or not.
 */
export function screenLineEvent(raw: unknown, receivedAt: number, channelId: string = defaultChannelId): Screened {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ignored: 'is not an object: LINE sends each event as a JSON object', kept: keepable(raw), id: null };
  }
  const id = eventId(raw);
  const limit = eventLimitProblem(raw);
  if (limit) return { ignored: limit, kept: { notKept: "the event breaks LineFlow's limits", type: shortString((raw as { type?: unknown }).type) }, id };
  const converted = toInboundEvent(raw as LineWebhookEvent, receivedAt, channelId);
  if ('ignored' in converted) return { ignored: converted.ignored, kept: raw, id };
  const problem = lineEventSchemaProblem(raw);
  if (problem) return { ignored: problem, kept: raw, id };
  return converted;
}

function eventId(raw: object): string | null {
  const id = (raw as { webhookEventId?: unknown }).webhookEventId;
  return typeof id === 'string' && id !== '' && id.length <= eventLimits.idLength ? id : null;
}

/** A primitive in place of an event is kept as it came, unless it is a long string. */
function keepable(raw: unknown): unknown {
  if (typeof raw === 'string' && raw.length > 200) return { notKept: `a string of ${raw.length} characters` };
  if (Array.isArray(raw)) return { notKept: `an array of ${raw.length} items` };
  return raw;
}

function shortString(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, 100) : undefined;
}
