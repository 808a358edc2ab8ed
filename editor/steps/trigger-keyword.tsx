import { KeyRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Chips, Preview } from './preview';
import type { StepView } from './step-view';

export const triggerKeywordView: StepView<'trigger-keyword'> = {
  icon: KeyRound,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    const match =
      data.match === 'regex'
        ? t('body.keywordMatches')
        : data.match === 'exact'
          ? t('body.keywordIs')
          : data.match === 'contains'
            ? t('body.keywordContains')
            : t('body.keywordStartsWith');
    return (
      <>
        <Preview text={match} muted />
        <Chips items={data.keywords} />
        {data.interruptsWaitingRun ? <Preview text={t('body.interrupts')} muted /> : null}
      </>
    );
  },
};
