import { ListChecks } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const multipleChoiceView: StepView<'multiple-choice'> = {
  icon: ListChecks,
  Body: ({ data }) => (
    <>
      <Preview text={data.question} />
      <Preview text={`${data.choices.length} choices · timeout ${data.timeoutMinutes} min`} muted />
    </>
  ),
};
