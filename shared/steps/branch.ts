import { keywordPatternIssue } from '../keywords/keyword-pattern';
import { defineStep, type StepIssue } from './define-step';
import { duplicateIssues } from './duplicate-issues';
import { reservedPortIssues } from './reserved-port-issues';
import { conditionSchema, shortIdSchema, valueOperatorsWithoutValue } from './schema-parts';
import type { SchemaType } from './schema-type';

export type Condition = SchemaType<typeof conditionSchema>;

export const branch = defineStep({
  type: 'branch',
  label: 'Branch',
  description: 'Takes the first branch whose conditions hold (variables, contact fields, tags, time, business hours), else `else`.',
  kind: 'action',
  category: 'logic',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['branches'],
    properties: {
      branches: {
        type: 'array',
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'match', 'conditions'],
          properties: {
            id: shortIdSchema,
            label: { type: 'string', maxLength: 40 },
            /** `all`: every condition holds (AND); `any`: at least one does (OR). */
            match: { enum: ['all', 'any'] },
            conditions: { type: 'array', minItems: 1, maxItems: 20, items: conditionSchema },
          },
        },
      },
    },
  },
  defaults: {
    branches: [{ id: 'b1', label: 'Japanese', match: 'all', conditions: [{ subject: 'contact', field: 'language', operator: 'starts-with', value: 'ja' }] }],
  },
  ports: (data) => [...data.branches.map((b) => ({ id: b.id, label: b.label ?? b.id })), { id: 'else', label: 'Else' }],
  check: (data) => {
    const issues: StepIssue[] = [
      ...duplicateIssues(
        data.branches.map((b) => b.id),
        'branches',
        'id',
        'branch id',
      ),
      ...reservedPortIssues(
        data.branches.map((b) => b.id),
        'branches',
        ['else'],
      ),
    ];
    data.branches.forEach((b, i) =>
      b.conditions.forEach((condition, j) => {
        const problem = conditionProblem(condition);
        if (problem) issues.push({ ...problem, field: `branches.${i}.conditions.${j}.${problem.field}`, severity: 'error' });
      }),
    );
    return issues;
  },
  needsSettings: (data) => (data.branches.some((b) => b.conditions.some((c) => c.subject === 'business-hours')) ? ['businessHours'] : []),
});

function conditionProblem(condition: Condition): Omit<StepIssue, 'severity'> | null {
  if (condition.subject === 'time') {
    return condition.from === condition.to ? { field: 'to', message: 'must differ from `from`; the interval is empty', code: 'branch.emptyInterval' } : null;
  }
  if (condition.subject !== 'variable' && condition.subject !== 'contact') return null;
  const { operator, value } = condition;
  if (valueOperatorsWithoutValue.includes(operator)) return null;
  if (value === undefined) return { field: 'value', message: `is required for "${operator}"`, code: 'branch.valueRequired', params: { operator } };
  if (operator === 'is-one-of') {
    return Array.isArray(value) && value.length > 0 ? null : { field: 'value', message: 'must be a list of values for "is-one-of"', code: 'branch.valueList' };
  }
  if (Array.isArray(value))
    return { field: 'value', message: `must be a single value for "${operator}", not a list`, code: 'branch.singleValue', params: { operator } };
  if ((operator === 'greater-than' || operator === 'less-than') && !Number.isFinite(Number(value))) {
    return { field: 'value', message: `must be a number for "${operator}"`, code: 'branch.valueNumber', params: { operator } };
  }
  if (operator === 'matches-regex') {
    const problem = keywordPatternIssue(String(value));
    if (problem) return { field: 'value', ...problem };
  }
  return null;
}
