import { CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const closeConversationView: StepView<'close-conversation'> = {
  icon: CircleCheck,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return <Preview text={data.category ? t('body.closeAs', { category: data.category }) : t('body.close')} muted />;
  },
};
