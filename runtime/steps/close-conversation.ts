import type { StepExecutor } from './step-context';

export const closeConversationStep: StepExecutor<'close-conversation'> = {
  enter(data, ctx) {
    ctx.closeConversation(data.category);
    return { end: true };
  },
};
