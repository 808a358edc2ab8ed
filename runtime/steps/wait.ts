import { waitSeconds } from '../../shared/steps/wait';
import type { StepExecutor } from './step-context';

export const waitStep: StepExecutor<'wait'> = {
  enter: (data) => ({ wait: { seconds: waitSeconds(data), reason: 'wait' } }),
  resume: (_data, _ctx, input) => (input.kind === 'timer' ? { port: 'next' } : { wait: { reason: 'wait' } }),
};
