import { validateAnswer } from '../../shared/answers/validate-answer';
import { textMessage } from '../../shared/line-messages/step-messages';
import { retryOrInvalid } from './retry-or-invalid';
import { saveAnswer } from './save-answer';
import { sendChecked } from './send-checked';
import type { StepExecutor } from './step-context';

export const askQuestionStep: StepExecutor<'ask-question'> = {
  enter(data, ctx) {
    sendChecked(ctx, [textMessage(ctx.render(data.question), 'question')]);
    return { wait: { minutes: data.timeoutMinutes, reason: 'timeout' } };
  },
  resume(data, ctx, input) {
    if (input.kind !== 'answer') return { port: 'timeout' };
    const text = input.answer.text ?? input.answer.postbackData;
    if (text === undefined) return retryOrInvalid(data.retry, ctx, 'not a text message');
    const check = validateAnswer(data.kind, text, { min: data.min, max: data.max });
    if (!check.ok) return retryOrInvalid(data.retry, ctx, check.reason);
    saveAnswer(data.saveTo, check.value, ctx);
    return { port: 'answered', output: { answer: check.value } };
  },
};
