import type { Database, Statement } from 'better-sqlite3';
import {
  isFiltered,
  type AssignmentFact,
  type ConversationFact,
  type CsatFact,
  type MessageSum,
  type ReportScope,
  type ReportSource,
} from '../../reports/report-source';

type Params = Record<string, string | number>;

/** Reports' reads as SQL over the indexed columns and tally tables (see migrations 3). */
export function sqliteReportSource(db: Database): ReportSource {
  const statements = new Map<string, Statement>();
  const all = <T>(sql: string, params: Params, raw = false): T[] => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size > 300) statements.clear();
      statements.set(sql, statement);
    }
    return (raw ? statement.raw(true).all(params) : statement.raw(false).all(params)) as T[];
  };

  return {
    async conversations(scope, by) {
      const params = rangeParams(scope);
      const column = by === 'opened' ? 'c.opened_at' : 'c.closed_at';
      const sql = `SELECT c.id, c.contact_id, c.status, c.opened_at, c.closed_at, c.opened_by, c.closed_by, c.category, c.assignee, c.team,
        c.first_customer_at, c.first_assigned_at, c.first_agent_at, c.csat_asked_at, c.csat_score
        FROM conversations c WHERE ${column} >= @fromIso AND ${column} < @toIso AND ${conversationFilters(scope, params, 'c').join(' AND ')}`;
      return all<unknown[]>(sql, params, true).map(toConversationFact);
    },
    async countStillOpen(scope) {
      const params = rangeParams(scope);
      const sql = `SELECT COUNT(*) AS n FROM conversations c WHERE c.opened_at >= @fromIso AND c.opened_at < @toIso AND c.status = 'open'
        AND ${conversationFilters(scope, params, 'c').join(' AND ')}`;
      return all<{ n: number }>(sql, params)[0]?.n ?? 0;
    },
    async assignments(scope) {
      const params = rangeParams(scope);
      const where = [`e.kind = 'assigned'`, 'e.at >= @fromIso', 'e.at < @toIso', 'e.test = 0'];
      // The assignment's own agent and team, not the conversation's latest.
      narrow(params, where, 'team', scope.team, 'e.team = @team');
      narrow(params, where, 'agent', scope.agent, 'e.assignee = @agent');
      const through = throughConversation(scope, params);
      const sql = `SELECT e.conversation_id, e.assignee, e.team, e.at FROM conversation_events e
        ${through.length ? 'JOIN conversations c ON c.id = e.conversation_id' : ''} WHERE ${[...where, ...through].join(' AND ')}`;
      return all<[string, string | null, string | null, string]>(sql, params, true).map(([conversationId, assignee, team, at]): AssignmentFact => ({
        conversationId,
        assignee,
        team,
        at: Date.parse(at),
      }));
    },
    async csat(scope) {
      const params = rangeParams(scope);
      const where = ['r.at >= @fromIso', 'r.at < @toIso', 'r.test = 0'];
      narrow(params, where, 'team', scope.team, 'r.team = @team');
      narrow(params, where, 'agent', scope.agent, 'r.assignee = @agent');
      const sql = `SELECT r.id, r.at, r.score, json_extract(r.doc, '$.scale'), r.contact_id, r.conversation_id, r.assignee, r.team, r.workflow_id, r.version, c.served_by
        FROM csat_responses r LEFT JOIN conversations c ON c.id = r.conversation_id WHERE ${[...where, ...throughConversation(scope, params)].join(' AND ')}`;
      return all<unknown[]>(sql, params, true).map(toCsatFact);
    },
    async messages(scope) {
      const params = rangeParams(scope);
      const sums = 'SUM(m.received), SUM(m.sent_bot), SUM(m.sent_agent), SUM(m.reply), SUM(m.push), SUM(m.failed)';
      const sql = isFiltered(scope)
        ? `SELECT m.hour, m.agent_id, ${sums} FROM message_hours m JOIN conversations c ON c.id = m.conversation_id
           WHERE m.hour >= @fromHour AND m.hour < @toHour AND ${conversationFilters(scope, params, 'c').join(' AND ')} GROUP BY m.hour, m.agent_id`
        : `SELECT m.hour, m.agent_id, ${sums} FROM message_hours m WHERE m.hour >= @fromHour AND m.hour < @toHour GROUP BY m.hour, m.agent_id`;
      return all<[string, string, number, number, number, number, number, number]>(sql, params, true).map(
        ([hour, agentId, received, sentBot, sentAgent, reply, push, failed]): MessageSum => ({
          hour,
          agentId,
          received,
          sentBot,
          sentAgent,
          reply,
          push,
          failed,
        }),
      );
    },
    async agentMessagesByTeam(scope) {
      const params = rangeParams(scope);
      const sql = `SELECT c.team AS team, SUM(m.sent_agent) AS sent FROM message_hours m JOIN conversations c ON c.id = m.conversation_id
        WHERE m.hour >= @fromHour AND m.hour < @toHour AND m.agent_id != '' AND c.team IS NOT NULL AND ${conversationFilters(scope, params, 'c').join(' AND ')}
        GROUP BY c.team`;
      return all<{ team: string; sent: number }>(sql, params);
    },
    async contacts(range) {
      return all('SELECT hour, source, created, unfollowed FROM contact_hours WHERE hour >= @fromHour AND hour < @toHour', { ...range });
    },
    async runs(range, workflowId) {
      const params: Params = { fromIso: range.fromIso, toIso: range.toIso };
      if (workflowId) params.workflowId = workflowId;
      const sql = workflowId
        ? `SELECT workflow_id AS workflowId, version, status, COUNT(*) AS count FROM runs WHERE workflow_id = @workflowId AND version >= 1
           AND started_at >= @fromIso AND started_at < @toIso GROUP BY version, status`
        : `SELECT workflow_id AS workflowId, version, status, COUNT(*) AS count FROM runs WHERE started_at >= @fromIso AND started_at < @toIso AND version >= 1
           GROUP BY workflow_id, version, status`;
      return all(sql, params);
    },
    async contactNames(ids) {
      const rows = all<[string, string | null]>(
        'SELECT id, display_name FROM contacts WHERE id IN (SELECT value FROM json_each(@ids))',
        { ids: JSON.stringify(ids) },
        true,
      );
      return new Map(rows);
    },
    async summaries(ids) {
      const rows = all<[string, string | null]>(
        "SELECT id, json_extract(doc, '$.summary') FROM conversations WHERE id IN (SELECT value FROM json_each(@ids))",
        { ids: JSON.stringify(ids) },
        true,
      );
      return new Map(rows.filter((r): r is [string, string] => typeof r[1] === 'string'));
    },
    async steps(range, workflowId, version) {
      return all(
        `SELECT step_id AS stepId, SUM(reached) AS reached, SUM(answered) AS answered, SUM(invalid) AS invalid, SUM(timed_out) AS timedOut, SUM(dropped) AS dropped
         FROM step_hours WHERE workflow_id = @workflowId AND version = @version AND hour >= @fromHour AND hour < @toHour GROUP BY step_id`,
        { ...range, workflowId, version },
      );
    },
  };
}

/** Adds a condition and its parameter when the filter is set. */
function narrow(params: Params, where: string[], name: string, value: string | undefined, condition: string): void {
  if (!value) return;
  params[name] = value;
  where.push(condition);
}

function rangeParams(scope: ReportScope): Params {
  return { fromIso: scope.fromIso, toIso: scope.toIso, fromHour: scope.fromHour, toHour: scope.toHour };
}

/** Conditions on the conversation (alias `c`) for every filter; test conversations never count. */
function conversationFilters(scope: ReportScope, params: Params, c: string): string[] {
  const where = [`${c}.test = 0`];
  narrow(params, where, 'team', scope.team, `${c}.team = @team`);
  narrow(params, where, 'agent', scope.agent, `${c}.assignee = @agent`);
  return [...where, ...throughConversation(scope, params)];
}

/** The filters only the conversation knows: category, serving workflow, contact's tag, channel. */
function throughConversation(scope: ReportScope, params: Params): string[] {
  const where: string[] = [];
  narrow(params, where, 'category', scope.category, 'c.category = @category');
  narrow(params, where, 'channel', scope.channel, 'c.channel_id = @channel');
  if (scope.workflow) {
    params.workflowPrefix = `${scope.workflow}@`;
    where.push('EXISTS (SELECT 1 FROM json_each(c.served_by) WHERE substr(value, 1, length(@workflowPrefix)) = @workflowPrefix)');
  }
  narrow(params, where, 'tag', scope.tag, 'EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = @tag)');
  return where;
}

const ms = (value: unknown): number | null => (typeof value === 'string' ? Date.parse(value) : null);

function toConversationFact(row: unknown[]): ConversationFact {
  const [
    id,
    contactId,
    status,
    openedAt,
    closedAt,
    openedBy,
    closedBy,
    category,
    assignee,
    team,
    firstCustomerAt,
    firstAssignedAt,
    firstAgentAt,
    csatAskedAt,
    csatScore,
  ] = row;
  return {
    id: id as string,
    contactId: contactId as string,
    status: status as ConversationFact['status'],
    openedAt: ms(openedAt) as number,
    closedAt: ms(closedAt),
    openedBy: (openedBy as string | null) ?? null,
    closedBy: (closedBy as string | null) ?? null,
    category: (category as string | null) ?? null,
    assignee: (assignee as string | null) ?? null,
    team: (team as string | null) ?? null,
    firstCustomerAt: ms(firstCustomerAt),
    firstAssignedAt: ms(firstAssignedAt),
    firstAgentAt: ms(firstAgentAt),
    csatAskedAt: ms(csatAskedAt),
    csatScore: (csatScore as number | null) ?? null,
  };
}

function toCsatFact(row: unknown[]): CsatFact {
  const [id, at, score, scale, contactId, conversationId, assignee, team, workflowId, version, servedBy] = row;
  return {
    id: id as string,
    at: Date.parse(at as string),
    score: score as number,
    scale: (scale as number | null) ?? 5,
    contactId: contactId as string,
    conversationId: (conversationId as string | null) ?? null,
    assignee: (assignee as string | null) ?? null,
    team: (team as string | null) ?? null,
    workflowId: workflowId as string,
    version: (version as number | null) ?? null,
    servedBy: typeof servedBy === 'string' ? (JSON.parse(servedBy) as string[]) : [],
  };
}
