import { MessagesSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const triggerAnyMessageView: StepView<'trigger-any-message'> = {
  icon: MessagesSquare,
  Body: function Body() {
    const { t } = useTranslation('steps');
    return <Preview text={t('body.anyMessage')} muted />;
  },
};
