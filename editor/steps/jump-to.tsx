import { CornerUpLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const jumpToView: StepView<'jump-to'> = {
  icon: CornerUpLeft,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return <Preview text={data.targetNodeId ? t('body.goTo', { target: data.targetNodeId }) : t('body.chooseStep')} />;
  },
};
