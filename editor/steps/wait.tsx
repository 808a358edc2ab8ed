import { Preview } from './preview';
import type { StepView } from './step-view';

export const waitView: StepView<'wait'> = {
  icon: '⏳',
  Body: ({ data }) => <Preview text={`Wait ${data.amount} ${data.unit}`} />,
};
