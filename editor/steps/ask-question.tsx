import { CircleHelp } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const askQuestionView: StepView<'ask-question'> = {
  icon: CircleHelp,
  Body: ({ data }) => (
    <>
      <Preview text={data.question} />
      <Preview text={`${data.kind} → ${data.saveTo.scope === 'variable' ? 'vars' : 'contact'}.${data.saveTo.name} · ${data.timeoutMinutes} min`} muted />
    </>
  ),
};
