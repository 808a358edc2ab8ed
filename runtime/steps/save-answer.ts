import type { StepContext } from './step-context';

/** Saves an answer where the step says: a run variable or a contact field. */
export function saveAnswer(saveTo: { scope: 'variable' | 'contact'; name: string } | undefined, value: unknown, ctx: StepContext): void {
  if (!saveTo) return;
  if (saveTo.scope === 'variable') ctx.vars[saveTo.name] = value;
  else ctx.setContactField(saveTo.name, value);
}
