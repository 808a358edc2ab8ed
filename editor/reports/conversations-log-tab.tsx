import { useTranslation } from 'react-i18next';
import type { ConversationRow } from './reports-client';
import { reportsApi } from './reports-client';
import { formatTime } from './format';
import { countColumn, durationColumn, ReportTable, type Column } from './report-table';
import { ReportStateView } from './report-state';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

/** Shown where there is no value: a dash reads the same in every language. */
const noValue = '—';

function logColumns(timeZone: string | undefined, t: (key: string) => string): Column<ConversationRow>[] {
  return [
    { header: 'Opened', label: t('reports:col.opened'), value: (r) => r.openedAt, cell: (r) => formatTime(r.openedAt, timeZone) },
    { header: 'Conversation', label: t('reports:col.conversation'), csvOnly: true, value: (r) => r.id },
    {
      header: 'Contact',
      label: t('reports:col.contact'),
      value: (r) => r.contactName ?? r.contactId,
      cell: (r) => (
        <a href={`#/inbox/${encodeURIComponent(r.id)}`} title={t('reports:log.openConversation')}>
          {r.contactName ?? r.contactId}
        </a>
      ),
    },
    { header: 'Opened by', label: t('reports:col.openedBy'), value: (r) => r.openedBy },
    { header: 'Closed', label: t('reports:col.closed'), value: (r) => r.closedAt, cell: (r) => formatTime(r.closedAt, timeZone) },
    { header: 'Closed by', label: t('reports:col.closedBy'), value: (r) => r.closedBy },
    { header: 'Category', label: t('reports:col.category'), value: (r) => r.category },
    {
      header: 'Summary',
      label: t('reports:col.summary'),
      value: (r) => r.summary,
      cell: (r) => (
        <span className="report-summary" title={r.summary ?? undefined}>
          {r.summary ?? noValue}
        </span>
      ),
    },
    { header: 'Assignee', label: t('reports:col.assignee'), value: (r) => r.assigneeName ?? r.assignee },
    { header: 'Team', label: t('reports:col.team'), value: (r) => r.team },
    durationColumn('First response', (r) => r.firstResponseSeconds, t('reports:col.firstResponse')),
    durationColumn('Resolution', (r) => r.resolutionSeconds, t('reports:col.resolution')),
    countColumn('CSAT', (r) => r.csatScore, t('reports:col.csat')),
  ];
}

/** Conversations log: one row per conversation opened in the range, and the server's full CSV. */
export function ConversationsLogTab({ filters, filtersKey, timeZone }: TabProps) {
  const { t } = useTranslation('reports');
  const label = (key: string): string => t(key);
  const state = useReport(() => reportsApi.conversations(filters), filtersKey);
  const csvUrl = reportsApi.conversationsCsvUrl(filters);
  return (
    <ReportStateView state={state}>
      {(report) => (
        <>
          <p className="muted">
            {report.truncated ? `${t('log.truncated')} ` : ''}
            <a className="button-link" href={csvUrl} download={`conversations-${filters.from}-${filters.to}.csv`}>
              {t('log.download')}
            </a>{' '}
            {t('log.downloadNote')}
          </p>
          <ReportTable
            testId="conversations-table"
            title={t('overview.conversations')}
            fileName="conversations-log"
            columns={logColumns(timeZone, label)}
            rows={report.conversations}
            rowKey={(r) => r.id}
          />
        </>
      )}
    </ReportStateView>
  );
}
