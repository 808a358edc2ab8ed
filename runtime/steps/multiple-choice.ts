import { encodeChoicePostback, matchChoice } from '../../shared/answers/match-choice';
import { retryOrInvalid } from './retry-or-invalid';
import { saveAnswer } from './save-answer';
import type { StepContext, StepExecutor } from './step-context';
import { questionWithButtons } from './to-line-message';
import type { StepData } from '../../shared/steps';

function ask(data: StepData<'multiple-choice'>, ctx: StepContext, text: string) {
  return questionWithButtons(
    text,
    data.choices.map((choice) => ({ label: choice.label, data: encodeChoicePostback(ctx.nodeId, choice.id) })),
  );
}

export const multipleChoiceStep: StepExecutor<'multiple-choice'> = {
  enter(data, ctx) {
    ctx.send([ask(data, ctx, ctx.render(data.question))]);
    return { wait: { minutes: data.timeoutMinutes, reason: 'timeout' } };
  },
  resume(data, ctx, input) {
    if (input.kind !== 'answer') return { port: 'timeout' };
    const choice = matchChoice(ctx.nodeId, data.choices, input.answer);
    if (!choice) return retryOrInvalid(data.retry, ctx, 'no choice matched', (text) => ask(data, ctx, text));
    saveAnswer(data.saveTo, choice.value ?? choice.label, ctx);
    return { port: choice.id, output: { choice: choice.id } };
  },
};
