import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NavBar } from '../app/nav-bar';
import { AgentsTab } from './agents-tab';
import { ContactsMessagesTab } from './contacts-messages-tab';
import { ConversationsLogTab } from './conversations-log-tab';
import { CsatTab } from './csat-tab';
import { FilterBar } from './filter-bar';
import { OverviewTab } from './overview-tab';
import { formatReportQuery, parseReportQuery, presetRange, reportFilters, todayIn, type ReportQuery } from './report-query';
import { ResponsesTab } from './responses-tab';
import { reportTabLabels, type ReportTab } from './report-tab-ids';
import type { TabProps } from './tab-props';
import { useFilterOptions } from './use-filter-options';
import { WorkflowsTab } from './workflows-tab';

const tabComponents: Record<ReportTab, ComponentType<TabProps>> = {
  overview: OverviewTab,
  responses: ResponsesTab,
  agents: AgentsTab,
  csat: CsatTab,
  workflows: WorkflowsTab,
  'contacts-messages': ContactsMessagesTab,
  conversations: ConversationsLogTab,
};

/**
 * Admins' reports at `#/reports/<tab>?<filters>`: the hash holds every choice, so a reload or a
 * shared link shows the same. The default export lets the app load it (and the chart library) lazily.
 */
export default function ReportsScreen({ tab, search }: { tab: ReportTab; search: string }) {
  const { t } = useTranslation('reports');
  const { options, timeZone, ready } = useFilterOptions();
  const query = parseReportQuery(search);
  const href = (to: ReportTab, q: ReportQuery) => `#/reports/${to}?${formatReportQuery(q)}`;
  const setQuery = (patch: Partial<ReportQuery>) => {
    window.location.assign(href(tab, { ...query, ...patch }));
  };
  const today = todayIn(timeZone);
  const filters = reportFilters(query, today);
  const Tab = tabComponents[tab];
  return (
    <>
      <NavBar current="reports" />
      <main className="reports-screen">
        <div className="screen-header">
          <h1>{t('title')}</h1>
          <span className="muted">
            {filters.from === filters.to ? filters.from : `${filters.from} – ${filters.to}`}
            {` · ${timeZone}`}
          </span>
        </div>
        <nav className="report-tabs" aria-label={t('tabsLabel')}>
          {Object.keys(reportTabLabels).map((id) => (
            // A tab's own choices (score, funnel) stay behind when leaving it; the filters come along.
            <a
              key={id}
              href={href(id as ReportTab, { ...query, score: undefined, funnel: undefined, version: undefined })}
              aria-current={id === tab ? 'page' : undefined}
            >
              {t(`tabs.${id}`)}
            </a>
          ))}
        </nav>
        <FilterBar query={query} setQuery={setQuery} options={options} range={presetRange(query, today)} />
        {ready ? (
          <Tab filters={filters} filtersKey={JSON.stringify(filters)} query={query} setQuery={setQuery} timeZone={timeZone} />
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </main>
    </>
  );
}
