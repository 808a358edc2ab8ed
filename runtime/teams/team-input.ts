import type { Store } from '../store/store';
import type { TeamRecord } from '../store/records';
import { TeamError } from './team-error';

export type TeamAssignment = TeamRecord['assignment'];
export const teamAssignments: readonly TeamAssignment[] = ['round-robin', 'least-open'];

/** A team's name as given, trimmed; 1–60 characters, one line. */
export function checkedTeamName(name: unknown, field = 'name'): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed || trimmed.length > 60 || /[\p{Cc}]/u.test(trimmed)) {
    throw new TeamError(400, `${field} must be a team name of 1–60 characters on one line`);
  }
  return trimmed;
}

export function checkedAssignment(assignment: unknown): TeamAssignment {
  if (!teamAssignments.includes(assignment as TeamAssignment)) throw new TeamError(400, 'assignment must be "round-robin" or "least-open"');
  return assignment as TeamAssignment;
}

export function checkedOnlineOnly(onlineOnly: unknown): boolean {
  if (typeof onlineOnly !== 'boolean') throw new TeamError(400, 'onlineOnly must be true or false');
  return onlineOnly;
}

/** The ids of people who exist, each once, in the order given. */
export async function checkedMemberIds(store: Store, memberIds: unknown, field = 'memberIds'): Promise<string[]> {
  if (!Array.isArray(memberIds) || memberIds.some((id) => typeof id !== 'string' || id === '')) {
    throw new TeamError(400, `${field} must be a list of user ids`);
  }
  const ids = [...new Set(memberIds as string[])];
  const found = new Set((await store.users.find({ id: { $in: ids } })).map((u) => u.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new TeamError(400, `${field}: no user with the id ${missing.map((id) => `"${id}"`).join(', ')}`);
  return ids;
}
