import type { LineMessage } from '../line/line-transport';
import type { StepContext, StepResult } from './step-context';

/**
 * After an answer that does not fit: re-ask (the retry message, carrying the buttons again when
 * the question has them) while attempts remain, then leave by `invalid`.
 */
export function retryOrInvalid(
  retry: { maxAttempts: number; message: string },
  ctx: StepContext,
  reason: string,
  withButtons?: (text: string) => LineMessage,
): StepResult {
  if (ctx.attempts >= retry.maxAttempts) return { port: 'invalid', output: { invalid: reason, attempts: ctx.attempts + 1 } };
  const text = ctx.render(retry.message);
  ctx.send([withButtons ? withButtons(text) : { type: 'text', text }]);
  return { wait: { reason: 'timeout' }, output: { invalid: reason, attempt: ctx.attempts + 1 } };
}
