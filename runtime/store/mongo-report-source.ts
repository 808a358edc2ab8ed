import { defaultChannelId } from '../channels/contact-address';
import type { Connection } from 'mongoose';
import { isFiltered, type ConversationFact, type CsatFact, type MessageSum, type ReportScope, type ReportSource } from '../reports/report-source';
import { tallyCollectionName } from './mongo-tallies';

type Doc = Record<string, unknown>;

/**
 * Reports' reads for MongoDB: indexed finds on conversations, CSAT and history (ISO times compare
 * as strings), and aggregation over the tally collections. Written to the same contract as the
 * SQLite queries; its tests run where MONGODB_URI is set.
 */
export function mongoReportSource(connection: Connection): ReportSource {
  const raw = (model: string) => {
    const found = connection.models[model];
    if (!found) throw new Error(`The store has no "${model}" collection`);
    return found.collection;
  };
  const tallies = (kind: 'messages' | 'steps' | 'contacts') => connection.collection(tallyCollectionName(kind));

  /** Ids of the conversations that pass the filters, when a tally must be narrowed through them. */
  const conversationIds = async (scope: ReportScope): Promise<string[]> => {
    const docs = await raw('conversations')
      .find({ ...conversationFilter(scope), lastMessageAt: { $gte: scope.fromIso }, openedAt: { $lt: scope.toIso } }, { projection: { _id: 1 } })
      .toArray();
    return docs.map((d) => String(d._id));
  };

  return {
    async conversations(scope, by) {
      const field = by === 'opened' ? 'openedAt' : 'closedAt';
      const docs = await raw('conversations')
        .find({ ...conversationFilter(scope), [field]: { $gte: scope.fromIso, $lt: scope.toIso } })
        .toArray();
      return docs.map((d) => toConversationFact(d as Doc));
    },
    async countStillOpen(scope) {
      return raw('conversations').countDocuments({ ...conversationFilter(scope), status: 'open', openedAt: { $gte: scope.fromIso, $lt: scope.toIso } });
    },
    async assignments(scope) {
      const filter: Doc = { kind: 'assigned', at: { $gte: scope.fromIso, $lt: scope.toIso }, test: { $ne: true } };
      if (scope.team) filter.team = scope.team;
      if (scope.agent) filter.assignee = scope.agent;
      if (scope.category || scope.workflow || scope.tag)
        filter.conversationId = { $in: await conversationIds({ ...scope, team: undefined, agent: undefined }) };
      const docs = await raw('conversationEvents').find(filter).toArray();
      return docs.map((d) => ({
        conversationId: String(d.conversationId),
        assignee: (d.assignee as string | null) ?? null,
        team: (d.team as string | null) ?? null,
        at: Date.parse(String(d.at)),
      }));
    },
    async csat(scope) {
      const filter: Doc = { at: { $gte: scope.fromIso, $lt: scope.toIso }, test: { $ne: true } };
      if (scope.team) filter.team = scope.team;
      if (scope.agent) filter.assignee = scope.agent;
      const docs = await raw('csatResponses').find(filter).toArray();
      const conversationIdsWanted = [...new Set(docs.map((d) => d.conversationId).filter((id): id is string => typeof id === 'string'))];
      const conversations = new Map(
        (
          await raw('conversations')
            .find({ _id: { $in: conversationIdsWanted } } as Doc)
            .toArray()
        ).map((c) => [String(c._id), c as Doc]),
      );
      return docs
        .map((d): [CsatFact, Doc | undefined] => [
          toCsatFact(d as Doc, conversations.get(String(d.conversationId))),
          conversations.get(String(d.conversationId)),
        ])
        .filter(([, c]) => matchesThroughConversation(scope, c))
        .map(([fact]) => fact);
    },
    async messages(scope) {
      const match: Doc = { hour: { $gte: scope.fromHour, $lt: scope.toHour } };
      if (isFiltered(scope)) match.conversationId = { $in: await conversationIds(scope) };
      const rows = await tallies('messages')
        .aggregate([
          { $match: match },
          {
            $group: {
              _id: { hour: '$hour', agentId: '$agentId' },
              received: { $sum: '$received' },
              sentBot: { $sum: '$sentBot' },
              sentAgent: { $sum: '$sentAgent' },
              reply: { $sum: '$reply' },
              push: { $sum: '$push' },
              failed: { $sum: '$failed' },
            },
          },
        ])
        .toArray();
      return rows.map((r): MessageSum => {
        const id = r._id as { hour: string; agentId: string };
        return {
          hour: id.hour,
          agentId: id.agentId,
          ...(numbers(r, ['received', 'sentBot', 'sentAgent', 'reply', 'push', 'failed']) as Omit<MessageSum, 'hour' | 'agentId'>),
        };
      });
    },
    async agentMessagesByTeam(scope) {
      const conversations = await raw('conversations')
        .find(
          { ...conversationFilter(scope), team: scope.team ?? { $ne: null }, lastMessageAt: { $gte: scope.fromIso }, openedAt: { $lt: scope.toIso } },
          { projection: { team: 1 } },
        )
        .toArray();
      const teamOf = new Map(conversations.map((c) => [String(c._id), String(c.team)]));
      const rows = await tallies('messages')
        .aggregate([
          { $match: { hour: { $gte: scope.fromHour, $lt: scope.toHour }, agentId: { $ne: '' }, conversationId: { $in: [...teamOf.keys()] } } },
          { $group: { _id: '$conversationId', sent: { $sum: '$sentAgent' } } },
        ])
        .toArray();
      const byTeam = new Map<string, number>();
      for (const row of rows) {
        const team = teamOf.get(String(row._id)) as string;
        byTeam.set(team, (byTeam.get(team) ?? 0) + Number(row.sent));
      }
      return [...byTeam].map(([team, sent]) => ({ team, sent }));
    },
    async contacts(range) {
      const docs = await tallies('contacts')
        .find({ hour: { $gte: range.fromHour, $lt: range.toHour } })
        .toArray();
      return docs.map((d) => ({ hour: String(d.hour), source: String(d.source), created: Number(d.created ?? 0), unfollowed: Number(d.unfollowed ?? 0) }));
    },
    async runs(range, workflowId) {
      const match: Doc = { startedAt: { $gte: range.fromIso, $lt: range.toIso }, version: { $gte: 1 } };
      if (workflowId) match.workflowId = workflowId;
      const rows = await raw('runs')
        .aggregate([{ $match: match }, { $group: { _id: { workflowId: '$workflowId', version: '$version', status: '$status' }, count: { $sum: 1 } } }])
        .toArray();
      return rows.map((r) => ({ ...(r._id as { workflowId: string; version: number; status: string }), count: Number(r.count) }));
    },
    async contactNames(ids) {
      const docs = await raw('contacts')
        .find({ _id: { $in: ids } } as Doc, { projection: { displayName: 1 } })
        .toArray();
      return new Map(docs.map((d) => [String(d._id), typeof d.displayName === 'string' ? d.displayName : null]));
    },
    async summaries(ids) {
      const docs = await raw('conversations')
        .find({ _id: { $in: ids }, summary: { $type: 'string' } } as Doc, { projection: { summary: 1 } })
        .toArray();
      return new Map(docs.map((d) => [String(d._id), String(d.summary)]));
    },
    async steps(range, workflowId, version) {
      const rows = await tallies('steps')
        .aggregate([
          { $match: { workflowId, version, hour: { $gte: range.fromHour, $lt: range.toHour } } },
          {
            $group: {
              _id: '$stepId',
              reached: { $sum: '$reached' },
              answered: { $sum: '$answered' },
              invalid: { $sum: '$invalid' },
              timedOut: { $sum: '$timedOut' },
              dropped: { $sum: '$dropped' },
            },
          },
        ])
        .toArray();
      return rows.map((r) => ({
        stepId: String(r._id),
        ...(numbers(r, ['reached', 'answered', 'invalid', 'timedOut', 'dropped']) as {
          reached: number;
          answered: number;
          invalid: number;
          timedOut: number;
          dropped: number;
        }),
      }));
    },
  };
}

function conversationFilter(scope: ReportScope): Doc {
  const filter: Doc = { test: { $ne: true } };
  if (scope.team) filter.team = scope.team;
  if (scope.agent) filter.assignee = scope.agent;
  if (scope.category) filter.category = scope.category;
  if (scope.workflow) filter.servedBy = { $regex: `^${escapeRegex(scope.workflow)}@` };
  if (scope.tag) filter.tags = scope.tag;
  // Conversations from before several channels have no channelId: they are the default channel's.
  if (scope.channel) filter.channelId = scope.channel === defaultChannelId ? { $in: [null, defaultChannelId] } : scope.channel;
  return filter;
}

function matchesThroughConversation(scope: ReportScope, conversation: Doc | undefined): boolean {
  if (!scope.category && !scope.workflow && !scope.tag && !scope.channel) return true;
  if (!conversation) return false;
  if (scope.channel && ((conversation.channelId as string | undefined) ?? defaultChannelId) !== scope.channel) return false;
  if (scope.category && conversation.category !== scope.category) return false;
  if (scope.workflow && !((conversation.servedBy as string[] | undefined) ?? []).some((s) => s.startsWith(`${scope.workflow}@`))) return false;
  return !scope.tag || ((conversation.tags as string[] | undefined) ?? []).includes(scope.tag);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function numbers(row: Doc, fields: string[]): Record<string, number> {
  return Object.fromEntries(fields.map((f) => [f, Number(row[f] ?? 0)]));
}

const ms = (value: unknown): number | null => (typeof value === 'string' ? Date.parse(value) : null);

function toConversationFact(d: Doc): ConversationFact {
  const text = (field: string) => (typeof d[field] === 'string' ? d[field] : null);
  return {
    id: String(d._id),
    contactId: String(d.contactId),
    status: d.status as ConversationFact['status'],
    openedAt: ms(d.openedAt) as number,
    closedAt: ms(d.closedAt),
    openedBy: text('openedBy'),
    closedBy: text('closedBy'),
    category: text('category'),
    assignee: text('assignee'),
    team: text('team'),
    firstCustomerAt: ms(d.firstCustomerMessageAt),
    firstAssignedAt: ms(d.firstAssignedAt),
    firstAgentAt: ms(d.firstAgentMessageAt),
    csatAskedAt: ms(d.csatAskedAt),
    csatScore: typeof d.csatScore === 'number' ? d.csatScore : null,
  };
}

function toCsatFact(d: Doc, conversation: Doc | undefined): CsatFact {
  return {
    id: String(d._id),
    at: Date.parse(String(d.at)),
    score: Number(d.score),
    scale: Number(d.scale ?? 5),
    contactId: String(d.contactId),
    conversationId: typeof d.conversationId === 'string' ? d.conversationId : null,
    assignee: (d.assignee as string | null) ?? null,
    team: (d.team as string | null) ?? null,
    workflowId: String(d.workflowId),
    version: typeof d.version === 'number' ? d.version : null,
    servedBy: (conversation?.servedBy as string[] | undefined) ?? [],
  };
}
