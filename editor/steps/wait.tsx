import { Hourglass } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import { enumValue } from './step-texts';
import type { StepView } from './step-view';

export const waitView: StepView<'wait'> = {
  icon: Hourglass,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return <Preview text={t('body.wait', { amount: data.amount, unit: enumValue(t, 'unit', data.unit) })} />;
  },
};
