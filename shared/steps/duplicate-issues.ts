import type { StepIssue } from './define-step';

/**
 * One error for each value that repeats an earlier one in a list, pointing at the repeat:
 * `duplicateIssues(['a','a'], 'options', 'id', 'option id')` → `options.1.id`.
 */
export function duplicateIssues(values: readonly string[], list: string, key: string, what: string): StepIssue[] {
  const seen = new Set<string>();
  const issues: StepIssue[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) {
      const field = key ? `${list}.${index}.${key}` : `${list}.${index}`;
      issues.push({
        field,
        message: `repeats the ${what} "${value}"; each must be different`,
        severity: 'error',
        code: `steps.duplicate.${what.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase())}`,
        params: { value },
      });
    }
    seen.add(value);
  });
  return issues;
}
