import { HttpRequestError } from '../http/guarded-request';
import type { EffectResult } from '../queue/inbound-event';
import type { EffectKind } from './effect-kind';
import { showLoading } from './show-loading';

/** The answer a run sees is cut here; the rest of a large body is not kept. */
const keptBodyChars = 100_000;

/**
 * An HTTP step's call, made once its decision is stored. The Idempotency-Key is derived from the
 * run, the step and its visit, so a call repeated after a crash (its outcome unknown) is
 * recognisable by the service. The answer is filed as an event of the contact, which resumes the
 * run in order with the customer's messages; filing before recording it done means a crash in
 * between repeats the (idempotent) call rather than leaving the run waiting forever. While the
 * customer waits on it (see engine/customer-waits.ts), LINE's loading animation shows meanwhile.
 */
export const httpEffect: EffectKind<'http'> = {
  kind: 'http',
  async carryOut(effect, ctx) {
    const { payload } = effect;
    const headers = { ...payload.request.headers };
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key')) headers['Idempotency-Key'] = idempotencyKey(payload);
    await ctx.checkFence();
    if (payload.customerWaiting) await showLoading(ctx.deps, effect.contactId, payload.timeoutMs);
    let result: EffectResult;
    try {
      const answer = await ctx.deps.http({ ...payload.request, headers }, payload.timeoutMs);
      result = { status: answer.status, body: answer.body.slice(0, keptBodyChars) };
    } catch (error) {
      if (!(error instanceof HttpRequestError)) throw error;
      result = { error: error.message, errorKind: error.kind };
    }
    const now = ctx.deps.now().getTime();
    await ctx.deps.fileEvent({
      kind: 'effect-result',
      id: `r-${effect.id}`,
      contactId: effect.contactId,
      timestamp: now,
      receivedAt: now,
      effectId: effect.id,
      runId: payload.runId,
      visit: payload.visit,
      result,
      ...(payload.customerWaiting ? { customerWaiting: true } : {}),
    });
    ctx.complete('status' in result ? { status: result.status } : { error: result.error });
  },
};

export function idempotencyKey(payload: { runId: string; stepId: string; visit: number }): string {
  return `lineflow-${payload.runId}-${payload.stepId}-${payload.visit}`;
}
