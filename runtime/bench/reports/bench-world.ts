import { readFileSync } from 'node:fs';
import type { BusinessHours, WorkflowDocument } from '../../../shared/document/workflow-document';
import type { UserRecord } from '../../store/records';

export const dayMs = 86_400_000;
export const hourMs = 3_600_000;

/**
 * The seed's year ends at midnight in Tokyo, so report days (company time) line up with it: the
 * data stays the same whatever the date the bench runs on.
 */
export const timeZone = 'Asia/Tokyo';
const tokyoOffsetMs = 9 * hourMs;
export const seedEnd = Date.parse('2026-06-30T15:00:00Z');
export const seedDays = 365;
export const seedStart = seedEnd - seedDays * dayMs;
export const lastDay = '2026-06-30';
export const ranges = [
  { label: '30 d', from: '2026-06-01', to: lastDay },
  { label: '365 d', from: '2025-07-01', to: lastDay },
] as const;

/** Three language teams take what the routing workflow assigns; the others get conversations by hand. */
export const teams = ['Japanese', 'Thai', 'English', 'Orders', 'Returns', 'Billing', 'Technical', 'VIP', 'Sales', 'Night shift'];
export const languageTeams = { ja: 'Japanese', th: 'Thai', en: 'English' } as const;
export type Language = keyof typeof languageTeams;

/** The routing workflow's assign step for a language team (see examples/routing-by-language.json). */
export function routingAssignStep(team: string): string {
  return team === languageTeams.ja ? 'assign-japanese' : team === languageTeams.th ? 'assign-thai' : 'assign-english';
}

export interface Agent {
  id: string;
  name: string;
  teams: string[];
}

/** 50 agents, five per team; every fifth one also helps a second team. */
export const agents: Agent[] = Array.from({ length: 50 }, (_, i) => {
  const team = teams[i % teams.length];
  const extra = i % 5 === 4 ? [teams[(i + 3) % teams.length]] : [];
  return { id: `agent-${String(i + 1).padStart(2, '0')}`, name: `Agent ${String(i + 1).padStart(2, '0')}`, teams: [team, ...extra] };
});
export const agentsByTeam = new Map(teams.map((team) => [team, agents.filter((a) => a.teams.includes(team))]));

export function userRecords(): UserRecord[] {
  const createdAt = new Date(seedStart - 30 * dayMs).toISOString();
  const admin: UserRecord = { id: 'admin-1', email: 'admin@example.com', name: 'Admin', role: 'admin', teams: [], status: 'online', createdAt };
  return [
    admin,
    ...agents.map((a): UserRecord => ({ id: a.id, email: `${a.id}@example.com`, name: a.name, role: 'agent', teams: a.teams, status: 'online', createdAt })),
  ];
}

/** Closing categories with how often each is chosen. */
export const categories: [string, number][] = [
  ['Order status', 0.22],
  ['Product question', 0.18],
  ['Delivery problem', 0.14],
  ['Refund', 0.12],
  ['Billing', 0.1],
  ['Account', 0.08],
  ['Complaint', 0.06],
  ['Other', 0.1],
];
export const contactTags = ['vip', 'new', 'returning', 'complaint', 'wholesale', 'coupon', 'line-ads', 'newsletter'];

/** The example workflows, published in versions; `since` is when each version went live. */
export const workflowSchedule = {
  'faq-menu': [
    { version: 1, since: seedStart - 30 * dayMs },
    { version: 2, since: Date.parse('2026-01-15T00:00:00Z') },
  ],
  'routing-by-language': [{ version: 1, since: seedStart - 30 * dayMs }],
  'csat-on-close': [
    { version: 1, since: seedStart - 30 * dayMs },
    { version: 2, since: Date.parse('2026-03-01T00:00:00Z') },
  ],
} as const;
export type BenchWorkflowId = keyof typeof workflowSchedule;

export function liveVersion(workflowId: BenchWorkflowId, at: number): number {
  let version = 1;
  for (const v of workflowSchedule[workflowId]) if (v.since <= at) version = v.version;
  return version;
}

export function exampleDocument(workflowId: BenchWorkflowId): WorkflowDocument {
  return JSON.parse(readFileSync(new URL(`../../../examples/${workflowId}.json`, import.meta.url), 'utf8')) as WorkflowDocument;
}

/** Mon–Fri 9:00–18:00 Tokyo: the company's schedule, so the reports' days are Tokyo days. */
export const businessHours: BusinessHours = {
  timezone: timeZone,
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ from: '09:00', to: '18:00' }]])),
  holidays: ['2026-01-01', '2026-01-02', '2026-05-04', '2026-05-05'],
};

/** Tokyo has no summer time: a fixed offset gives its clock without Intl on the seeder's hot path. */
export function tokyoClock(at: number): { weekday: number; hour: number } {
  const local = at + tokyoOffsetMs;
  // 1970-01-01 was a Thursday (4, with Sunday 0).
  return { weekday: (Math.floor(local / dayMs) + 4) % 7, hour: Math.floor((local % dayMs) / hourMs) };
}

export function isBusinessTime(at: number): boolean {
  const { weekday, hour } = tokyoClock(at);
  return weekday >= 1 && weekday <= 5 && hour >= 9 && hour < 18;
}

/** The next instant the office opens (or `at` itself while it is open); holidays are ignored. */
export function nextOpening(at: number): number {
  let t = at;
  for (let i = 0; i < 24 * 4 && !isBusinessTime(t); i++) t = (Math.floor(t / hourMs) + 1) * hourMs;
  return t;
}
