import { Headset } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const assignView: StepView<'assign'> = {
  icon: Headset,
  Body: ({ data }) => (
    <Preview
      text={
        data.target === 'agent' ? `Agent ${data.agent ?? '?'}` : `Team ${data.team ?? '?'} · ${data.strategy ?? ''}${data.onlineOnly ? ' · online only' : ''}`
      }
    />
  ),
};
