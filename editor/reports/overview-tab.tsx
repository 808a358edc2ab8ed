import { useTranslation } from 'react-i18next';
import type { OverviewReport, ReportPeriod } from './reports-client';
import { reportsApi } from './reports-client';
import { SeriesChart } from './charts';
import { definitions, Definitions } from './definitions';
import { formatAverage, formatDuration, formatRate } from './format';
import { ReportStateView } from './report-state';
import { StatCard } from './stat-card';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

const conversationKeys = ['opened', 'closed'];
const dayMs = 86_400_000;

/** The same number of days just before the range, as the server compares. */
function previousPeriod(range: { from: string; to: string }): string {
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${range.to}T00:00:00Z`) - from) / dayMs) + 1;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return days === 1 ? day(from - dayMs) : `${day(from - days * dayMs)} – ${day(from - dayMs)}`;
}

function Cards({ now, before }: { now: ReportPeriod; before: ReportPeriod }) {
  const { t } = useTranslation('reports');
  const fromAssignment = now.firstResponseFromAssignmentSeconds;
  const p90 = (d: { p90: number | null; count: number }) => t('overview.p90Detail', { p90: formatDuration(d.p90), count: d.count });
  return (
    <>
      <h3>{t('overview.conversations')}</h3>
      <div className="stat-grid">
        <StatCard testId="stat-opened" label={t('overview.opened')} value={now.conversations.opened} previous={before.conversations.opened} better="neither" />
        <StatCard testId="stat-closed" label={t('overview.closed')} value={now.conversations.closed} previous={before.conversations.closed} />
        <StatCard
          testId="stat-open"
          label={t('overview.stillOpen')}
          value={now.conversations.open}
          previous={before.conversations.open}
          better="lower"
          help={definitions.open}
        />
        <StatCard testId="stat-new-contacts" label={t('overview.newContacts')} value={now.contacts.new} previous={before.contacts.new} />
      </div>
      <h3>{t('overview.times')}</h3>
      <div className="stat-grid">
        <StatCard
          testId="stat-first-response"
          label={t('overview.firstResponseMedian')}
          value={now.firstResponseSeconds.median}
          previous={before.firstResponseSeconds.median}
          format={formatDuration}
          better="lower"
          help={`${definitions.firstResponse} ${definitions.percentiles}`}
          detail={p90(now.firstResponseSeconds)}
        />
        {fromAssignment ? (
          <StatCard
            label={t('overview.fromAssignmentMedian')}
            value={fromAssignment.median}
            previous={before.firstResponseFromAssignmentSeconds?.median ?? null}
            format={formatDuration}
            better="lower"
            help={definitions.firstResponseFromAssignment}
            detail={p90(fromAssignment)}
          />
        ) : null}
        <StatCard
          testId="stat-resolution"
          label={t('overview.resolutionMedian')}
          value={now.resolutionSeconds.median}
          previous={before.resolutionSeconds.median}
          format={formatDuration}
          better="lower"
          help={`${definitions.resolution} ${definitions.percentiles}`}
          detail={p90(now.resolutionSeconds)}
        />
        <StatCard
          testId="stat-csat"
          label={t('overview.csatAverage')}
          value={now.csat.average}
          previous={before.csat.average}
          format={formatAverage}
          help={definitions.csat}
          detail={t('overview.csatDetail', { count: now.csat.responses, rate: formatRate(now.csat.responseRate) })}
        />
      </div>
      <h3>{t('overview.messages')}</h3>
      <div className="stat-grid">
        <StatCard testId="stat-received" label={t('overview.received')} value={now.messages.received} previous={before.messages.received} better="neither" />
        <StatCard label={t('overview.sentByBot')} value={now.messages.sentByBot} previous={before.messages.sentByBot} better="neither" />
        <StatCard
          testId="stat-sent-by-agents"
          label={t('overview.sentByAgents')}
          value={now.messages.sentByAgents}
          previous={before.messages.sentByAgents}
          better="neither"
        />
        <StatCard label={t('overview.sentByReply')} value={now.messages.reply} previous={before.messages.reply} better="neither" help={definitions.replyPush} />
        <StatCard label={t('overview.sentByPush')} value={now.messages.push} previous={before.messages.push} better="neither" help={definitions.replyPush} />
        {now.messages.failed !== undefined ? (
          <StatCard label={t('overview.failed')} value={now.messages.failed} previous={before.messages.failed ?? null} better="lower" />
        ) : null}
      </div>
    </>
  );
}

function OverviewCharts({ report }: { report: OverviewReport }) {
  const { t } = useTranslation('reports');
  const keys = [...new Set(report.series.points.flatMap((p) => Object.keys(p.values)))];
  const unit = report.series.unit === 'hour' ? t('overview.byHour') : t('overview.byDay');
  return (
    <div className="chart-pair">
      <section className="report-section" aria-label={t('overview.conversationsOverTime')}>
        <h3>{t('overview.conversationsOverTimeBy', { unit })}</h3>
        <SeriesChart title={t('overview.conversationsOverTime')} series={report.series} keys={keys.filter((k) => conversationKeys.includes(k))} />
      </section>
      <section className="report-section" aria-label={t('overview.messagesOverTime')}>
        <h3>{t('overview.messagesOverTimeBy', { unit })}</h3>
        <SeriesChart title={t('overview.messagesOverTime')} series={report.series} keys={keys.filter((k) => !conversationKeys.includes(k))} />
      </section>
    </div>
  );
}

/** Overview: every headline number beside the previous period, the charts over time, and the definitions. */
export function OverviewTab({ filters, filtersKey }: TabProps) {
  const { t } = useTranslation('reports');
  const state = useReport(() => reportsApi.overview(filters), filtersKey);
  return (
    <ReportStateView state={state}>
      {(report) => (
        <>
          <p className="muted report-range">
            {t(report.range.hours === 'business' ? 'overview.rangeBusiness' : 'overview.rangeCalendar', { previous: previousPeriod(report.range) })}
          </p>
          <Cards now={report} before={report.previous} />
          <OverviewCharts report={report} />
          <Definitions />
        </>
      )}
    </ReportStateView>
  );
}
