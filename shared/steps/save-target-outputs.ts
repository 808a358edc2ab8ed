import type { StepOutputs } from './define-step';

/** What a question step makes known by saving its answer to a variable or a contact field. */
export function saveTargetOutputs(saveTo: { scope: 'variable' | 'contact'; name: string } | undefined): StepOutputs {
  if (!saveTo) return {};
  return saveTo.scope === 'variable' ? { vars: [saveTo.name] } : { contactFields: [saveTo.name] };
}
