import type { StepExecutor } from './step-context';

export const assignStep: StepExecutor<'assign'> = {
  async enter(data, ctx) {
    const result =
      data.target === 'agent'
        ? await ctx.assign({ kind: 'agent', agent: data.agent ?? '', onlineOnly: data.onlineOnly })
        : await ctx.assign({ kind: 'team', team: data.team ?? '', strategy: data.strategy ?? 'round-robin', onlineOnly: data.onlineOnly });
    return result ? { port: 'assigned', output: result } : { port: 'unavailable', output: { reason: 'nobody fits' } };
  },
};
