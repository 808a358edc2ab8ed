import { matchChoice } from '../../shared/answers/match-choice';
import { choiceQuestion } from '../../shared/line-messages/step-messages';
import { retryOrInvalid } from './retry-or-invalid';
import { saveAnswer } from './save-answer';
import { sendChecked } from './send-checked';
import type { StepExecutor } from './step-context';

export const multipleChoiceStep: StepExecutor<'multiple-choice'> = {
  enter(data, ctx) {
    sendChecked(ctx, [choiceQuestion(data, ctx.nodeId, ctx.render(data.question), 'question')]);
    return { wait: { minutes: data.timeoutMinutes, reason: 'timeout' } };
  },
  resume(data, ctx, input) {
    if (input.kind !== 'answer') return { port: 'timeout' };
    const choice = matchChoice(ctx.nodeId, data.choices, input.answer);
    if (!choice) return retryOrInvalid(data.retry, ctx, 'no choice matched', (text, field) => choiceQuestion(data, ctx.nodeId, text, field));
    saveAnswer(data.saveTo, choice.value ?? choice.label, ctx);
    return { port: choice.id, output: { choice: choice.id } };
  },
};
