import type { ContactsReport, MessagesReport } from '../../shared/api/reports-api';
import { messageTotals } from './overview-report';
import { bucketOf } from './report-range';
import { rangeSummary, type ReportContext } from './report-context';

/** New contacts by how they came (follow, first message) and unfollows (LINE's blocks), over time. */
export async function contactsReport(context: ReportContext): Promise<ContactsReport> {
  const { range } = context;
  const sums = await context.store.reports.contacts(range.scope);
  const points = range.buckets.slice(0, -1).map((b) => {
    const values: Record<string, number> = { follow: 0, message: 0, other: 0, unfollowed: 0 };
    return { at: b.label, values };
  });
  const bySource: Record<string, number> = { follow: 0, message: 0 };
  let unfollowed = 0;
  for (const s of sums) {
    bySource[s.source] = (bySource[s.source] ?? 0) + s.created;
    unfollowed += s.unfollowed;
    const values = points[bucketOf(range, Date.parse(`${s.hour}:00:00Z`))]?.values;
    if (!values) continue;
    values[s.source] = (values[s.source] ?? 0) + s.created;
    values.unfollowed = (values.unfollowed ?? 0) + s.unfollowed;
  }
  return {
    range: rangeSummary(context),
    new: Object.values(bySource).reduce((a, b) => a + b, 0),
    bySource,
    unfollowed,
    series: { unit: range.unit, points },
  };
}

/** Messages received and sent over time, by author (bot, agents) and method (reply, push), and failed deliveries. */
export async function messagesReport(context: ReportContext): Promise<MessagesReport> {
  const { range } = context;
  const sums = await context.store.reports.messages(range.scope);
  const points = range.buckets.slice(0, -1).map((b) => ({ at: b.label, values: { received: 0, sentByBot: 0, sentByAgents: 0, reply: 0, push: 0, failed: 0 } }));
  for (const s of sums) {
    const values = points[bucketOf(range, Date.parse(`${s.hour}:00:00Z`))]?.values;
    if (!values) continue;
    values.received += s.received;
    values.sentByBot += s.sentBot;
    values.sentByAgents += s.sentAgent;
    values.reply += s.reply;
    values.push += s.push;
    values.failed += s.failed;
  }
  return { range: rangeSummary(context), ...messageTotals(sums), series: { unit: range.unit, points } };
}
