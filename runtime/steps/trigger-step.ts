import type { StepResult } from './step-context';

/** Triggers only mark where a run starts; executing one moves straight on. */
export const triggerStep = { enter: (): StepResult => ({ port: 'next' }) };
