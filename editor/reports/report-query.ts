import type { ReportFilters } from '../../shared/api/reports-api';

export const presets = {
  today: 'Today',
  yesterday: 'Yesterday',
  'last-7-days': 'Last 7 days',
  'last-30-days': 'Last 30 days',
  'this-month': 'This month',
  custom: 'Custom',
} as const;
export type Preset = keyof typeof presets;

/** What the filter bar chose; kept in the hash's query, so a reload or a shared link shows the same report. */
export interface ReportQuery {
  preset: Preset;
  /** Only with the custom preset: inclusive days, YYYY-MM-DD. */
  from?: string;
  to?: string;
  team?: string;
  agent?: string;
  category?: string;
  workflow?: string;
  tag?: string;
  channel?: string;
  hours: 'calendar' | 'business';
  /** Tabs' own choices: the CSAT score shown, the workflow and version whose funnel is open. */
  score?: string;
  funnel?: string;
  version?: string;
}

const optional = ['from', 'to', 'team', 'agent', 'category', 'workflow', 'tag', 'channel', 'score', 'funnel', 'version'] as const;
const day = /^\d{4}-\d{2}-\d{2}$/;

export function parseReportQuery(search: string): ReportQuery {
  const params = new URLSearchParams(search);
  const preset = params.get('preset');
  const query: ReportQuery = {
    preset: preset && preset in presets ? (preset as Preset) : 'last-7-days',
    hours: params.get('hours') === 'business' ? 'business' : 'calendar',
  };
  for (const key of optional) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  if (query.preset === 'custom' && !(query.from && day.test(query.from) && query.to && day.test(query.to))) query.preset = 'last-7-days';
  if (query.preset !== 'custom') {
    delete query.from;
    delete query.to;
  }
  return query;
}

export function formatReportQuery(query: ReportQuery): string {
  const params = new URLSearchParams({ preset: query.preset });
  if (query.hours === 'business') params.set('hours', 'business');
  for (const key of optional) {
    const value = query[key];
    if (value && (query.preset === 'custom' || (key !== 'from' && key !== 'to'))) params.set(key, value);
  }
  return params.toString();
}

/** Today's date (YYYY-MM-DD) in a time zone; the company's, so "today" means the same day as the server's reports. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The inclusive days a preset covers, counted back from today. */
export function presetRange(query: ReportQuery, today: string): { from: string; to: string } {
  switch (query.preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case 'last-7-days':
      return { from: addDays(today, -6), to: today };
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
    case 'this-month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'custom':
      return { from: query.from ?? today, to: query.to ?? today };
  }
}

/** What every report endpoint takes: only the filters (the API refuses unknown fields). */
export function reportFilters(query: ReportQuery, today: string): ReportFilters {
  const filters: ReportFilters = { ...presetRange(query, today) };
  for (const key of ['team', 'agent', 'category', 'workflow', 'tag', 'channel'] as const) {
    if (query[key]) filters[key] = query[key];
  }
  if (query.hours === 'business') filters.hours = 'business';
  return filters;
}
