import type { StepExecutor } from './step-context';
import { notAvailableYet } from './not-available-yet';

export const httpRequestStep: StepExecutor<'http-request'> = notAvailableYet('The HTTP request step', 'failure');
