import { encodeRatingPostback, matchRating } from '../../shared/answers/match-choice';
import type { StepData } from '../../shared/steps';
import { retryOrInvalid } from './retry-or-invalid';
import { saveAnswer } from './save-answer';
import type { StepContext, StepExecutor } from './step-context';
import { questionWithButtons } from './to-line-message';

function ask(data: StepData<'rating'>, ctx: StepContext, text: string) {
  const buttons = Array.from({ length: data.scale }, (_, i) => {
    const score = i + 1;
    const label = score === 1 && data.lowLabel ? `1 ${data.lowLabel}` : score === data.scale && data.highLabel ? `${score} ${data.highLabel}` : String(score);
    return { label, data: encodeRatingPostback(ctx.nodeId, score) };
  });
  return questionWithButtons(text, buttons);
}

export const ratingStep: StepExecutor<'rating'> = {
  enter(data, ctx) {
    ctx.csatAsked();
    ctx.send([ask(data, ctx, ctx.render(data.question))]);
    return { wait: { minutes: data.timeoutMinutes, reason: 'timeout' } };
  },
  resume(data, ctx, input) {
    if (input.kind !== 'answer') return { port: 'timeout' };
    const score = matchRating(ctx.nodeId, data.scale, input.answer);
    if (score === undefined) return retryOrInvalid(data.retry, ctx, 'not a score on the scale', (text) => ask(data, ctx, text));
    saveAnswer(data.saveTo, score, ctx);
    ctx.recordCsat(score, data.scale);
    const range = data.ranges.find((r) => score >= r.min && score <= r.max);
    return { port: range?.id ?? 'answered', output: { score } };
  },
};
