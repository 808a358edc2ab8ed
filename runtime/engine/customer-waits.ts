import type { InboundEvent } from '../queue/inbound-event';

/**
 * Whether the customer is waiting on what this event decides: they just wrote or tapped, or a call
 * made while they waited has answered and the run goes on. LINE's loading animation is shown for
 * the HTTP calls decided then (runtime/effects/http-effect.ts), never for a run woken by a timer.
 */
export function customerWaits(event: InboundEvent): boolean {
  if (event.kind === 'message') return !event.standby;
  if (event.kind === 'postback') return true;
  return event.kind === 'effect-result' && event.customerWaiting === true;
}
