import type { StepExecutor } from './step-context';

export const closeConversationStep: StepExecutor<'close-conversation'> = {
  enter(_data, ctx) {
    ctx.closeConversation();
    return { end: true };
  },
};
