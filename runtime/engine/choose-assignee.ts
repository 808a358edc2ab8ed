import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';
import type { AssignTarget } from '../steps/step-context';

/**
 * Picks who gets a conversation. Round robin keeps its cursor in the store and moves it once per
 * decision (`claimId`, derived from the event), so it stays fair across worker processes and retries; least-open counts each member's
 * open conversations. Online-only skips agents who are away.
 */
export async function chooseAssignee(store: Store, target: AssignTarget, claimId: string): Promise<{ user: UserRecord; team: string | null } | null> {
  if (target.kind === 'agent') {
    const user = (await store.users.get(target.agent)) ?? (await store.users.find({ email: target.agent.toLowerCase() }))[0];
    if (!user || (target.onlineOnly && user.status !== 'online')) return null;
    return { user, team: null };
  }
  const members = (await store.users.find({ teams: target.team }, { sort: { id: 1 } })).filter((u) => !target.onlineOnly || u.status === 'online');
  if (members.length === 0) return null;
  if (target.strategy === 'round-robin') {
    // Claimed per decision: deciding the same event again (a retry) takes the same turn, not the next.
    const cursor = `round-robin-${target.team}`;
    const turn = await store.takeTurn(cursor, `${cursor}@${claimId}`);
    return { user: members[(turn - 1) % members.length], team: target.team };
  }
  const load = await Promise.all(members.map(async (user) => ({ user, open: await store.conversations.count({ assignee: user.id, status: 'open' }) })));
  load.sort((a, b) => a.open - b.open || a.user.id.localeCompare(b.user.id));
  return { user: (load[0] as { user: UserRecord }).user, team: target.team };
}
