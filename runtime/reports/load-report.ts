import type { AgentRow, TeamRow } from '../../shared/api/reports-api';
import { firstResponse, resolution, type ReportContext } from './report-context';
import type { AssignmentFact, ConversationFact, CsatFact } from './report-source';
import { average, summarize } from './summarize';
import { ensureTeamsAdopted } from '../teams/adopt-team-words';

type Load = Omit<AgentRow, 'userId' | 'name'>;

interface Accumulator {
  assigned: number;
  closed: number;
  messagesSent: number;
  firstResponses: number[];
  resolutions: number[];
  scores: number[];
}

/** Who carries the load: per agent, assignments made to them, conversations closed while theirs, their messages, times and CSAT. */
export async function agentsReport(context: ReportContext): Promise<AgentRow[]> {
  const facts = await loadFacts(context);
  const messages = await context.store.reports.messages(context.range.scope);
  const users = await context.store.users.find({});
  const rows = accumulate(facts, (x: { assignee: string | null }) => x.assignee);
  for (const m of messages) if (m.agentId) entry(rows, m.agentId).messagesSent += m.sentAgent;
  for (const user of users) if (user.role === 'agent' && (!context.filters.agent || user.id === context.filters.agent)) entry(rows, user.id);
  const names = new Map(users.map((u) => [u.id, u.name]));
  return [...rows]
    .map(([userId, acc]) => ({ userId, name: names.get(userId) ?? userId, ...finish(acc) }))
    .sort((a, b) => b.assigned - a.assigned || a.name.localeCompare(b.name));
}

/** The same per team (the conversation's team; messages: agents' messages in the team's conversations); every team record has a row. */
export async function teamsReport(context: ReportContext): Promise<TeamRow[]> {
  const facts = await loadFacts(context);
  const rows = accumulate(facts, (x: { team: string | null }) => x.team);
  for (const { team, sent } of await context.store.reports.agentMessagesByTeam(context.range.scope)) entry(rows, team).messagesSent += sent;
  await ensureTeamsAdopted(context.store);
  // Every team has a row, busy or not (conversations of a team deleted since keep theirs above).
  for (const { name } of await context.store.teams.find({})) if (!context.filters.team || name === context.filters.team) entry(rows, name);
  return [...rows].map(([team, acc]) => ({ team, ...finish(acc) })).sort((a, b) => b.assigned - a.assigned || a.team.localeCompare(b.team));
}

interface LoadFacts {
  context: ReportContext;
  assignments: AssignmentFact[];
  opened: ConversationFact[];
  closed: ConversationFact[];
  csat: CsatFact[];
}

async function loadFacts(context: ReportContext): Promise<LoadFacts> {
  const source = context.store.reports;
  const { scope } = context.range;
  const [assignments, opened, closed, csat] = await Promise.all([
    source.assignments(scope),
    source.conversations(scope, 'opened'),
    source.conversations(scope, 'closed'),
    source.csat(scope),
  ]);
  return { context, assignments, opened, closed, csat };
}

function accumulate(facts: LoadFacts, keyOf: (x: { assignee: string | null; team: string | null }) => string | null): Map<string, Accumulator> {
  const rows = new Map<string, Accumulator>();
  const each = <T extends { assignee: string | null; team: string | null }>(items: T[], add: (acc: Accumulator, item: T) => void) => {
    for (const item of items) {
      const key = keyOf(item);
      if (key) add(entry(rows, key), item);
    }
  };
  each(facts.assignments, (acc) => acc.assigned++);
  each(facts.closed, (acc, c) => {
    acc.closed++;
    const seconds = resolution(facts.context, c);
    if (seconds !== null) acc.resolutions.push(seconds);
  });
  each(facts.opened, (acc, c) => {
    const seconds = firstResponse(facts.context, c);
    if (seconds !== null) acc.firstResponses.push(seconds);
  });
  each(facts.csat, (acc, r) => acc.scores.push(r.score));
  return rows;
}

function entry(rows: Map<string, Accumulator>, key: string): Accumulator {
  let acc = rows.get(key);
  if (!acc) rows.set(key, (acc = { assigned: 0, closed: 0, messagesSent: 0, firstResponses: [], resolutions: [], scores: [] }));
  return acc;
}

function finish(acc: Accumulator): Load {
  const first = summarize(acc.firstResponses);
  const resolved = summarize(acc.resolutions);
  return {
    assigned: acc.assigned,
    closed: acc.closed,
    messagesSent: acc.messagesSent,
    firstResponseSeconds: { median: first.median, p90: first.p90 },
    resolutionSeconds: { median: resolved.median, p90: resolved.p90 },
    csat: { responses: acc.scores.length, average: average(acc.scores) },
  };
}
