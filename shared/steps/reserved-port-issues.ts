import type { StepIssue } from './define-step';

/** Errors for option or branch ids that would collide with a step's fixed ports. */
export function reservedPortIssues(ids: readonly string[], list: string, reserved: readonly string[]): StepIssue[] {
  const issues: StepIssue[] = [];
  ids.forEach((id, index) => {
    if (reserved.includes(id)) {
      issues.push({
        field: `${list}.${index}.id`,
        message: `"${id}" is reserved for the step's own port; choose another id`,
        severity: 'error',
        code: 'steps.reservedPort',
        params: { id },
      });
    }
  });
  return issues;
}
