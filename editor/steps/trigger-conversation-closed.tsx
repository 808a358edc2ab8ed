import { Flag } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const triggerConversationClosedView: StepView<'trigger-conversation-closed'> = {
  icon: Flag,
  Body: () => <Preview text="When a conversation is closed" muted />,
};
