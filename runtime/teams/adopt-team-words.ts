import type { Store } from '../store/store';
import type { TeamRecord } from '../store/records';
import { changeTeam, createTeam } from './save-team';
import { teamNameKey } from '../../shared/teams/team-name-key';
import { teamSteps } from './team-usage';
import { syncUserTeamNames } from './user-team-names';

/**
 * Makes team records of the team words people carry from before teams were records (0.x users,
 * a v0.1 import, a person added straight to the store), each person a member of theirs. Idempotent:
 * a team that exists is joined, a member already in it is left. A new team takes the strategy its
 * published assign steps agreed on (they chose it per step then), else round robin.
 */
export async function adoptTeamWords(store: Store, now = new Date()): Promise<{ created: number; joined: number }> {
  const users = (await store.users.find({}, { sort: { id: 1 } })).filter((u) => (u.teams ?? []).length > 0);
  if (users.length === 0) return { created: 0, joined: 0 };
  const byKey = new Map((await store.teams.find({})).map((t) => [t.nameKey, t]));
  const strategies = await publishedStrategies(store);
  let created = 0;
  let joined = 0;
  for (const user of users) {
    for (const word of user.teams) {
      const name = word.trim().slice(0, 60);
      if (!name) continue;
      const key = teamNameKey(name);
      let team = byKey.get(key) ?? (await store.teams.find({ nameKey: key }))[0];
      if (!team) {
        team = await createTeam(store, { name, assignment: strategies.get(key) ?? 'round-robin' }, now).catch(async (error: unknown) => {
          // Another process made it first: join theirs.
          const theirs = (await store.teams.find({ nameKey: key }))[0];
          if (!theirs) throw error;
          return theirs;
        });
        created++;
      }
      if (!team.memberIds.includes(user.id)) {
        team = await changeTeam(store, team.id, (t) => ({ memberIds: t.memberIds.includes(user.id) ? t.memberIds : [...t.memberIds, user.id] }), now, false);
        joined++;
      }
      byKey.set(key, team);
    }
  }
  // Only now: rewriting a person's copy from the records before all their words were adopted would drop the rest.
  await syncUserTeamNames(
    store,
    users.map((u) => u.id),
  );
  return { created, joined };
}

/** Per team name, the strategy every published assign step naming it uses, when they agree. */
async function publishedStrategies(store: Store): Promise<Map<string, TeamRecord['assignment']>> {
  const seen = new Map<string, Set<string>>();
  for (const workflow of await store.workflows.find({ publishedVersion: { $ne: null } })) {
    const live = await store.versions.get(`${workflow.id}@${workflow.publishedVersion as number}`);
    for (const step of live ? teamSteps(live.document) : []) {
      if (!step.team || !step.strategy) continue;
      const key = teamNameKey(step.team);
      seen.set(key, (seen.get(key) ?? new Set()).add(step.strategy));
    }
  }
  const agreed = new Map<string, TeamRecord['assignment']>();
  for (const [key, set] of seen) if (set.size === 1 && set.has('least-open')) agreed.set(key, 'least-open');
  return agreed;
}

const adopted = new WeakMap<Store, Promise<unknown>>();

/**
 * Adopts the team words once per process and store, before anything reads or changes teams (the
 * first start after the upgrade does it; later starts find nothing left to do). A failure is
 * tried again by the next caller.
 */
export function ensureTeamsAdopted(store: Store): Promise<unknown> {
  let pending = adopted.get(store);
  if (!pending) {
    pending = adoptTeamWords(store).catch((error: unknown) => {
      adopted.delete(store);
      throw error;
    });
    adopted.set(store, pending);
  }
  return pending;
}
