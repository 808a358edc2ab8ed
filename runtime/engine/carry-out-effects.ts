import { lineLimits } from '../../shared/line-limits';
import { LineApiError, type LineMessage } from '../line/line-transport';
import { retryKeyFor } from '../line/retry-key';
import { isSimulatedContact } from '../line/routing-transport';
import { sendWithRetry } from '../line/send-with-retry';
import type { ContactRecord, DeliverEffect, MessageRecord } from '../store/records';
import type { EngineDeps } from './engine-deps';

/**
 * Carries out the effects the last event decided, in order: sends each batch of messages (reply
 * while the token is fresh, else push with a retry key derived from the batch), and sets timers.
 * Safe to repeat: LINE's 409 and a spent reply token both mean "already sent". `resumed` says an
 * earlier attempt decided these effects and may have carried out some. The event leaves the
 * contact's mailbox only after this returns, so the next event finds them all done.
 */
export async function carryOutEffects(contact: ContactRecord, deps: EngineDeps, resumed: boolean): Promise<void> {
  for (const effect of contact.engine.effects) {
    if (effect.kind === 'timer') await deps.scheduleTimer(contact.id, effect);
    else await deliver(contact, effect, deps, resumed);
  }
}

async function deliver(contact: ContactRecord, effect: DeliverEffect, deps: EngineDeps, resumed: boolean): Promise<void> {
  const messages = effect.messages as LineMessage[];
  const simulated = isSimulatedContact(contact.id) || deps.transport.kind === 'simulated';
  let method: 'reply' | 'push' | 'simulated' = simulated ? 'simulated' : 'push';
  try {
    const replyUsable =
      effect.replyToken !== undefined && deps.now().getTime() - (effect.replyTokenReceivedAt ?? 0) < lineLimits.replyTokenSafeMs;
    let sent = false;
    if (replyUsable) {
      sent = await tryReply(contact.id, effect.replyToken as string, messages, deps, resumed);
      if (sent && method !== 'simulated') method = 'reply';
    }
    if (!sent) {
      await sendWithRetry(async () => {
        try {
          await deps.transport.push(contact.id, messages, retryKeyFor(effect.id));
        } catch (error) {
          if (error instanceof LineApiError && error.kind === 'already-sent') return;
          throw error;
        }
      });
      if (!simulated) await deps.store.counters.increment(pushCounterId(deps.now()), 'value', 1);
    }
    await recordOutgoing(contact, effect, deps, { method, status: 'sent' });
  } catch (error) {
    if (!(error instanceof LineApiError) || error.retryable) throw error;
    // LINE refused the request itself: retrying cannot help. The run records why; nothing is resent.
    deps.log.warn({ contactId: contact.id, runId: effect.runId, stepId: effect.stepId, status: error.status }, 'LINE refused a message');
    await recordOutgoing(contact, effect, deps, { method, status: 'failed', error: error.message });
    await failRun(contact, effect, deps, `LINE refused the message from step ${effect.stepId}: ${error.message}`);
  }
}

/**
 * True when the messages went out by reply; false to fall back to push. A spent token after an
 * attempt whose outcome is unknown (a 5xx, a time-out, or a crash before this resumed) means LINE
 * took that attempt: pushing again would send the messages twice.
 */
async function tryReply(to: string, token: string, messages: LineMessage[], deps: EngineDeps, resumed: boolean): Promise<boolean> {
  let attempts = 0;
  try {
    await sendWithRetry(async () => {
      attempts++;
      await deps.transport.reply(to, token, messages);
    });
    return true;
  } catch (error) {
    if (error instanceof LineApiError && error.kind === 'invalid-reply-token') return resumed || attempts > 1;
    throw error;
  }
}

export function pushCounterId(now: Date): string {
  return `push-${now.toISOString().slice(0, 7)}`;
}

async function recordOutgoing(contact: ContactRecord, effect: DeliverEffect, deps: EngineDeps, delivery: MessageRecord['delivery']): Promise<void> {
  const at = deps.now().toISOString();
  await Promise.all(
    effect.messages.map(async (content, i) => {
      const record: MessageRecord = {
        id: `${effect.id}-${i}`,
        conversationId: effect.conversationId,
        contactId: contact.id,
        direction: 'out',
        author: effect.author ?? 'bot',
        content,
        at,
        runId: effect.runId,
        stepId: effect.stepId,
        delivery,
      };
      await deps.store.messages.put(record);
      deps.onMessage?.(record);
    }),
  );
}

async function failRun(contact: ContactRecord, effect: DeliverEffect, deps: EngineDeps, error: string): Promise<void> {
  if (!effect.runId) return;
  const run = await deps.store.runs.get(effect.runId);
  if (run && run.status !== 'failed') await deps.store.runs.patch(run.id, { status: 'failed', error, nodeId: null, endedAt: deps.now().toISOString() });
  if (contact.engine.run?.id === effect.runId) {
    contact.engine.run = null;
    await deps.store.contacts.patch(contact.id, { engine: contact.engine });
  }
}
