import type { StepExecutor } from './step-context';

/** Leaves by `assigned`, or by `unavailable` when nobody fits (the conversation then waits in the team's queue). */
export const assignStep: StepExecutor<'assign'> = {
  async enter(data, ctx) {
    const outcome =
      data.target === 'agent'
        ? await ctx.assign({ kind: 'agent', agent: data.agent ?? '', onlineOnly: data.onlineOnly })
        : await ctx.assign({
            kind: 'team',
            ...(data.teamId ? { teamId: data.teamId } : {}),
            ...(data.team ? { team: data.team } : {}),
            onlineOnly: data.onlineOnly,
          });
    return outcome.assignee !== null ? { port: 'assigned', output: outcome } : { port: 'unavailable', output: outcome };
  },
};
