import type { ConversationRow } from './reports-client';
import { reportsApi } from './reports-client';
import { formatTime } from './format';
import { countColumn, durationColumn, ReportTable, type Column } from './report-table';
import { ReportStateView } from './report-state';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

function logColumns(timeZone: string | undefined): Column<ConversationRow>[] {
  return [
    { header: 'Opened', value: (r) => r.openedAt, cell: (r) => formatTime(r.openedAt, timeZone) },
    { header: 'Conversation', csvOnly: true, value: (r) => r.id },
    {
      header: 'Contact',
      value: (r) => r.contactName ?? r.contactId,
      cell: (r) => (
        <a href={`#/inbox/${encodeURIComponent(r.id)}`} title="Open the conversation in the inbox">
          {r.contactName ?? r.contactId}
        </a>
      ),
    },
    { header: 'Opened by', value: (r) => r.openedBy },
    { header: 'Closed', value: (r) => r.closedAt, cell: (r) => formatTime(r.closedAt, timeZone) },
    { header: 'Closed by', value: (r) => r.closedBy },
    { header: 'Category', value: (r) => r.category },
    {
      header: 'Summary',
      value: (r) => r.summary,
      cell: (r) => (
        <span className="report-summary" title={r.summary ?? undefined}>
          {r.summary ?? '—'}
        </span>
      ),
    },
    { header: 'Assignee', value: (r) => r.assigneeName ?? r.assignee },
    { header: 'Team', value: (r) => r.team },
    durationColumn('First response', (r) => r.firstResponseSeconds),
    durationColumn('Resolution', (r) => r.resolutionSeconds),
    countColumn('CSAT', (r) => r.csatScore),
  ];
}

/** Conversations log: one row per conversation opened in the range, and the server's full CSV. */
export function ConversationsLogTab({ filters, filtersKey, timeZone }: TabProps) {
  const state = useReport(() => reportsApi.conversations(filters), filtersKey);
  const csvUrl = reportsApi.conversationsCsvUrl(filters);
  return (
    <ReportStateView state={state}>
      {(report) => (
        <>
          <p className="muted">
            {report.truncated ? 'The newest 1,000 conversations are shown; the download has them all. ' : ''}
            <a className="button-link" href={csvUrl} download={`conversations-${filters.from}-${filters.to}.csv`}>
              Download CSV
            </a>{' '}
            (every conversation opened in the range, from the server)
          </p>
          <ReportTable
            testId="conversations-table"
            title="Conversations"
            fileName="conversations-log"
            columns={logColumns(timeZone)}
            rows={report.conversations}
            rowKey={(r) => r.id}
          />
        </>
      )}
    </ReportStateView>
  );
}
