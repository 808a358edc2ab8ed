import type { BusinessHours } from '../document/workflow-document';
import { clockMinutes, previousWeekday, zonedClock } from './zoned-clock';

/**
 * True when `moment` falls in the weekly schedule and is not a holiday, read on the business's
 * own clock. An interval whose end is before its start (22:00–02:00) runs past midnight.
 */
export function isWithinBusinessHours(hours: BusinessHours, moment: Date): boolean {
  const clock = zonedClock(moment, hours.timezone);
  if (hours.holidays?.includes(clock.date)) return false;
  const today = hours.weekly[clock.weekday] ?? [];
  if (today.some((interval) => isInInterval(clock.minutes, interval.from, interval.to, 'same-day'))) return true;
  const yesterday = hours.weekly[previousWeekday(clock.weekday)] ?? [];
  return yesterday.some((interval) => isInInterval(clock.minutes, interval.from, interval.to, 'next-day'));
}

/**
 * Whether a minute of the day is inside `from`–`to` (end excluded). `same-day` looks at the
 * interval's own day, `next-day` at the early hours an overnight interval spills into.
 */
export function isInInterval(minutes: number, from: string, to: string, day: 'same-day' | 'next-day'): boolean {
  const start = clockMinutes(from);
  const end = clockMinutes(to);
  if (start < end) return day === 'same-day' && minutes >= start && minutes < end;
  if (start === end) return false;
  return day === 'same-day' ? minutes >= start : minutes < end;
}
