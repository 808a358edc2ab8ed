import { Hourglass } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const waitView: StepView<'wait'> = {
  icon: Hourglass,
  Body: ({ data }) => <Preview text={`Wait ${data.amount} ${data.unit}`} />,
};
