import type { OverviewReport, ReportPeriod } from '../../shared/api/reports-api';
import { bucketOf } from './report-range';
import { firstResponse, firstResponseFromAssignment, present, previousContext, rangeSummary, resolution, type ReportContext } from './report-context';
import type { ConversationFact, CsatFact, MessageSum } from './report-source';
import { average, summarize } from './summarize';

/** The dashboard: every headline number of the range beside the previous period of the same length, and a chart over time. */
export async function overviewReport(context: ReportContext): Promise<OverviewReport> {
  const [current, previous] = await Promise.all([periodFacts(context), periodFacts(previousContext(context))]);
  return { ...period(context, current), range: rangeSummary(context), previous: period(previousContext(context), previous), series: series(context, current) };
}

interface PeriodFacts {
  opened: ConversationFact[];
  closed: ConversationFact[];
  stillOpen: number;
  messages: MessageSum[];
  newContacts: number;
  csat: CsatFact[];
}

async function periodFacts(context: ReportContext): Promise<PeriodFacts> {
  const source = context.store.reports;
  const { scope } = context.range;
  const [opened, closed, stillOpen, messages, contacts, csat] = await Promise.all([
    source.conversations(scope, 'opened'),
    source.conversations(scope, 'closed'),
    source.countStillOpen(scope),
    source.messages(scope),
    source.contacts(scope),
    source.csat(scope),
  ]);
  return { opened, closed, stillOpen, messages, newContacts: contacts.reduce((n, c) => n + c.created, 0), csat };
}

function period(context: ReportContext, facts: PeriodFacts): ReportPeriod {
  return {
    conversations: { opened: facts.opened.length, closed: facts.closed.length, open: facts.stillOpen },
    contacts: { new: facts.newContacts },
    messages: messageTotals(facts.messages),
    firstResponseSeconds: summarize(present(facts.opened.map((c) => firstResponse(context, c)))),
    firstResponseFromAssignmentSeconds: summarize(present(facts.opened.map((c) => firstResponseFromAssignment(context, c)))),
    resolutionSeconds: summarize(present(facts.closed.map((c) => resolution(context, c)))),
    csat: csatSummary(facts.csat, facts.opened),
  };
}

export function messageTotals(sums: MessageSum[]): Required<ReportPeriod['messages']> {
  const totals = { received: 0, sentByBot: 0, sentByAgents: 0, reply: 0, push: 0, failed: 0 };
  for (const s of sums) {
    totals.received += s.received;
    totals.sentByBot += s.sentBot;
    totals.sentByAgents += s.sentAgent;
    totals.reply += s.reply;
    totals.push += s.push;
    totals.failed += s.failed;
  }
  return totals;
}

/**
 * Responses, their average and distribution (on the scale most answers used), and the response
 * rate: of the conversations opened in the range that a rating step asked in, the share answered.
 */
export function csatSummary(csat: CsatFact[], opened: ConversationFact[] | null): ReportPeriod['csat'] {
  const scales = new Map<number, number>();
  for (const r of csat) scales.set(r.scale, (scales.get(r.scale) ?? 0) + 1);
  const scale = [...scales].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 5;
  const distribution: Record<string, number> = {};
  for (let score = 1; score <= scale; score++) distribution[String(score)] = 0;
  for (const r of csat) if (r.scale === scale) distribution[String(r.score)] = (distribution[String(r.score)] ?? 0) + 1;
  const asked = opened?.filter((c) => c.csatAskedAt !== null) ?? [];
  return {
    responses: csat.length,
    average: average(csat.map((r) => r.score)),
    distribution,
    responseRate: asked.length === 0 ? null : Math.round((asked.filter((c) => c.csatScore !== null).length / asked.length) * 1000) / 1000,
  };
}

function series(context: ReportContext, facts: PeriodFacts): OverviewReport['series'] {
  const { range } = context;
  const points = range.buckets.slice(0, -1).map((b) => ({ at: b.label, values: { opened: 0, closed: 0, received: 0, sent: 0 } }));
  const add = (at: number, field: 'opened' | 'closed' | 'received' | 'sent', by = 1) => {
    const i = bucketOf(range, at);
    if (i >= 0) (points[i] as { values: Record<string, number> }).values[field] += by;
  };
  for (const c of facts.opened) add(c.openedAt, 'opened');
  for (const c of facts.closed) add(c.closedAt as number, 'closed');
  for (const m of facts.messages) {
    const at = Date.parse(`${m.hour}:00:00Z`);
    add(at, 'received', m.received);
    add(at, 'sent', m.sentBot + m.sentAgent);
  }
  return { unit: range.unit, points };
}
