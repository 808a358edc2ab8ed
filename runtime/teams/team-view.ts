import type { TeamItem } from '../../shared/api/teams-api';
import type { TeamRecord, UserRecord } from '../store/records';
import type { Store } from '../store/store';

/** Teams as the API shows them: with each member's name and status (a member whose user is gone is left out). */
export async function teamViews(store: Store, teams: readonly TeamRecord[]): Promise<TeamItem[]> {
  const ids = [...new Set(teams.flatMap((t) => t.memberIds))];
  const users = new Map((ids.length ? await store.users.find({ id: { $in: ids } }) : []).map((u) => [u.id, u]));
  return teams.map((team) => teamView(team, users));
}

export async function oneTeamView(store: Store, team: TeamRecord): Promise<TeamItem> {
  return (await teamViews(store, [team]))[0];
}

function teamView({ nameKey: _key, revision: _revision, ...team }: TeamRecord, users: Map<string, UserRecord>): TeamItem {
  const members = team.memberIds.flatMap((id) => {
    const user = users.get(id);
    return user ? [{ id, name: user.name, role: user.role, status: user.status }] : [];
  });
  return { ...team, memberIds: members.map((m) => m.id), members };
}
