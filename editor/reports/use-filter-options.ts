import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import type { FilterOptions } from './filter-bar';

/**
 * What the filter bar offers (teams from the team records, agents from the users, categories from settings, the
 * workflows), whether business hours are set, and the company's time zone, which decides what
 * "today" is. A list that fails to
 * load leaves its filter with only "All", rather than the whole screen failing.
 */
export function useFilterOptions(): { options: FilterOptions; timeZone: string; ready: boolean } {
  const [options, setOptions] = useState<FilterOptions>({ teams: [], agents: [], categories: [], workflows: [], channels: [], businessHours: false });
  const [zone, setZone] = useState<{ ready: boolean; timeZone: string }>({ ready: false, timeZone: 'UTC' });
  useEffect(() => {
    const merge = (patch: Partial<FilterOptions>) => setOptions((o) => ({ ...o, ...patch }));
    api('listUsers').then(
      ({ users }) => merge({ agents: users.map((u) => ({ id: u.id, name: u.name })) }),
      () => undefined,
    );
    // Teams are records (the Teams screen), listed by name: a team nobody is in yet can be filtered on too.
    api('listTeams').then(
      ({ teams }) => merge({ teams: teams.map((t) => t.name) }),
      () => undefined,
    );
    api('listChannelNames').then(
      ({ channels }) => merge({ channels }),
      () => undefined,
    );
    api('getCategories').then(
      ({ categories }) => merge({ categories }),
      () => undefined,
    );
    api('listWorkflows').then(
      ({ workflows }) => merge({ workflows: workflows.map((w) => ({ id: w.id, name: w.name })).sort((a, b) => a.name.localeCompare(b.name)) }),
      () => undefined,
    );
    api('getBusinessHours').then(
      ({ businessHours }) => {
        // The server counts days in the zone of the business hours, and in UTC until they are set.
        setZone({ ready: true, timeZone: businessHours?.timezone ?? 'UTC' });
        merge({ businessHours: businessHours !== null });
      },
      () => setZone({ ready: true, timeZone: 'UTC' }),
    );
  }, []);
  return { options, timeZone: zone.timeZone, ready: zone.ready };
}
