import { sendMessageMessages } from '../../shared/line-messages/step-messages';
import { sendChecked } from './send-checked';
import type { StepExecutor } from './step-context';

export const sendMessageStep: StepExecutor<'send-message'> = {
  enter(data, ctx) {
    const messages = sendMessageMessages(data, (text) => ctx.render(text));
    sendChecked(ctx, messages);
    return { port: 'next', output: { sent: messages.length } };
  },
};
