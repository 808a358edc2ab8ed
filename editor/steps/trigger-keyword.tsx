import { KeyRound } from 'lucide-react';
import { Chips, Preview } from './preview';
import type { StepView } from './step-view';

export const triggerKeywordView: StepView<'trigger-keyword'> = {
  icon: KeyRound,
  Body: ({ data }) => (
    <>
      <Preview text={`${data.match === 'regex' ? 'Matches' : data.match === 'exact' ? 'Is' : data.match === 'contains' ? 'Contains' : 'Starts with'}:`} muted />
      <Chips items={data.keywords} />
      {data.interruptsWaitingRun ? <Preview text="Interrupts a waiting run" muted /> : null}
    </>
  ),
};
