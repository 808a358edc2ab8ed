import { CircleHelp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import { enumValue } from './step-texts';
import type { StepView } from './step-view';

export const askQuestionView: StepView<'ask-question'> = {
  icon: CircleHelp,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return (
      <>
        <Preview text={data.question} />
        <Preview
          text={t('body.askQuestion', {
            kind: enumValue(t, 'kind', data.kind),
            target: `${data.saveTo.scope === 'variable' ? 'vars' : 'contact'}.${data.saveTo.name}`,
            minutes: data.timeoutMinutes,
          })}
          muted
        />
      </>
    );
  },
};
