import { Flag } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const triggerConversationClosedView: StepView<'trigger-conversation-closed'> = {
  icon: Flag,
  Body: function Body() {
    const { t } = useTranslation('steps');
    return <Preview text={t('body.conversationClosed')} muted />;
  },
};
