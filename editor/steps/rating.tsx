import { Star } from 'lucide-react';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const ratingView: StepView<'rating'> = {
  icon: Star,
  Body: ({ data }) => (
    <>
      <Preview text={data.question} />
      <Preview text={`1–${data.scale}${data.lowLabel ? ` (${data.lowLabel} … ${data.highLabel ?? ''})` : ''}`} muted />
    </>
  ),
};
