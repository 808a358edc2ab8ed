import { UserPlus } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const triggerFollowView: StepView<'trigger-follow'> = {
  icon: UserPlus,
  Body: ({ data }) => <Preview text={data.includeUnblocked === false ? 'New friends only' : 'New friends and unblocks'} muted />,
};
