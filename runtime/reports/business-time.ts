import type { BusinessHours } from '../../shared/document/workflow-document';
import { clockMinutes, type Weekday } from '../../shared/conditions/zoned-clock';
import { addDays, localMidnight } from './report-range';

const weekdays: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** A conversation open longer than this counts only its first days' business time (bounds the work). */
const maxDays = 800;

/**
 * Seconds of business time between two instants: the same schedule isWithinBusinessHours reads
 * (weekly intervals in the company's zone, overnight ones spilling into the next morning, holidays
 * closed all day). Days are cached, so a report over 100,000 conversations computes each day once.
 */
export function businessClock(hours: BusinessHours): (start: number, end: number) => number {
  const days = new Map<string, [number, number][]>();
  const openIntervals = (day: string): [number, number][] => {
    let intervals = days.get(day);
    if (intervals) return intervals;
    intervals = [];
    if (!hours.holidays?.includes(day)) {
      const start = localMidnight(day, hours.timezone);
      const next = localMidnight(addDays(day, 1), hours.timezone);
      const weekday = weekdays[new Date(`${day}T00:00:00Z`).getUTCDay()];
      const yesterday = weekdays[new Date(`${addDays(day, -1)}T00:00:00Z`).getUTCDay()];
      for (const { from, to } of hours.weekly[weekday] ?? []) {
        const a = clockMinutes(from);
        const b = clockMinutes(to);
        if (a < b) intervals.push([start + a * 60_000, start + b * 60_000]);
        else if (a > b) intervals.push([start + a * 60_000, next]);
      }
      for (const { from, to } of hours.weekly[yesterday] ?? []) {
        const a = clockMinutes(from);
        const b = clockMinutes(to);
        if (a > b && b > 0) intervals.push([start, start + b * 60_000]);
      }
    }
    days.set(day, intervals);
    return intervals;
  };
  const dayOf = (at: number): string => {
    // The local date: start from the UTC date and step to the day whose midnight precedes `at`.
    let day = new Date(at).toISOString().slice(0, 10);
    while (localMidnight(day, hours.timezone) > at) day = addDays(day, -1);
    while (localMidnight(addDays(day, 1), hours.timezone) <= at) day = addDays(day, 1);
    return day;
  };
  return (start, end) => {
    if (end <= start) return 0;
    let total = 0;
    let day = dayOf(start);
    for (let i = 0; i < maxDays; i++) {
      const dayStart = localMidnight(day, hours.timezone);
      if (dayStart >= end) break;
      for (const [a, b] of openIntervals(day)) total += Math.max(0, Math.min(b, end) - Math.max(a, start));
      day = addDays(day, 1);
    }
    return total / 1000;
  };
}
