import type { ReportFilters } from '../../shared/api/reports-api';
import type { ReportQuery } from './report-query';

/** What every tab gets: the API filters (and their key, to reload on change) and the hash's query for its own choices. */
export interface TabProps {
  filters: ReportFilters;
  filtersKey: string;
  query: ReportQuery;
  setQuery: (patch: Partial<ReportQuery>) => void;
  timeZone: string;
}
