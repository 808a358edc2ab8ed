import type { ReactNode } from 'react';
import type { StepData, StepType } from '../../shared/steps';

/** How a step looks on the canvas: an icon and a body that says what it does at a glance. */
export interface StepView<T extends StepType> {
  icon: string;
  Body: (props: { data: StepData<T> }) => ReactNode;
  /** Shown in the inspector under the step's form: what is not in its options (the hook's token). */
  InspectorPanel?: () => ReactNode;
}
