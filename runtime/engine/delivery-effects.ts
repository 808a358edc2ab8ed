import { lineLimits } from '../../shared/line-limits';
import type { DeliverEffect } from '../store/records';
import type { EventSession } from './event-session';

/** Groups the messages decided during this event into LINE requests of at most 5, in order. */
export function deliveryEffects(session: EventSession): DeliverEffect[] {
  const effects: DeliverEffect[] = [];
  // The event's own token, or one a customer's earlier message left unused (for an agent's reply).
  const saved = session.contact.engine.unusedReplyToken;
  const token = session.event.replyToken !== undefined ? { token: session.event.replyToken, receivedAt: session.event.receivedAt } : saved;
  const fresh = token !== undefined && session.now.getTime() - token.receivedAt < lineLimits.replyTokenSafeMs;
  for (let i = 0; i < session.outgoing.length; i += lineLimits.messagesPerRequest) {
    const batch = session.outgoing.slice(i, i + lineLimits.messagesPerRequest);
    const effect: DeliverEffect = {
      kind: 'deliver',
      id: `${session.event.id}-d${effects.length}`,
      runId: batch[0]?.runId ?? null,
      stepId: batch[0]?.stepId ?? null,
      conversationId: batch[0]?.conversationId ?? null,
      ...(batch[0]?.author ? { author: batch[0].author } : {}),
      ...(batch[0]?.agentId ? { agentId: batch[0].agentId } : {}),
      messages: batch.map((b) => b.message),
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
