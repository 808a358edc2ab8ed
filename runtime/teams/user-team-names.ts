import type { Store } from '../store/store';

/**
 * Rewrites each person's copy of their team names (`UserRecord.teams`) from the team records,
 * which are the truth. Recomputed rather than edited, so whichever write comes last leaves it right.
 */
export async function syncUserTeamNames(store: Store, userIds: Iterable<string>): Promise<void> {
  for (const userId of new Set(userIds)) {
    const names = (await store.teams.find({ memberIds: userId })).map((t) => t.name).sort((a, b) => a.localeCompare(b));
    const user = await store.users.get(userId);
    if (user && !sameList(user.teams ?? [], names)) await store.users.patch(userId, { teams: names });
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
