import type { Store } from '../store/store';
import { changeTeam, createTeam } from './save-team';
import { checkedTeamName } from './team-input';
import { teamNameKey } from '../../shared/teams/team-name-key';
import { syncUserTeamNames } from './user-team-names';

/**
 * Puts a person in exactly the teams named (the users API's `teams`, the admin screen's comma
 * list, `lineflow user add --teams`): joins each, leaves the others. A name no team has makes the
 * team (round robin, anyone in it), as those lists always did. Returns the names as the teams spell them.
 */
export async function setUserTeams(store: Store, userId: string, names: readonly string[], now = new Date()): Promise<string[]> {
  const wanted = new Map(names.map((name, i) => [teamNameKey(checkedTeamName(name, `teams[${i}]`)), checkedTeamName(name, `teams[${i}]`)]));
  for (const team of await store.teams.find({ memberIds: userId })) {
    if (!wanted.has(team.nameKey)) await changeTeam(store, team.id, (t) => ({ memberIds: t.memberIds.filter((id) => id !== userId) }), now, false);
  }
  for (const [key, name] of wanted) {
    const team = (await store.teams.find({ nameKey: key }))[0] ?? (await createOrFind(store, name, key, now));
    if (!team.memberIds.includes(userId)) {
      await changeTeam(store, team.id, (t) => ({ memberIds: t.memberIds.includes(userId) ? t.memberIds : [...t.memberIds, userId] }), now, false);
    }
  }
  await syncUserTeamNames(store, [userId]);
  return (await store.teams.find({ memberIds: userId })).map((t) => t.name).sort((a, b) => a.localeCompare(b));
}

async function createOrFind(store: Store, name: string, key: string, now: Date) {
  return createTeam(store, { name }, now).catch(async (error: unknown) => {
    const made = (await store.teams.find({ nameKey: key }))[0];
    if (!made) throw error;
    return made;
  });
}
