import { builtMessageProblems } from '../../shared/line-messages/built-message-problems';
import type { BuiltMessage } from '../../shared/line-messages/built-message';
import { StepError, type StepContext } from './step-context';

/**
 * Queues a step's messages once each passes LINE's schemas and limits as rendered (a long
 * `{{answer}}`, an empty variable, a flex typo). A message LINE would refuse fails the run at this
 * step, naming the option, and nothing of the step is sent: every step that sends goes through here.
 */
export function sendChecked(ctx: StepContext, built: readonly BuiltMessage[]): void {
  for (const message of built) {
    const [problem] = builtMessageProblems(message);
    if (!problem) continue;
    const field = problem.field || 'the message';
    throw new StepError(`${field} as sent to LINE ${problem.message}${problem.lineProperty ? ` (LINE's ${problem.lineProperty})` : ''}`);
  }
  ctx.send(built.map((b) => b.message));
}
