import { MessageSquarePlus } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const triggerConversationOpenedView: StepView<'trigger-conversation-opened'> = {
  icon: MessageSquarePlus,
  Body: () => <Preview text="When a customer starts a conversation" muted />,
};
