import { MessagesSquare } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const triggerAnyMessageView: StepView<'trigger-any-message'> = {
  icon: MessagesSquare,
  Body: () => <Preview text="Any other message" muted />,
};
