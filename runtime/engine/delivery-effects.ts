import { lineLimits } from '../../shared/line-limits';
import type { DeliverEffect } from '../store/records';
import type { EventSession } from './event-session';
import { quickRepliesOnLast } from './quick-replies-last';

/** Groups the messages decided during this event into LINE requests of at most 5, in order, quick replies under the last. */
export function deliveryEffects(session: EventSession): DeliverEffect[] {
  const effects: DeliverEffect[] = [];
  // The event's own token, or one a customer's earlier message left unused (for an agent's reply).
  const saved = session.contact.engine.unusedReplyToken;
  const token = session.event.replyToken !== undefined ? { token: session.event.replyToken, receivedAt: session.event.receivedAt } : saved;
  const fresh = token !== undefined && session.now.getTime() - token.receivedAt < lineLimits.replyTokenSafeMs;
  for (const batch of requestBatches(quickRepliesOnLast(session.outgoing))) {
    const effect: DeliverEffect = {
      kind: 'deliver',
      id: `${session.event.id}-d${effects.length}`,
      runId: batch[0]?.runId ?? null,
      stepId: batch[0]?.stepId ?? null,
      conversationId: batch[0]?.conversationId ?? null,
      ...(batch[0]?.author ? { author: batch[0].author } : {}),
      ...(batch[0]?.agentId ? { agentId: batch[0].agentId } : {}),
      messages: batch.map((b) => b.message),
      ...(batch[0]?.notificationDisabled ? { notificationDisabled: true } : {}),
      ...(effects.length === 0 ? { eventReceivedAt: session.event.receivedAt } : {}),
    };
    if (fresh && token && effects.length === 0) {
      effect.replyToken = token.token;
      effect.replyTokenReceivedAt = token.receivedAt;
    }
    effects.push(effect);
  }
  if (effects.length > 0 && fresh) delete session.contact.engine.unusedReplyToken;
  else if (session.event.replyToken !== undefined)
    session.contact.engine.unusedReplyToken = { token: session.event.replyToken, receivedAt: session.event.receivedAt };
  return effects;
}

/** Requests of at most 5 messages, in order; a request carries one notificationDisabled, so a change of it starts a new one. */
function requestBatches<T extends { notificationDisabled?: boolean }>(outgoing: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (const entry of outgoing) {
    const last = batches.at(-1);
    if (last && last.length < lineLimits.messagesPerRequest && Boolean(last[0]?.notificationDisabled) === Boolean(entry.notificationDisabled)) last.push(entry);
    else batches.push([entry]);
  }
  return batches;
}
