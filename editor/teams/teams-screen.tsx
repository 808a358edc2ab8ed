import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import type { TeamItem } from '../../shared/api/teams-api';
import type { UserItem } from '../../shared/api/users-api';
import { NewTeamForm } from './new-team-form';
import { TeamCard } from './team-card';
import './teams.css';

export interface TeamsNotice {
  kind: 'error' | 'warning' | 'ok';
  text: string;
}

/**
 * Admins' teams: who is in each, and how the assign step picks one of them (round robin or the
 * fewest open conversations; online only or anyone). Workflows' assign steps and reports use them.
 */
export function TeamsScreen() {
  const { t } = useTranslation('teams');
  const [teams, setTeams] = useState<TeamItem[] | null>(null);
  const [users, setUsers] = useState<UserItem[]>([]);
  const [notice, setNotice] = useState<TeamsNotice | null>(null);
  const refresh = useCallback(() => {
    Promise.all([api('listTeams'), api('listUsers')]).then(
      ([list, u]) => {
        setTeams(list.teams);
        setUsers(u.users);
      },
      (e: unknown) => setNotice({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) }),
    );
  }, []);
  useEffect(refresh, [refresh]);
  /** Runs a change, then shows what it said (an error, or a warning it came with) and reloads. */
  const change = useCallback(
    async (work: () => Promise<unknown>, done?: string) => {
      try {
        const answer = (await work()) as { warnings?: string[] } | undefined;
        const warnings = answer?.warnings ?? [];
        setNotice(warnings.length ? { kind: 'warning', text: warnings.join(' ') } : done ? { kind: 'ok', text: done } : null);
      } catch (e) {
        setNotice({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
      }
      refresh();
    },
    [refresh],
  );

  return (
    <>
      <NavBar current="teams" />
      <main className="workflows-screen teams-screen">
        <h2>{t('title')}</h2>
        <p className="muted">{t('intro')}</p>
        {notice ? (
          <div className={`notice ${notice.kind === 'ok' ? '' : notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </div>
        ) : null}
        <NewTeamForm onCreate={(name) => change(() => api('createTeam', { body: { name } }), t('created', { name }))} />
        {teams === null ? (
          <p className="muted">{t('loading')}</p>
        ) : teams.length === 0 ? (
          <div className="empty">{t('empty')}</div>
        ) : (
          <div className="team-cards">
            {teams.map((team) => (
              <TeamCard key={team.id} team={team} users={users} change={change} />
            ))}
          </div>
        )}
      </main>
    </>
  );
}
