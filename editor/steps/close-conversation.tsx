import { Preview } from './preview';
import type { StepView } from './step-view';

export const closeConversationView: StepView<'close-conversation'> = {
  icon: '✅',
  Body: () => <Preview text="Close the conversation" muted />,
};
