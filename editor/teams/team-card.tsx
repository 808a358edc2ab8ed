import { useState } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import type { TeamItem } from '../../shared/api/teams-api';
import type { UserItem } from '../../shared/api/users-api';
import { useConfirm } from '../ui/use-confirm';
import { usePrompt } from '../ui/use-prompt';
import { MemberAvatar } from './member-avatar';

type Change = (work: () => Promise<unknown>, done?: string) => Promise<void>;

/** One team: its name, how it assigns, its members (each removable), and a person to add. */
export function TeamCard({ team, users, change }: { team: TeamItem; users: UserItem[]; change: Change }) {
  const { t } = useTranslation('teams');
  const confirm = useConfirm();
  const prompt = usePrompt();
  const [adding, setAdding] = useState('');
  const outside = users.filter((u) => !team.memberIds.includes(u.id));
  const params = { id: team.id };

  const rename = async () => {
    const name = await prompt({
      title: t('renameTitle', { name: team.name }),
      label: t('teamName'),
      initial: team.name,
      confirmLabel: t('rename'),
      check: (value) => (value.trim() && value.trim().length <= 60 ? null : t('nameCheck')),
    });
    if (name && name.trim() !== team.name) await change(() => api('updateTeam', { params, body: { name: name.trim() } }), t('renamed', { name: name.trim() }));
  };
  const remove = async () => {
    const yes = await confirm({
      title: t('deleteTitle', { name: team.name }),
      message: t('deleteMessage'),
      confirmLabel: t('deleteTeam'),
      danger: true,
    });
    if (yes) await change(() => api('deleteTeam', { params }), t('deleted', { name: team.name }));
  };

  return (
    <section className="team-card" aria-label={t('cardLabel', { name: team.name })} data-testid="team-card">
      <header>
        <h3>{team.name}</h3>
        <span className="muted">{t('memberCount', { count: team.members.length })}</span>
        <span className="spacer" />
        <button type="button" onClick={() => void rename()}>
          {t('rename')}
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('delete')}
        </button>
      </header>
      <div className="team-settings">
        <label>
          {t('assignment')}
          <select
            aria-label={t('assignmentLabel', { name: team.name })}
            value={team.assignment}
            onChange={(e) => void change(() => api('updateTeam', { params, body: { assignment: e.target.value as TeamItem['assignment'] } }))}
          >
            <option value="round-robin">{t('roundRobin')}</option>
            <option value="least-open">{t('leastOpen')}</option>
          </select>
        </label>
        <label className="team-check">
          <input
            type="checkbox"
            checked={team.onlineOnly}
            onChange={(e) => void change(() => api('updateTeam', { params, body: { onlineOnly: e.target.checked } }))}
          />
          {t('onlineOnly')} <span className="muted">{t('onlineOnlyHint')}</span>
        </label>
      </div>
      {team.members.length === 0 ? (
        <p className="muted team-empty">{t('noMembers')}</p>
      ) : (
        <ul className="team-members" aria-label={t('membersOf', { name: team.name })}>
          {team.members.map((m) => (
            <li key={m.id} className="member-chip">
              <MemberAvatar name={m.name} id={m.id} />
              <span className="member-name">{m.name}</span>
              <span className={`presence ${m.status}`}>{t(`status.${m.status}`)}</span>
              <button
                type="button"
                className="member-remove"
                aria-label={t('removeMember', { member: m.name, team: team.name })}
                title={t('removeMemberShort', { member: m.name })}
                onClick={() => void change(() => api('removeTeamMember', { params: { id: team.id, userId: m.id } }))}
              >
                <X size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="team-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (adding) void change(() => api('addTeamMember', { params, body: { userId: adding } })).then(() => setAdding(''));
        }}
      >
        <select aria-label={t('personToAdd', { name: team.name })} value={adding} onChange={(e) => setAdding(e.target.value)} disabled={outside.length === 0}>
          <option value="">{outside.length ? t('addPerson') : t('everyoneIn')}</option>
          {outside.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({t(`common:roles.${u.role}`, { defaultValue: u.role })})
            </option>
          ))}
        </select>
        <button type="submit" disabled={!adding}>
          {t('addToTeam')}
        </button>
      </form>
    </section>
  );
}
