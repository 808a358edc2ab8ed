import type { StepExecutor } from './step-context';
import { notAvailableYet } from './not-available-yet';

export const assignStep: StepExecutor<'assign'> = notAvailableYet('Assigning to agents and teams', 'unavailable');
