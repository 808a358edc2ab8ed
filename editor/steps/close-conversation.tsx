import { CircleCheck } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const closeConversationView: StepView<'close-conversation'> = {
  icon: CircleCheck,
  Body: ({ data }) => <Preview text={data.category ? `Close as “${data.category}”` : 'Close the conversation'} muted />,
};
