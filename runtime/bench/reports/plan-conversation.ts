import type { ConversationActor, ConversationOpener } from '../../store/records';
import type { SeededRandom } from '../store/seeded-random';
import {
  agentsByTeam,
  categories,
  dayMs,
  hourMs,
  isBusinessTime,
  languageTeams,
  liveVersion,
  nextOpening,
  seedEnd,
  teams,
  type Agent,
  type Language,
} from './bench-world';
import { logNormal, weighted } from './random-shapes';

export interface PlannedContact {
  index: number;
  id: string;
  language: Language;
  source: 'follow' | 'message';
  createdAt: number;
  tags: string[];
  /** When its latest conversation closed (Infinity while one is open): a contact has one open conversation at a time. */
  busyUntil: number;
  lastActivity: number;
  openConversationId: string | null;
  unfollowedAt: number | null;
}

export interface Assignment {
  at: number;
  assignee: string;
  team: string;
  by: ConversationActor;
  byUserId: string | null;
}

/** How a waiting step ended, or that it still waits at the seed's end. */
export type StepOutcome = 'answered' | 'invalid' | 'timedOut' | 'dropped' | 'failed' | 'waiting';

export interface FaqRun {
  at: number;
  version: number;
  trigger: 'trigger-menu' | 'trigger-follow';
  outcome: StepOutcome;
  answeredAt: number;
  topic: 'hours' | 'pricing' | 'agent';
}

export interface RoutingRun {
  at: number;
  /** The language was unknown: the run asked for it. */
  asked: boolean;
  outcome: 'answered' | 'invalid' | 'timedOut';
  assignedAt: number;
}

export interface CsatPlan {
  askedAt: number;
  version: number;
  answer: { at: number; score: number; improvementAt: number | null } | null;
  /** How an unanswered rating ended. */
  unanswered: 'timedOut' | 'dropped';
}

export interface PlannedConversation {
  index: number;
  id: string;
  contact: PlannedContact;
  openedAt: number;
  openedBy: ConversationOpener;
  firstCustomerAt: number | null;
  assignments: Assignment[];
  firstAgentAt: number | null;
  firstAgent: string | null;
  closedAt: number | null;
  closedBy: ConversationActor | null;
  closedByUserId: string | null;
  category: string | null;
  summary: string | null;
  /** Messages fall in [openedAt, endAt]. */
  endAt: number;
  faq: FaqRun | null;
  routing: RoutingRun | null;
  csat: CsatPlan | null;
  messageCount: number;
}

const otherTeams = teams.filter((t) => !Object.values(languageTeams).includes(t as never));

/** One conversation's life, drawn so its facts agree: assignment before the first agent message, close after both. */
export function planConversation(random: SeededRandom, index: number, openedAt: number, contact: PlannedContact, isNew: boolean): PlannedConversation {
  const t = openedAt;
  const openedBy: ConversationOpener =
    isNew && contact.source === 'follow'
      ? 'follow'
      : isNew
        ? 'customer'
        : weighted(random, [
            ['customer', 0.88],
            ['agent', 0.05],
            ['api', 0.04],
            ['workflow', 0.03],
          ] as const);
  const byCustomer = openedBy === 'customer' || openedBy === 'follow';
  const faq = byCustomer && random.chance(0.7) ? planFaq(random, t, openedBy) : null;
  let firstCustomerAt: number | null = null;
  if (openedBy === 'customer') firstCustomerAt = t;
  else if (faq && (faq.outcome === 'answered' || faq.outcome === 'invalid' || faq.outcome === 'failed')) firstCustomerAt = faq.answeredAt;
  else if (random.chance(0.6)) firstCustomerAt = t + logNormal(random, 10 * 60_000, 1.2);
  if (firstCustomerAt !== null && firstCustomerAt >= seedEnd) firstCustomerAt = null;

  const assignments: Assignment[] = [];
  let routing: RoutingRun | null = null;
  if (openedBy === 'agent') {
    const agent = random.pick(agentsOf(random.pick(teams)));
    assignments.push({ at: t + 1000, assignee: agent.id, team: agent.teams[0], by: 'agent', byUserId: agent.id });
  } else if (byCustomer && random.chance(0.62)) {
    routing = planRouting(random, t + 1000);
    const team = routing.asked && routing.outcome !== 'answered' ? languageTeams.en : languageTeams[contact.language];
    assignments.push({ at: routing.assignedAt, assignee: random.pick(agentsOf(team)).id, team, by: 'workflow', byUserId: null });
  } else if (random.chance(0.78)) {
    const team = random.chance(0.3) ? languageTeams[contact.language] : random.pick(otherTeams);
    const agent = random.pick(agentsOf(team));
    const by = random.chance(0.85) ? 'agent' : 'api';
    const at = t + (by === 'api' ? logNormal(random, 30_000, 1) : logNormal(random, 3 * 60_000, 1.3));
    assignments.push({ at, assignee: agent.id, team, by, byUserId: by === 'agent' ? agent.id : null });
  }
  if (assignments.length && random.chance(0.18)) {
    const previous = assignments[0];
    const team = random.chance(0.6) ? previous.team : random.pick(teams.filter((x) => x !== previous.team));
    const candidates = agentsOf(team).filter((a) => a.id !== previous.assignee);
    const agent = random.pick(candidates.length ? candidates : agentsOf(team));
    assignments.push({ at: previous.at + logNormal(random, 20 * 60_000, 1.3), assignee: agent.id, team, by: 'agent', byUserId: previous.assignee });
  }
  while (assignments.length && assignments[assignments.length - 1].at >= seedEnd - 60_000) assignments.pop();

  let firstAgentAt: number | null = null;
  if (assignments.length && random.chance(0.93)) {
    if (openedBy === 'agent') firstAgentAt = t + random.int(2, 60) * 1000;
    else {
      let from = Math.max(firstCustomerAt ?? t, assignments[0].at);
      // Out of hours, most customers wait for the office to open.
      if (!isBusinessTime(from) && random.chance(0.6)) from = nextOpening(from);
      firstAgentAt = from + Math.max(5000, logNormal(random, 4 * 60_000, 1.5));
    }
    if (firstAgentAt >= seedEnd - 60_000) firstAgentAt = null;
  }
  const holder = (at: number) => [...assignments].reverse().find((a) => a.at <= at) ?? assignments[0];
  const firstAgent = firstAgentAt === null ? null : holder(firstAgentAt).assignee;

  const floor = Math.max(t, firstCustomerAt ?? 0, firstAgentAt ?? 0, assignments[assignments.length - 1]?.at ?? 0, faq?.answeredAt ?? 0) + 30_000;
  const recent = t > seedEnd - 14 * dayMs;
  let closedAt: number | null = random.chance(recent ? 0.5 : 0.93) ? Math.max(floor, t + logNormal(random, 3 * hourMs, 1.6)) : null;
  if (closedAt !== null && closedAt >= seedEnd - 60_000) closedAt = null;
  let closedBy: ConversationActor | null = null;
  let closedByUserId: string | null = null;
  let category: string | null = null;
  let summary: string | null = null;
  if (closedAt !== null) {
    const assigned = assignments.length > 0;
    closedBy = assigned
      ? weighted(random, [
          ['agent', 0.7],
          ['workflow', 0.2],
          ['api', 0.1],
        ] as const)
      : random.chance(0.8)
        ? 'workflow'
        : 'api';
    if (closedBy === 'agent') closedByUserId = holder(closedAt).assignee;
    if (random.chance(closedBy === 'agent' ? 0.95 : closedBy === 'workflow' ? 0.7 : 0.6)) category = weighted(random, categories);
    if (closedBy === 'agent' && random.chance(0.25)) summary = `Resolved: ${category ?? 'question answered'}`;
  }
  const endAt = closedAt !== null ? closedAt - 1000 : Math.min(seedEnd - 60_000, Math.max(floor, t + logNormal(random, 2 * hourMs, 1.2)));
  return {
    index,
    id: `conv-${String(index).padStart(6, '0')}`,
    contact,
    openedAt: t,
    openedBy,
    firstCustomerAt,
    assignments,
    firstAgentAt,
    firstAgent,
    closedAt,
    closedBy,
    closedByUserId,
    category,
    summary,
    endAt,
    faq,
    routing,
    csat: null,
    messageCount: 0,
  };
}

function agentsOf(team: string): Agent[] {
  return agentsByTeam.get(team) ?? [];
}

function planFaq(random: SeededRandom, at: number, openedBy: ConversationOpener): FaqRun {
  let outcome = weighted<StepOutcome>(random, [
    ['answered', 0.78],
    ['invalid', 0.05],
    ['timedOut', 0.09],
    ['dropped', 0.06],
    ['failed', 0.02],
  ]);
  const answeredAt = outcome === 'timedOut' ? at + 10 * 60_000 : at + Math.max(3000, logNormal(random, 40_000, 1));
  if (answeredAt >= seedEnd) outcome = 'waiting';
  const topic = weighted(random, [
    ['hours', 0.35],
    ['pricing', 0.3],
    ['agent', 0.35],
  ] as const);
  return { at, version: liveVersion('faq-menu', at), trigger: openedBy === 'follow' ? 'trigger-follow' : 'trigger-menu', outcome, answeredAt, topic };
}

function planRouting(random: SeededRandom, at: number): RoutingRun {
  const asked = random.chance(0.06);
  if (!asked) return { at, asked, outcome: 'answered', assignedAt: at };
  const outcome = weighted(random, [
    ['answered', 0.8],
    ['invalid', 0.08],
    ['timedOut', 0.12],
  ] as const);
  return { at, asked, outcome, assignedAt: outcome === 'timedOut' ? at + 30 * 60_000 : at + Math.max(3000, logNormal(random, 30_000, 1)) };
}
