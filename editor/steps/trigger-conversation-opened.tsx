import { MessageSquarePlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const triggerConversationOpenedView: StepView<'trigger-conversation-opened'> = {
  icon: MessageSquarePlus,
  Body: function Body() {
    const { t } = useTranslation('steps');
    return <Preview text={t('body.conversationOpened')} muted />;
  },
};
