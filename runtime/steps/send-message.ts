import type { StepExecutor } from './step-context';
import { toLineMessage, toQuickReply } from './to-line-message';

export const sendMessageStep: StepExecutor<'send-message'> = {
  enter(data, ctx) {
    const messages = data.messages.map((message) => toLineMessage(message, ctx));
    const last = messages[messages.length - 1];
    if (last && data.quickReplies?.length) last.quickReply = toQuickReply(data.quickReplies);
    ctx.send(messages);
    return { port: 'next', output: { sent: messages.length } };
  },
};
