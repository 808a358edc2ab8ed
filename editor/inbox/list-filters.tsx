import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { UserItem } from '../../shared/api/users-api';
import type { ChannelName } from '../api/use-channel-names';
import type { ListFilter, ListStatus } from './conversation-list-api';

const statuses: ListStatus[] = ['open', 'snoozed', 'closed', 'all'];

/** The list's search box and filters: status, assignee, team, tag, category, channel, follow-up. */
export function ListFilters({
  filter,
  onChange,
  users,
  categories,
  tags,
  channels,
}: {
  filter: ListFilter;
  onChange: (next: ListFilter) => void;
  users: UserItem[];
  categories: string[];
  tags: string[];
  channels: ChannelName[];
}) {
  const { t } = useTranslation('inbox');
  const set = <K extends keyof ListFilter>(key: K, value: ListFilter[K]) => onChange({ ...filter, [key]: value });
  const teams = [...new Set(users.flatMap((u) => u.teams))].sort();
  return (
    <div className="list-filters">
      <label className="list-search">
        <Search className="icon" aria-hidden="true" />
        <input type="search" aria-label={t('filters.search')} placeholder={t('filters.search')} value={filter.q} onChange={(e) => set('q', e.target.value)} />
      </label>
      <div className="status-tabs" role="group" aria-label={t('filters.status')}>
        {statuses.map((value) => (
          <button type="button" key={value} aria-pressed={filter.status === value} onClick={() => set('status', value)}>
            {t(`status.${value}`)}
          </button>
        ))}
      </div>
      <div className="filter-selects">
        <select aria-label={t('filters.assignee')} value={filter.assignee} onChange={(e) => set('assignee', e.target.value)}>
          <option value="">{t('filters.anyone')}</option>
          <option value="me">{t('filters.mine')}</option>
          <option value="none">{t('unassigned')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <select aria-label={t('filters.team')} value={filter.team} onChange={(e) => set('team', e.target.value)}>
          <option value="">{t('filters.allTeams')}</option>
          {teams.map((team) => (
            <option key={team}>{team}</option>
          ))}
        </select>
        <input
          aria-label={t('filters.tag')}
          list="list-filter-tags"
          placeholder={t('filters.tagPlaceholder')}
          value={filter.tag}
          onChange={(e) => set('tag', e.target.value.trim())}
        />
        <datalist id="list-filter-tags">
          {tags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <select aria-label={t('filters.category')} value={filter.category} onChange={(e) => set('category', e.target.value)}>
          <option value="">{t('filters.allCategories')}</option>
          {categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        {channels.length > 1 ? (
          <select aria-label={t('filters.channel')} value={filter.channel} onChange={(e) => set('channel', e.target.value)}>
            <option value="">{t('filters.allChannels')}</option>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        ) : null}
        <label className="follow-up-toggle">
          <input type="checkbox" checked={filter.followUp} onChange={(e) => set('followUp', e.target.checked)} /> {t('filters.followUp')}
        </label>
      </div>
    </div>
  );
}
