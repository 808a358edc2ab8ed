import { ListChecks } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const multipleChoiceView: StepView<'multiple-choice'> = {
  icon: ListChecks,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return (
      <>
        <Preview text={data.question} />
        <Preview text={t('body.multipleChoice', { choices: data.choices.length, minutes: data.timeoutMinutes })} muted />
      </>
    );
  },
};
