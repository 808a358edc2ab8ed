import type { StepExecutor } from './step-context';

export const addNoteStep: StepExecutor<'add-note'> = {
  enter(data, ctx) {
    ctx.addNote(ctx.render(data.text));
    return { port: 'next' };
  },
};
