import { Preview } from './preview';
import type { StepView } from './step-view';

export const closeConversationView: StepView<'close-conversation'> = {
  icon: '✅',
  Body: ({ data }) => <Preview text={data.category ? `Close as “${data.category}”` : 'Close the conversation'} muted />,
};
