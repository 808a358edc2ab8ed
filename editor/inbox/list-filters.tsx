import { Search } from 'lucide-react';
import type { UserItem } from '../../shared/api/users-api';
import type { ChannelName } from '../api/use-channel-names';
import type { ListFilter, ListStatus } from './conversation-list-api';

const statuses: [ListStatus, string][] = [
  ['open', 'Open'],
  ['snoozed', 'Snoozed'],
  ['closed', 'Closed'],
  ['all', 'All'],
];

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
  const set = <K extends keyof ListFilter>(key: K, value: ListFilter[K]) => onChange({ ...filter, [key]: value });
  const teams = [...new Set(users.flatMap((u) => u.teams))].sort();
  return (
    <div className="list-filters">
      <label className="list-search">
        <Search className="icon" aria-hidden="true" />
        <input type="search" aria-label="Search messages" placeholder="Search messages" value={filter.q} onChange={(e) => set('q', e.target.value)} />
      </label>
      <div className="status-tabs" role="group" aria-label="Status">
        {statuses.map(([value, label]) => (
          <button type="button" key={value} aria-pressed={filter.status === value} onClick={() => set('status', value)}>
            {label}
          </button>
        ))}
      </div>
      <div className="filter-selects">
        <select aria-label="Filter by assignee" value={filter.assignee} onChange={(e) => set('assignee', e.target.value)}>
          <option value="">Anyone</option>
          <option value="me">Mine</option>
          <option value="none">Unassigned</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <select aria-label="Filter by team" value={filter.team} onChange={(e) => set('team', e.target.value)}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <input aria-label="Filter by tag" list="list-filter-tags" placeholder="Tag" value={filter.tag} onChange={(e) => set('tag', e.target.value.trim())} />
        <datalist id="list-filter-tags">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <select aria-label="Filter by category" value={filter.category} onChange={(e) => set('category', e.target.value)}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        {channels.length > 1 ? (
          <select aria-label="Filter by channel" value={filter.channel} onChange={(e) => set('channel', e.target.value)}>
            <option value="">All channels</option>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        ) : null}
        <label className="follow-up-toggle">
          <input type="checkbox" checked={filter.followUp} onChange={(e) => set('followUp', e.target.checked)} /> Follow-up
        </label>
      </div>
    </div>
  );
}
