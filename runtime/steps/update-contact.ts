import type { StepExecutor } from './step-context';

export const updateContactStep: StepExecutor<'update-contact'> = {
  enter(data, ctx) {
    for (const action of data.actions) {
      if (action.kind === 'set-field') ctx.setContactField(action.field, ctx.render(action.value));
      else if (action.kind === 'add-tag') ctx.addTag(ctx.render(action.tag));
      else ctx.removeTag(ctx.render(action.tag));
    }
    return { port: 'next', output: { actions: data.actions.length } };
  },
};
