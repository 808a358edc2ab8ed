import { Preview } from './preview';
import type { StepView } from './step-view';

export const httpRequestView: StepView<'http-request'> = {
  icon: '🌐',
  Body: ({ data }) => <Preview text={`${data.method} ${data.url || '(no URL yet)'}`} />,
};
