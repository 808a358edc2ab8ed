import type { BuiltMessage } from '../../shared/line-messages/built-message';
import { textMessage } from '../../shared/line-messages/step-messages';
import { sendChecked } from './send-checked';
import type { StepContext, StepResult } from './step-context';

/**
 * After an answer that does not fit: re-ask (the retry message, carrying the buttons again when
 * the question has them) while attempts remain, then leave by `invalid`.
 */
export function retryOrInvalid(
  retry: { maxAttempts: number; message: string },
  ctx: StepContext,
  reason: string,
  withButtons?: (text: string, field: string) => BuiltMessage,
): StepResult {
  // "Max attempts 2" is two answers in all: this one is answer number `attempts + 1`.
  if (ctx.attempts + 1 >= retry.maxAttempts) return { port: 'invalid', output: { invalid: reason, attempts: ctx.attempts + 1 } };
  const text = ctx.render(retry.message);
  sendChecked(ctx, [withButtons ? withButtons(text, 'retry.message') : textMessage(text, 'retry.message')]);
  return { wait: { reason: 'timeout' }, output: { invalid: reason, attempt: ctx.attempts + 1 } };
}
