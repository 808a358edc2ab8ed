import type { BusinessHours } from '../../shared/document/workflow-document';
import type { ReportFilters } from '../../shared/api/reports-api';
import { businessHoursSettingId } from '../engine/published-workflows';
import type { Store } from '../store/store';
import { businessClock } from './business-time';
import { previousRange, reportRange, ReportInputError, type ReportRange } from './report-range';
import type { ConversationFact } from './report-source';

/** What every report needs: the range in the company's zone, the filters, and how to measure time. */
export interface ReportContext {
  store: Store;
  filters: ReportFilters;
  range: ReportRange;
  /** Seconds between two instants, in calendar or business time as asked. */
  seconds: (start: number, end: number) => number;
}

/**
 * The company's zone is the one of its business hours (Settings); UTC until they are set. Business
 * time needs those hours: asking for it without them is the admin's mistake, said as such.
 */
export async function reportContext(store: Store, filters: ReportFilters): Promise<ReportContext> {
  const stored = await store.settings.get(businessHoursSettingId);
  const hours = stored?.value.hours ? (JSON.parse(stored.value.hours) as BusinessHours) : null;
  if (filters.hours === 'business' && !hours) throw new ReportInputError("hours=business needs the company's business hours: set them in Settings first");
  const range = reportRange(filters, hours?.timezone ?? 'UTC');
  const seconds = filters.hours === 'business' && hours ? businessClock(hours) : (start: number, end: number) => (end - start) / 1000;
  return { store, filters, range, seconds };
}

export function previousContext(context: ReportContext): ReportContext {
  return { ...context, range: previousRange(context.range, context.filters) };
}

export function rangeSummary(context: ReportContext) {
  const { range, filters } = context;
  return { from: range.from, to: range.to, timeZone: range.timeZone, hours: filters.hours ?? 'calendar' };
}

/** First customer message → first agent message; null when either is missing (bots do not count). */
export function firstResponse(context: ReportContext, c: ConversationFact): number | null {
  if (c.firstCustomerAt === null || c.firstAgentAt === null || c.firstAgentAt < c.firstCustomerAt) return null;
  return context.seconds(c.firstCustomerAt, c.firstAgentAt);
}

export function firstResponseFromAssignment(context: ReportContext, c: ConversationFact): number | null {
  if (c.firstAssignedAt === null || c.firstAgentAt === null || c.firstAgentAt < c.firstAssignedAt) return null;
  return context.seconds(c.firstAssignedAt, c.firstAgentAt);
}

/** Opened → closed. */
export function resolution(context: ReportContext, c: ConversationFact): number | null {
  return c.closedAt === null ? null : context.seconds(c.openedAt, c.closedAt);
}

export function present<T>(values: (T | null)[]): T[] {
  return values.filter((v): v is T => v !== null);
}
