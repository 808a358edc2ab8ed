import { keywordPatternIssue } from '../keywords/keyword-pattern';
import { matchKeyword } from '../keywords/match-keyword';
import { defineStep, nextPort, type StepIssue } from './define-step';

export const triggerKeyword = defineStep({
  type: 'trigger-keyword',
  label: 'Keyword',
  description: 'Starts when a message matches a keyword. Like LINE auto-response, case and full-width/half-width forms are ignored.',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['keywords', 'match'],
    properties: {
      keywords: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 300 } },
      match: { enum: ['exact', 'contains', 'starts-with', 'regex'] },
      /** When true, the keyword also ends a run that waits for an answer (a global "menu"). */
      interruptsWaitingRun: { type: 'boolean' },
    },
  },
  defaults: { keywords: ['menu'], match: 'exact', interruptsWaitingRun: false },
  ports: () => nextPort,
  // Highest on a customer message: the customer asked for this by name (a postback's data counts too,
  // for rich-menu buttons that send data instead of text).
  trigger: {
    on: 'customer-message',
    priority: 30,
    interruptsWaitingRun: (data) => data.interruptsWaitingRun === true,
    matches: (data, input) => {
      const said = input.text ?? input.postbackData;
      return said !== undefined && matchKeyword(said, data.keywords, data.match);
    },
  },
  check: (data) => {
    const issues: StepIssue[] = [];
    data.keywords.forEach((keyword, index) => {
      if (keyword.trim() === '') issues.push({ field: `keywords.${index}`, message: 'is blank', severity: 'error', code: 'trigger-keyword.blank' });
      if (data.match !== 'regex') return;
      const problem = keywordPatternIssue(keyword);
      if (problem) issues.push({ field: `keywords.${index}`, ...problem, severity: 'error' });
    });
    return issues;
  },
});
