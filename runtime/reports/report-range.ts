import { zonedClock } from '../../shared/conditions/zoned-clock';
import type { ReportFilters } from '../../shared/api/reports-api';
import { tallyHour } from '../store/tallies';
import type { ReportScope } from './report-source';

const dayMs = 86_400_000;
const hourMs = 3_600_000;
/** The longest range a report covers: two years and a day, so "last year" vs the one before fits. */
const maxDays = 732;

export class ReportInputError extends Error {}

/** A report's days in the company's zone, as UTC instants, with the buckets its series use. */
export interface ReportRange {
  from: string;
  to: string;
  timeZone: string;
  scope: ReportScope;
  /** Bucket starts (UTC ms) and labels: by hour for ranges of up to two days, else by day; last entry is the end. */
  buckets: { start: number; label: string }[];
  unit: 'hour' | 'day';
  days: number;
  /** Local day starts (UTC ms) with their dates; the last entry is the end of the range. */
  dayStarts: { start: number; label: string }[];
}

/** Reads from/to (YYYY-MM-DD, inclusive, company time) and the filters into a range. */
export function reportRange(filters: ReportFilters, timeZone: string): ReportRange {
  const from = checkedDay(filters.from, 'from');
  const to = checkedDay(filters.to, 'to');
  if (to < from) throw new ReportInputError(`to (${to}) is before from (${from})`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs) + 1;
  if (days > maxDays) throw new ReportInputError(`The range is ${days} days; at most ${maxDays}`);
  return rangeOf(from, days, filters, timeZone);
}

/** The period of the same length just before. */
export function previousRange(range: ReportRange, filters: ReportFilters): ReportRange {
  return rangeOf(addDays(range.from, -range.days), range.days, filters, range.timeZone);
}

function rangeOf(from: string, days: number, filters: ReportFilters, timeZone: string): ReportRange {
  const starts: { start: number; label: string }[] = [];
  for (let i = 0; i <= days; i++) {
    const day = addDays(from, i);
    starts.push({ start: localMidnight(day, timeZone), label: day });
  }
  const unit = days <= 2 ? 'hour' : 'day';
  const buckets = unit === 'day' ? starts : hourBuckets(starts, timeZone);
  const fromMs = starts[0]?.start;
  const toMs = starts[days]?.start;
  const scope: ReportScope = {
    fromIso: new Date(fromMs).toISOString(),
    toIso: new Date(toMs).toISOString(),
    fromHour: tallyHour(new Date(fromMs)),
    toHour: tallyHour(new Date(toMs)),
    ...(filters.team ? { team: filters.team } : {}),
    ...(filters.agent ? { agent: filters.agent } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.workflow ? { workflow: filters.workflow } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
  };
  return { from, to: addDays(from, days - 1), timeZone, scope, buckets, unit, days, dayStarts: starts };
}

function hourBuckets(days: { start: number; label: string }[], timeZone: string): { start: number; label: string }[] {
  const hours: { start: number; label: string }[] = [];
  for (let i = 0; i < days.length - 1; i++) {
    const { start, label } = days[i];
    const end = (days[i + 1] as { start: number }).start;
    for (let t = start; t < end; t += hourMs)
      hours.push({ start: t, label: `${label}T${String(Math.floor(zonedClock(new Date(t), timeZone).minutes / 60)).padStart(2, '0')}:00` });
  }
  hours.push(days[days.length - 1]);
  return hours;
}

/** The index of the bucket holding `at`, or -1 outside the range. */
export function bucketOf(range: ReportRange, at: number, buckets: { start: number }[] = range.buckets): number {
  if (at < (buckets[0]?.start ?? 0) || at >= (buckets[buckets.length - 1]?.start ?? 0)) return -1;
  let lo = 0;
  let hi = buckets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (buckets[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const midnights = new Map<string, number>();

/** The UTC instant at which `day` begins on the company's clock (remembered: reports ask for the same days often). */
export function localMidnight(day: string, timeZone: string): number {
  const key = `${timeZone}|${day}`;
  const known = midnights.get(key);
  if (known !== undefined) return known;
  const wall = Date.parse(`${day}T00:00:00Z`);
  let guess = wall - offsetMs(wall, timeZone);
  // Once more where the offset at the guess differs (a change of summer time that day).
  guess = wall - offsetMs(guess, timeZone);
  if (midnights.size > 20_000) midnights.clear();
  midnights.set(key, guess);
  return guess;
}

function offsetMs(at: number, timeZone: string): number {
  const clock = zonedClock(new Date(at), timeZone);
  const wall = Date.parse(`${clock.date}T00:00:00Z`) + clock.minutes * 60_000;
  return wall - Math.floor(at / 60_000) * 60_000;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
}

function checkedDay(value: string, field: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  )
    throw new ReportInputError(`${field} must be a date like 2026-11-26 (got "${value}")`);
  return value;
}
