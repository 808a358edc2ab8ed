import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import type { StepData, StepType } from '../../shared/steps';
import type { FieldHint, FieldSpot, KnownNames } from '../inspector/field-hints';

/** How a step looks on the canvas: an SVG icon (never an emoji: no font may have it) and a body that says what it does at a glance. */
export interface StepView<T extends StepType> {
  icon: LucideIcon;
  Body: (props: { data: StepData<T> }) => ReactNode;
  /** Shown in the inspector under the step's form: what is not in its options (the hook's token). */
  InspectorPanel?: () => ReactNode;
  /** What the inspector's form should know of a field beyond the schema (required here, suggestions). */
  fieldHint?: (spot: FieldSpot, known: KnownNames) => FieldHint | undefined;
}
