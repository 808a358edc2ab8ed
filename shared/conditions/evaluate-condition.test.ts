import { describe, expect, it } from 'vitest';
import type { BusinessHours, WorkflowSettings } from '../document/workflow-document';
import type { Condition } from '../steps/branch';
import { chooseBranch, evaluateCondition, type ConditionContext } from './evaluate-condition';
import { isWithinBusinessHours } from './is-within-business-hours';
import { zonedClock } from './zoned-clock';

const weekdays9to18: BusinessHours = {
  timezone: 'Asia/Tokyo',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ from: '09:00', to: '18:00' }]])),
  holidays: ['2026-12-31'],
};

// 2026-11-24 is a Tuesday; Tokyo is UTC+9 all year.
const tuesday0930Tokyo = new Date('2026-11-24T00:30:00Z');
const tuesday1800Tokyo = new Date('2026-11-24T09:00:00Z');
const tuesday0859Tokyo = new Date('2026-11-23T23:59:00Z');
const saturdayNoonTokyo = new Date('2026-11-28T03:00:00Z');

describe('zonedClock', () => {
  it('reads the wall clock of the zone, not of the machine', () => {
    expect(zonedClock(tuesday0930Tokyo, 'Asia/Tokyo')).toEqual({ date: '2026-11-24', weekday: 'tue', minutes: 570 });
    expect(zonedClock(tuesday0930Tokyo, 'Asia/Bangkok')).toEqual({ date: '2026-11-24', weekday: 'tue', minutes: 450 });
    expect(zonedClock(tuesday0859Tokyo, 'UTC')).toEqual({ date: '2026-11-23', weekday: 'mon', minutes: 1439 });
  });
});

describe('isWithinBusinessHours', () => {
  it('is open on a weekday inside the hours', () => {
    expect(isWithinBusinessHours(weekdays9to18, tuesday0930Tokyo)).toBe(true);
  });
  it('is closed at the closing minute and before opening', () => {
    expect(isWithinBusinessHours(weekdays9to18, tuesday1800Tokyo)).toBe(false);
    expect(isWithinBusinessHours(weekdays9to18, tuesday0859Tokyo)).toBe(false);
  });
  it('is closed at the weekend', () => {
    expect(isWithinBusinessHours(weekdays9to18, saturdayNoonTokyo)).toBe(false);
  });
  it('is closed on a holiday that falls on a weekday', () => {
    expect(isWithinBusinessHours(weekdays9to18, new Date('2026-12-31T03:00:00Z'))).toBe(false);
  });
  it('follows an overnight interval into the next day', () => {
    const bar: BusinessHours = { timezone: 'Asia/Tokyo', weekly: { fri: [{ from: '22:00', to: '02:00' }] } };
    expect(isWithinBusinessHours(bar, new Date('2026-11-27T13:30:00Z'))).toBe(true); // Fri 22:30
    expect(isWithinBusinessHours(bar, new Date('2026-11-27T16:00:00Z'))).toBe(true); // Sat 01:00
    expect(isWithinBusinessHours(bar, new Date('2026-11-27T17:00:00Z'))).toBe(false); // Sat 02:00
    expect(isWithinBusinessHours(bar, new Date('2026-11-26T16:00:00Z'))).toBe(false); // Fri 01:00
  });
  it('treats 24:00 as the end of the day', () => {
    const late: BusinessHours = { timezone: 'Asia/Tokyo', weekly: { tue: [{ from: '20:00', to: '24:00' }] } };
    expect(isWithinBusinessHours(late, new Date('2026-11-24T14:59:00Z'))).toBe(true); // Tue 23:59
  });
});

const settings: WorkflowSettings = { timezone: 'Asia/Tokyo', businessHours: weekdays9to18 };
function context(overrides: Partial<ConditionContext> = {}): ConditionContext {
  return {
    vars: { total: '1500', plan: 'Pro', empty: '' },
    contact: { language: 'ja-JP', displayName: 'Ｔａｒｏ' },
    tags: ['VIP', 'escalated'],
    now: tuesday0930Tokyo,
    settings,
    ...overrides,
  };
}

describe('evaluateCondition', () => {
  const cases: Array<[string, Condition, boolean]> = [
    ['equals ignores case', { subject: 'variable', field: 'plan', operator: 'equals', value: 'pro' }, true],
    ['equals compares numbers as numbers', { subject: 'variable', field: 'total', operator: 'equals', value: 1500.0 }, true],
    ['not-equals', { subject: 'variable', field: 'plan', operator: 'not-equals', value: 'Free' }, true],
    ['contains ignores full width', { subject: 'contact', field: 'displayName', operator: 'contains', value: 'taro' }, true],
    ['not-contains', { subject: 'contact', field: 'displayName', operator: 'not-contains', value: 'jiro' }, true],
    ['starts-with on language', { subject: 'contact', field: 'language', operator: 'starts-with', value: 'ja' }, true],
    ['starts-with fails for another language', { subject: 'contact', field: 'language', operator: 'starts-with', value: 'th' }, false],
    ['matches-regex', { subject: 'contact', field: 'language', operator: 'matches-regex', value: '^ja(-|$)' }, true],
    ['greater-than', { subject: 'variable', field: 'total', operator: 'greater-than', value: 1000 }, true],
    ['less-than', { subject: 'variable', field: 'total', operator: 'less-than', value: 1000 }, false],
    ['greater-than with a word is false', { subject: 'variable', field: 'plan', operator: 'greater-than', value: 1 }, false],
    ['is-set', { subject: 'contact', field: 'language', operator: 'is-set' }, true],
    ['is-set is false for an empty value', { subject: 'variable', field: 'empty', operator: 'is-set' }, false],
    ['is-not-set for a missing field', { subject: 'variable', field: 'nothing', operator: 'is-not-set' }, true],
    ['is-one-of', { subject: 'variable', field: 'plan', operator: 'is-one-of', value: ['basic', 'pro'] }, true],
    ['equals on a missing field is false', { subject: 'variable', field: 'nothing', operator: 'equals', value: 'x' }, false],
    ['not-equals on a missing field is true', { subject: 'variable', field: 'nothing', operator: 'not-equals', value: 'x' }, true],
    ['tag has, ignoring case', { subject: 'tag', operator: 'has', value: 'vip' }, true],
    ['tag has-not', { subject: 'tag', operator: 'has-not', value: 'blocked' }, true],
    ['business hours open', { subject: 'business-hours', operator: 'is-open' }, true],
    ['business hours closed', { subject: 'business-hours', operator: 'is-closed' }, false],
    ['time between', { subject: 'time', operator: 'between', from: '09:00', to: '12:00' }, true],
    ['time not-between', { subject: 'time', operator: 'not-between', from: '09:00', to: '12:00' }, false],
    ['time between overnight', { subject: 'time', operator: 'between', from: '22:00', to: '10:00' }, true],
    ['weekday is-one-of', { subject: 'weekday', operator: 'is-one-of', value: ['tue', 'wed'] }, true],
    ['weekday is-none-of', { subject: 'weekday', operator: 'is-none-of', value: ['tue'] }, false],
  ];
  it.each(cases)('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, context())).toBe(expected);
  });

  it('uses the business hours at the moment given', () => {
    const closed: Condition = { subject: 'business-hours', operator: 'is-closed' };
    expect(evaluateCondition(closed, context({ now: saturdayNoonTokyo }))).toBe(true);
  });
});

describe('chooseBranch', () => {
  const branches = [
    {
      id: 'both',
      match: 'all' as const,
      conditions: [
        { subject: 'tag', operator: 'has', value: 'vip' },
        { subject: 'variable', field: 'plan', operator: 'equals', value: 'free' },
      ] as Condition[],
    },
    {
      id: 'either',
      match: 'any' as const,
      conditions: [
        { subject: 'tag', operator: 'has', value: 'nobody' },
        { subject: 'contact', field: 'language', operator: 'starts-with', value: 'ja' },
      ] as Condition[],
    },
  ];
  it('takes the first branch whose conditions hold, AND and OR', () => {
    expect(chooseBranch(branches, context())).toBe('either');
    expect(chooseBranch(branches, context({ vars: { plan: 'Free' } }))).toBe('both');
  });
  it('falls back to else', () => {
    expect(chooseBranch(branches, context({ contact: {}, tags: [] }))).toBe('else');
  });
});
