import type { StepExecutor } from './step-context';

export const jumpToStep: StepExecutor<'jump-to'> = {
  enter: (data) => ({ jump: data.targetNodeId }),
};
