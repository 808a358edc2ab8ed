import type { WorkflowSettings } from '../document/workflow-document';
import { matchesKeywordPattern } from '../keywords/keyword-pattern';
import { normalizeForMatch } from '../keywords/match-keyword';
import { valueAsText } from '../template/value-as-text';
import type { Condition } from '../steps/branch';
import { isInInterval, isWithinBusinessHours } from './is-within-business-hours';
import { zonedClock } from './zoned-clock';

/** What a branch condition can look at. */
export interface ConditionContext {
  vars: Record<string, unknown>;
  contact: Record<string, unknown>;
  tags: readonly string[];
  now: Date;
  settings: WorkflowSettings;
}

/** Whether one condition holds. Text comparisons ignore case and full-width/half-width forms. */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  switch (condition.subject) {
    case 'variable':
      return compareValue(context.vars[condition.field], condition.operator, condition.value);
    case 'contact':
      return compareValue(context.contact[condition.field], condition.operator, condition.value);
    case 'tag': {
      const wanted = normalizeForMatch(condition.value);
      const has = context.tags.some((tag) => normalizeForMatch(tag) === wanted);
      return condition.operator === 'has' ? has : !has;
    }
    case 'business-hours': {
      const hours = context.settings.businessHours;
      const open = hours ? isWithinBusinessHours(hours, context.now) : false;
      return condition.operator === 'is-open' ? open : !open;
    }
    case 'time': {
      const { minutes } = zonedClock(context.now, context.settings.timezone);
      const inside = isInInterval(minutes, condition.from, condition.to, 'same-day') || isInInterval(minutes, condition.from, condition.to, 'next-day');
      return condition.operator === 'between' ? inside : !inside;
    }
    case 'weekday': {
      const { weekday } = zonedClock(context.now, context.settings.timezone);
      const listed = (condition.value as string[]).includes(weekday);
      return condition.operator === 'is-one-of' ? listed : !listed;
    }
  }
}

/** The id of the first branch whose conditions hold, or `else`. */
export function chooseBranch(branches: readonly { id: string; match: 'all' | 'any'; conditions: Condition[] }[], context: ConditionContext): string {
  for (const branch of branches) {
    const holds = (condition: Condition) => evaluateCondition(condition, context);
    if (branch.match === 'all' ? branch.conditions.every(holds) : branch.conditions.some(holds)) return branch.id;
  }
  return 'else';
}

type Compared = string | number | string[] | undefined;

function compareValue(actual: unknown, operator: string, expected: Compared): boolean {
  const present = actual !== undefined && actual !== null && actual !== '';
  if (operator === 'is-set') return present;
  if (operator === 'is-not-set') return !present;
  if (!present || expected === undefined) return operator === 'not-equals' || operator === 'not-contains';
  const text = normalizeForMatch(valueAsText(actual));
  if (operator === 'is-one-of') return (Array.isArray(expected) ? expected : [String(expected)]).some((e) => normalizeForMatch(e) === text);
  const wanted = normalizeForMatch(String(expected));
  switch (operator) {
    case 'equals':
      return bothNumbers(text, wanted) ? Number(text) === Number(wanted) : text === wanted;
    case 'not-equals':
      return bothNumbers(text, wanted) ? Number(text) !== Number(wanted) : text !== wanted;
    case 'contains':
      return text.includes(wanted);
    case 'not-contains':
      return !text.includes(wanted);
    case 'starts-with':
      return text.startsWith(wanted);
    case 'matches-regex':
      return matchesKeywordPattern(valueAsText(actual), String(expected));
    case 'greater-than':
      return bothNumbers(text, wanted) && Number(text) > Number(wanted);
    case 'less-than':
      return bothNumbers(text, wanted) && Number(text) < Number(wanted);
    default:
      return false;
  }
}

function bothNumbers(a: string, b: string): boolean {
  return a.trim() !== '' && b.trim() !== '' && Number.isFinite(Number(a)) && Number.isFinite(Number(b));
}
