import { assignmentLabels } from '../../shared/api/teams-api';
import { teamNameKey } from '../../shared/teams/team-name-key';
import type { TeamRecord, UserRecord } from '../store/records';
import type { Store } from '../store/store';
import type { AssignTarget } from '../steps/step-context';
import { ensureTeamsAdopted } from '../teams/adopt-team-words';

/** Whom the conversation goes to and why (`how`: "Support, round robin"), or why nobody (`why`). */
export type AssigneeChoice = { user: UserRecord; team: TeamRecord | null; how: string } | { user: null; team: TeamRecord | null; why: string };

export interface ChooseOptions {
  /** Only say whom it would be (the editor's test chat): no turn is taken, no counter moves. */
  dryRun?: boolean;
}

/**
 * Picks who gets a conversation, the way the team assigns. Round robin keeps its cursor in the
 * store and moves it once per decision (`claimId`, derived from the event), so it stays fair across
 * worker processes and retries; least open counts each member's open conversations and breaks
 * ties by round robin. Online only (the team's, or the step's) skips members who are away.
 */
export async function chooseAssignee(store: Store, target: AssignTarget, claimId: string, options: ChooseOptions = {}): Promise<AssigneeChoice> {
  if (target.kind === 'agent') {
    const user = (await store.users.get(target.agent)) ?? (await store.users.find({ email: target.agent.toLowerCase() }))[0];
    if (!user) return { user: null, team: null, why: `there is no agent "${target.agent}"` };
    if (target.onlineOnly && user.status !== 'online') return { user: null, team: null, why: `${user.name} is away` };
    return { user, team: null, how: 'agent' };
  }
  const team = await resolveTeam(store, target);
  if (!team) return { user: null, team: null, why: `there is no team "${target.team ?? target.teamId ?? ''}"` };
  const onlineOnly = team.onlineOnly || target.onlineOnly;
  // In the order they joined (teams adopted from the old team words joined by user id, the order round robin used then).
  const found = new Map((team.memberIds.length ? await store.users.find({ id: { $in: team.memberIds } }) : []).map((u) => [u.id, u]));
  const members = team.memberIds.flatMap((id) => found.get(id) ?? []);
  const available = onlineOnly ? members.filter((u) => u.status === 'online') : members;
  if (available.length === 0) {
    return { user: null, team, why: members.length === 0 ? `team ${team.name} has no members` : `nobody in team ${team.name} is online` };
  }
  const how = [team.name, assignmentLabels[team.assignment], ...(onlineOnly ? ['online only'] : [])].join(', ');
  let candidates = available;
  if (team.assignment === 'least-open') {
    const load = await Promise.all(available.map(async (user) => ({ user, open: await store.conversations.count({ assignee: user.id, status: 'open' }) })));
    const fewest = Math.min(...load.map((l) => l.open));
    candidates = load.filter((l) => l.open === fewest).map((l) => l.user);
    if (candidates.length === 1) return { user: candidates[0], team, how };
  }
  // Claimed per decision: deciding the same event again (a retry) takes the same turn, not the next.
  const cursor = `round-robin-${team.name}`;
  const turn = options.dryRun ? ((await store.counters.get(cursor))?.value ?? 0) + 1 : await store.takeTurn(cursor, `${cursor}@${claimId}`);
  return { user: candidates[(turn - 1) % candidates.length], team, how };
}

/** The team by its id; else by name, for documents from before teams had ids (and a team made again after a delete). */
export async function resolveTeam(store: Store, target: { teamId?: string; team?: string }): Promise<TeamRecord | null> {
  await ensureTeamsAdopted(store);
  const byId = target.teamId ? await store.teams.get(target.teamId) : null;
  if (byId) return byId;
  return target.team ? ((await store.teams.find({ nameKey: teamNameKey(target.team) }))[0] ?? null) : null;
}
