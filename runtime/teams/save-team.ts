import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store';
import type { TeamRecord } from '../store/records';
import { isDuplicateKey, TeamError } from './team-error';
import { teamNameKey } from '../../shared/teams/team-name-key';
import { syncUserTeamNames } from './user-team-names';

/** What a new team is made of; unset fields take the defaults (round robin, anyone in the team). */
export interface NewTeam {
  name: string;
  memberIds?: string[];
  assignment?: TeamRecord['assignment'];
  onlineOnly?: boolean;
}

/** Makes a team (its input already checked, see team-input.ts); a name another team has, whatever its case, is a 409. */
export async function createTeam(store: Store, input: NewTeam, now = new Date()): Promise<TeamRecord> {
  const at = now.toISOString();
  const team: TeamRecord = {
    id: `team-${randomUUID().slice(0, 12)}`,
    name: input.name,
    nameKey: teamNameKey(input.name),
    memberIds: input.memberIds ?? [],
    assignment: input.assignment ?? 'round-robin',
    onlineOnly: input.onlineOnly ?? false,
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
  // The unique index on nameKey refuses a second "support": insert answers false.
  if (!(await store.teams.insert(team))) throw nameTaken(team.name);
  await syncUserTeamNames(store, team.memberIds);
  return team;
}

/**
 * Changes a team written only if nobody changed it since it was read (its revision), read again
 * and retried when someone did: two admins adding a member each both land.
 */
export async function changeTeam(
  store: Store,
  id: string,
  change: (team: TeamRecord) => Partial<Pick<TeamRecord, 'name' | 'memberIds' | 'assignment' | 'onlineOnly'>>,
  now = new Date(),
  /** False while adopting team words (adopt-team-words.ts): the copies are rewritten once, at the end. */
  syncMembers = true,
): Promise<TeamRecord> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const team = await existingTeam(store, id);
    const fields: Partial<TeamRecord> = { ...change(team), revision: team.revision + 1, updatedAt: now.toISOString() };
    if (fields.name !== undefined) fields.nameKey = teamNameKey(fields.name);
    const updated = await store.teams.patchIf(id, { revision: team.revision }, fields).catch((error: unknown) => {
      if (isDuplicateKey(error)) throw nameTaken(fields.name ?? team.name);
      throw error;
    });
    if (!updated) continue;
    if (!syncMembers) return updated;
    const renamed = updated.name !== team.name;
    const touched = renamed ? [...team.memberIds, ...updated.memberIds] : symmetricDifference(team.memberIds, updated.memberIds);
    await syncUserTeamNames(store, touched);
    return updated;
  }
  throw new TeamError(409, 'The team kept changing while this change was made; try again');
}

/** Removes a team (whether a workflow still uses it is the caller's check, team-usage.ts). */
export async function removeTeam(store: Store, id: string): Promise<TeamRecord> {
  const team = await existingTeam(store, id);
  await store.teams.remove(id);
  await syncUserTeamNames(store, team.memberIds);
  return team;
}

export async function existingTeam(store: Store, id: string): Promise<TeamRecord> {
  const team = await store.teams.get(id);
  if (!team) throw new TeamError(404, `No team "${id}"`);
  return team;
}

const nameTaken = (name: string) => new TeamError(409, `A team named "${name}" exists (names are compared without regard to case)`);

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  return [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))];
}
