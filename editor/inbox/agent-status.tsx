import { useTranslation } from 'react-i18next';
import type { UserItem } from '../../shared/api/users-api';
import { inboxApi } from './inbox-api';

/** The signed-in agent's own online / away switch (round robin assigns to online agents only). */
export function AgentStatus({ users, viewerId, onChanged }: { users: UserItem[]; viewerId: string | null; onChanged: () => void }) {
  const { t } = useTranslation('inbox');
  const me = users.find((u) => u.id === viewerId);
  if (!me) return null;
  const online = me.status === 'online';
  return (
    <div className="agent-status">
      <span className="muted">{online ? t('agentStatus.youAreOnline') : t('agentStatus.youAreAway')}</span>
      <button type="button" onClick={() => void inboxApi.setStatus(online ? 'away' : 'online').then(onChanged)}>
        {online ? t('agentStatus.online') : t('agentStatus.away')}
      </button>
    </div>
  );
}
