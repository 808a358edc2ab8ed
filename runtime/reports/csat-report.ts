import type { CsatReport } from '../../shared/api/reports-api';
import { csatSummary } from './overview-report';
import { bucketOf } from './report-range';
import { rangeSummary, type ReportContext } from './report-context';
import { average } from './summarize';

const listed = 500;

/** What customers think: the distribution, the average over time, and the answers themselves. */
export async function csatReport(context: ReportContext, score?: number): Promise<CsatReport> {
  const { range, store } = context;
  const [all, opened] = await Promise.all([store.reports.csat(range.scope), store.reports.conversations(range.scope, 'opened')]);
  const points = range.buckets.slice(0, -1).map((b) => ({ at: b.label, scores: [] as number[] }));
  for (const r of all) {
    const i = bucketOf(range, r.at);
    if (i >= 0) points[i]?.scores.push(r.score);
  }
  const chosen = (score === undefined ? all : all.filter((r) => r.score === score)).sort((a, b) => b.at - a.at).slice(0, listed);
  const contactIds = [...new Set(chosen.map((r) => r.contactId))];
  const contacts = contactIds.length ? await store.contacts.find({ id: { $in: contactIds } }) : [];
  const contactNames = new Map(contacts.map((c) => [c.id, c.displayName ?? null]));
  const agentNames = new Map((await store.users.find({})).map((u) => [u.id, u.name]));
  return {
    range: rangeSummary(context),
    csat: csatSummary(all, opened),
    series: {
      unit: range.unit,
      points: points.map((p) => ({ at: p.at, values: { responses: p.scores.length, ...(p.scores.length ? { average: average(p.scores) as number } : {}) } })),
    },
    items: chosen.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      score: r.score,
      scale: r.scale,
      contactId: r.contactId,
      contactName: contactNames.get(r.contactId) ?? null,
      conversationId: r.conversationId,
      agent: r.assignee,
      agentName: r.assignee ? (agentNames.get(r.assignee) ?? null) : null,
      team: r.team,
      workflowId: r.workflowId,
      version: r.version,
    })),
  };
}
