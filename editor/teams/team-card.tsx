import { useState } from 'react';
import { X } from 'lucide-react';
import { api } from '../api/api-client';
import type { TeamItem } from '../../shared/api/teams-api';
import type { UserItem } from '../../shared/api/users-api';
import { useConfirm } from '../ui/use-confirm';
import { usePrompt } from '../ui/use-prompt';
import { MemberAvatar } from './member-avatar';

type Change = (work: () => Promise<unknown>, done?: string) => Promise<void>;

/** One team: its name, how it assigns, its members (each removable), and a person to add. */
export function TeamCard({ team, users, change }: { team: TeamItem; users: UserItem[]; change: Change }) {
  const confirm = useConfirm();
  const prompt = usePrompt();
  const [adding, setAdding] = useState('');
  const outside = users.filter((u) => !team.memberIds.includes(u.id));
  const params = { id: team.id };

  const rename = async () => {
    const name = await prompt({
      title: `Rename team ${team.name}`,
      label: 'Team name',
      initial: team.name,
      confirmLabel: 'Rename',
      check: (value) => (value.trim() && value.trim().length <= 60 ? null : 'A name of 1–60 characters'),
    });
    if (name && name.trim() !== team.name) await change(() => api('updateTeam', { params, body: { name: name.trim() } }), `Renamed to "${name.trim()}"`);
  };
  const remove = async () => {
    const yes = await confirm({
      title: `Delete team ${team.name}?`,
      message: 'Its members stay; conversations keep the team name in reports. A team a published workflow assigns to cannot be deleted.',
      confirmLabel: 'Delete team',
      danger: true,
    });
    if (yes) await change(() => api('deleteTeam', { params }), `Team "${team.name}" deleted`);
  };

  return (
    <section className="team-card" aria-label={`Team ${team.name}`} data-testid="team-card">
      <header>
        <h3>{team.name}</h3>
        <span className="muted">
          {team.members.length} {team.members.length === 1 ? 'member' : 'members'}
        </span>
        <span className="spacer" />
        <button type="button" onClick={() => void rename()}>
          Rename
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete
        </button>
      </header>
      <div className="team-settings">
        <label>
          Assignment
          <select
            aria-label={`How ${team.name} assigns`}
            value={team.assignment}
            onChange={(e) => void change(() => api('updateTeam', { params, body: { assignment: e.target.value as TeamItem['assignment'] } }))}
          >
            <option value="round-robin">Round robin: members take turns</option>
            <option value="least-open">Least open: fewest open conversations</option>
          </select>
        </label>
        <label className="team-check">
          <input
            type="checkbox"
            checked={team.onlineOnly}
            onChange={(e) => void change(() => api('updateTeam', { params, body: { onlineOnly: e.target.checked } }))}
          />
          Online only <span className="muted">(nobody online: conversations wait in the team queue)</span>
        </label>
      </div>
      {team.members.length === 0 ? (
        <p className="muted team-empty">Nobody in this team yet: its conversations wait unassigned.</p>
      ) : (
        <ul className="team-members" aria-label={`Members of ${team.name}`}>
          {team.members.map((m) => (
            <li key={m.id} className="member-chip">
              <MemberAvatar name={m.name} id={m.id} />
              <span className="member-name">{m.name}</span>
              <span className={`presence ${m.status}`}>{m.status}</span>
              <button
                type="button"
                className="member-remove"
                aria-label={`Remove ${m.name} from ${team.name}`}
                title={`Remove ${m.name}`}
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
        <select aria-label={`Person to add to ${team.name}`} value={adding} onChange={(e) => setAdding(e.target.value)} disabled={outside.length === 0}>
          <option value="">{outside.length ? 'Add a person…' : 'Everyone is in this team'}</option>
          {outside.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.role})
            </option>
          ))}
        </select>
        <button type="submit" disabled={!adding}>
          Add to team
        </button>
      </form>
    </section>
  );
}
