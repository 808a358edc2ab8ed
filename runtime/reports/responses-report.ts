import type { ResponsesReport } from '../../shared/api/reports-api';
import { bucketOf } from './report-range';
import { firstResponse, present, rangeSummary, type ReportContext } from './report-context';
import { summarize } from './summarize';

/** respond.io's first-response buckets. */
const bucketEdges: [string, number, number | null][] = [
  ['< 30 s', 0, 30],
  ['30 s – 2 m', 30, 120],
  ['2 – 5 m', 120, 300],
  ['5 – 10 m', 300, 600],
  ['10 – 30 m', 600, 1800],
  ['30 m – 1 h', 1800, 3600],
  ['> 1 h', 3600, null],
];

/** How fast conversations opened in the range got their first agent answer, and when they come in. */
export async function responsesReport(context: ReportContext): Promise<ResponsesReport> {
  const opened = await context.store.reports.conversations(context.range.scope, 'opened');
  const times = present(opened.map((c) => firstResponse(context, c)));
  const buckets = bucketEdges.map(([label, fromSeconds, toSeconds]) => ({
    label,
    fromSeconds,
    toSeconds,
    count: times.filter((t) => t >= fromSeconds && (toSeconds === null || t < toSeconds)).length,
  }));
  // Weekday (Monday first) × hour on the company's clock.
  const heatmap = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  const { dayStarts } = context.range;
  for (const c of opened) {
    const i = bucketOf(context.range, c.openedAt, dayStarts);
    if (i < 0) continue;
    const day = dayStarts[i];
    const weekday = (new Date(`${day.label}T00:00:00Z`).getUTCDay() + 6) % 7;
    const hour = Math.min(23, Math.floor((c.openedAt - day.start) / 3_600_000));
    heatmap[weekday][hour] = heatmap[weekday][hour] + 1;
  }
  return { range: rangeSummary(context), firstResponseSeconds: summarize(times), buckets, heatmap };
}
