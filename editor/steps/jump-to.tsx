import { CornerUpLeft } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const jumpToView: StepView<'jump-to'> = {
  icon: CornerUpLeft,
  Body: ({ data }) => <Preview text={data.targetNodeId ? `Go to ${data.targetNodeId}` : 'Choose a step'} />,
};
