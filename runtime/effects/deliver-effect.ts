import { lineLimits } from '../../shared/line-limits';
import { describeLineProblem } from '../../shared/line-schema/line-problem';
import { lineRequestProblems } from '../../shared/line-schema/line-request-schema';
import { pushCounterId } from '../engine/push-counter';
import { locateContact } from '../channels/contact-address';
import { LineApiError, type LineMessage, type SendOptions } from '../line/line-transport';
import { retryKeyFor } from '../line/retry-key';
import { sendWithRetry } from '../line/send-with-retry';
import type { DeliverEffect, EffectRecord, MessageRecord } from '../store/records';
import type { EffectContext, EffectKind } from './effect-kind';
import { failRun } from './fail-run';

/**
 * One LINE request's worth of messages: by reply while the token is fresh (free), else by push
 * with a retry key derived from the effect (LINE answers 409 to a repeat: already sent).
 *
 * The uncertain windows, and what is done in each:
 * - A reply whose outcome is unknown (a time-out or 5xx, or an earlier attempt at the event that
 *   stopped before recording it) is tried again with the same token while it is under 50 s old:
 *   success proves the first did not go out, and "Invalid reply token" proves it did (a token
 *   this young cannot have expired, and only we hold it).
 * - "Invalid reply token" with no attempt in doubt: the token was expired or refused; push.
 * - A reply in doubt whose token is past 50 s: LINE cannot say whether it was used. We push,
 *   preferring a rare duplicate to a lost answer; the message is recorded with `uncertainReply`.
 * - A push in doubt: the same retry key is sent again; 409 means it went out, counted once.
 * - Before each request the worker checks it still holds the contact (its fencing token), so a
 *   worker that lost the contact to another sends nothing more.
 */
export const deliverEffect: EffectKind<'deliver'> = {
  kind: 'deliver',
  async carryOut(effect, ctx) {
    const { deps } = ctx;
    const payload = effect.payload;
    const messages = payload.messages as LineMessage[];
    const simulated = await deps.transport.simulates(effect.contactId);
    const replyInDoubt = ctx.resumed && payload.replyToken !== undefined;
    // The last check before LINE: a body LINE would refuse (a message no step check caught, or an
    // effect stored by an older version) is not sent, and fails the run naming the step and the field.
    const invalid = lineRequestProblems('messages', { messages })[0];
    if (invalid) {
      const reason = `LINE would refuse ${describeLineProblem(invalid)}; nothing was sent`;
      return giveUp(effect, reason, `step ${payload.stepId}: ${reason}`, ctx);
    }
    try {
      const age = payload.replyToken !== undefined ? deps.now().getTime() - (payload.replyTokenReceivedAt ?? 0) : Infinity;
      let method: 'reply' | 'push' | 'simulated' | undefined;
      if (age < lineLimits.replyTokenSafeMs) {
        await ctx.checkFence();
        if (await tryReply(effect, payload, messages, ctx, replyInDoubt)) method = simulated ? 'simulated' : 'reply';
      }
      const uncertainReply = !method && replyInDoubt && age >= lineLimits.replyTokenSafeMs;
      let pushed = false;
      if (!method) {
        await ctx.checkFence();
        pushed = await push(effect, messages, ctx, sendOptions(payload));
        method = simulated ? 'simulated' : 'push';
      }
      if (method !== 'push' || pushed) deps.metrics?.messagesSent(method, messages.length, payload.eventReceivedAt, deps.now().getTime());
      const increments =
        pushed && !simulated
          ? [{ collection: 'counters' as const, id: pushCounterId(deps.now(), locateContact(effect.contactId).channelId), field: 'value', by: 1 }]
          : [];
      const records = outgoingRecords(effect, payload, deps.now(), { method, status: 'sent', ...(uncertainReply ? { uncertainReply: true } : {}) });
      ctx.complete({ method }, { puts: { messages: records }, increments });
    } catch (error) {
      if (!(error instanceof LineApiError) || error.retryable) throw error;
      // LINE refused the request itself: retrying cannot help. The run records why; nothing is resent.
      await giveUp(effect, error.message, `LINE refused the message from step ${payload.stepId}: ${error.message}`, ctx, error.status);
    }
  },
};

/** A delivery that cannot succeed (a person must fix the step): recorded failed, never retried, and its run failed. */
async function giveUp(effect: EffectRecord & { payload: DeliverEffect }, reason: string, runError: string, ctx: EffectContext, status?: number): Promise<void> {
  const { payload } = effect;
  ctx.deps.log.warn(
    { contactId: effect.contactId, eventId: effect.eventId, effectId: effect.id, runId: payload.runId, stepId: payload.stepId, status, reason },
    'a message was not delivered: LINE refuses it',
  );
  ctx.fail(reason, { puts: { messages: outgoingRecords(effect, payload, ctx.deps.now(), { method: 'push', status: 'failed', error: reason }) } });
  if (payload.runId) await failRun(effect.contactId, payload.runId, runError, ctx);
}

/** True when the messages went out by reply (now or by the attempt in doubt); false to push instead. */
async function tryReply(effect: EffectRecord, payload: DeliverEffect, messages: LineMessage[], ctx: EffectContext, inDoubt: boolean): Promise<boolean> {
  let attempts = 0;
  try {
    await sendWithRetry(async () => {
      attempts++;
      await ctx.deps.transport.reply(effect.contactId, payload.replyToken as string, messages, sendOptions(payload));
    });
    return true;
  } catch (error) {
    if (!(error instanceof LineApiError) || error.kind !== 'invalid-reply-token') throw error;
    const earlierInDoubt = inDoubt || attempts > 1;
    const young = ctx.deps.now().getTime() - (payload.replyTokenReceivedAt ?? 0) < lineLimits.replyTokenSafeMs;
    return earlierInDoubt && young;
  }
}

/** True when LINE accepted this push now; false when it had accepted it before (409). */
async function push(effect: EffectRecord, messages: LineMessage[], ctx: EffectContext, options: SendOptions): Promise<boolean> {
  let accepted = true;
  await sendWithRetry(async () => {
    try {
      await ctx.deps.transport.push(effect.contactId, messages, retryKeyFor(effect.id), options);
    } catch (error) {
      if (!(error instanceof LineApiError) || error.kind !== 'already-sent') throw error;
      accepted = false;
    }
  });
  return accepted;
}

/** The request-level fields of the batch (a send step's "without notification"). */
function sendOptions(payload: DeliverEffect): SendOptions {
  return payload.notificationDisabled ? { notificationDisabled: true } : {};
}

function outgoingRecords(effect: EffectRecord, payload: DeliverEffect, now: Date, delivery: MessageRecord['delivery']): MessageRecord[] {
  return payload.messages.map((content, i) => ({
    id: `${payload.id}-${i}`,
    conversationId: payload.conversationId,
    contactId: effect.contactId,
    direction: 'out',
    author: payload.author ?? 'bot',
    ...(payload.agentId ? { agentId: payload.agentId } : {}),
    content,
    at: now.toISOString(),
    runId: payload.runId,
    stepId: payload.stepId,
    delivery,
  }));
}
