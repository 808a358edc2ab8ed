import { chooseBranch } from '../../shared/conditions/evaluate-condition';
import type { StepExecutor } from './step-context';

export const branchStep: StepExecutor<'branch'> = {
  enter(data, ctx) {
    const port = chooseBranch(data.branches, {
      vars: ctx.vars,
      contact: ctx.contact,
      tags: ctx.tags,
      now: ctx.now,
      settings: ctx.settings,
    });
    return { port, output: { branch: port } };
  },
};
