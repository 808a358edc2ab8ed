import { matchRating } from '../../shared/answers/match-choice';
import { ratingQuestion } from '../../shared/line-messages/step-messages';
import { retryOrInvalid } from './retry-or-invalid';
import { saveAnswer } from './save-answer';
import { sendChecked } from './send-checked';
import type { StepExecutor } from './step-context';

export const ratingStep: StepExecutor<'rating'> = {
  enter(data, ctx) {
    sendChecked(ctx, [ratingQuestion(data, ctx.nodeId, ctx.render(data.question), 'question')]);
    ctx.csatAsked();
    return { wait: { minutes: data.timeoutMinutes, reason: 'timeout' } };
  },
  resume(data, ctx, input) {
    if (input.kind !== 'answer') return { port: 'timeout' };
    const score = matchRating(ctx.nodeId, data.scale, input.answer);
    if (score === undefined) return retryOrInvalid(data.retry, ctx, 'not a score on the scale', (text, field) => ratingQuestion(data, ctx.nodeId, text, field));
    saveAnswer(data.saveTo, score, ctx);
    ctx.recordCsat(score, data.scale);
    const range = data.ranges.find((r) => score >= r.min && score <= r.max);
    return { port: range?.id ?? 'answered', output: { score } };
  },
};
