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
  const fromAssignment = now.firstResponseFromAssignmentSeconds;
  return (
    <>
      <h3>Conversations</h3>
      <div className="stat-grid">
        <StatCard testId="stat-opened" label="Opened" value={now.conversations.opened} previous={before.conversations.opened} better="neither" />
        <StatCard testId="stat-closed" label="Closed" value={now.conversations.closed} previous={before.conversations.closed} />
        <StatCard
          testId="stat-open"
          label="Still open"
          value={now.conversations.open}
          previous={before.conversations.open}
          better="lower"
          help={definitions.open}
        />
        <StatCard testId="stat-new-contacts" label="New contacts" value={now.contacts.new} previous={before.contacts.new} />
      </div>
      <h3>Response and resolution times</h3>
      <div className="stat-grid">
        <StatCard
          testId="stat-first-response"
          label="First response, median"
          value={now.firstResponseSeconds.median}
          previous={before.firstResponseSeconds.median}
          format={formatDuration}
          better="lower"
          help={`${definitions.firstResponse} ${definitions.percentiles}`}
          detail={`p90 ${formatDuration(now.firstResponseSeconds.p90)} · ${now.firstResponseSeconds.count} conversations`}
        />
        {fromAssignment ? (
          <StatCard
            label="From assignment, median"
            value={fromAssignment.median}
            previous={before.firstResponseFromAssignmentSeconds?.median ?? null}
            format={formatDuration}
            better="lower"
            help={definitions.firstResponseFromAssignment}
            detail={`p90 ${formatDuration(fromAssignment.p90)} · ${fromAssignment.count} conversations`}
          />
        ) : null}
        <StatCard
          testId="stat-resolution"
          label="Resolution, median"
          value={now.resolutionSeconds.median}
          previous={before.resolutionSeconds.median}
          format={formatDuration}
          better="lower"
          help={`${definitions.resolution} ${definitions.percentiles}`}
          detail={`p90 ${formatDuration(now.resolutionSeconds.p90)} · ${now.resolutionSeconds.count} conversations`}
        />
        <StatCard
          testId="stat-csat"
          label="CSAT average"
          value={now.csat.average}
          previous={before.csat.average}
          format={formatAverage}
          help={definitions.csat}
          detail={`${now.csat.responses} responses · ${formatRate(now.csat.responseRate)} answered`}
        />
      </div>
      <h3>Messages</h3>
      <div className="stat-grid">
        <StatCard testId="stat-received" label="Received" value={now.messages.received} previous={before.messages.received} better="neither" />
        <StatCard label="Sent by the bot" value={now.messages.sentByBot} previous={before.messages.sentByBot} better="neither" />
        <StatCard
          testId="stat-sent-by-agents"
          label="Sent by agents"
          value={now.messages.sentByAgents}
          previous={before.messages.sentByAgents}
          better="neither"
        />
        <StatCard label="Sent by reply" value={now.messages.reply} previous={before.messages.reply} better="neither" help={definitions.replyPush} />
        <StatCard label="Sent by push" value={now.messages.push} previous={before.messages.push} better="neither" help={definitions.replyPush} />
        {now.messages.failed !== undefined ? (
          <StatCard label="Failed deliveries" value={now.messages.failed} previous={before.messages.failed ?? null} better="lower" />
        ) : null}
      </div>
    </>
  );
}

function OverviewCharts({ report }: { report: OverviewReport }) {
  const keys = [...new Set(report.series.points.flatMap((p) => Object.keys(p.values)))];
  const unit = report.series.unit === 'hour' ? 'by hour' : 'by day';
  return (
    <div className="chart-pair">
      <section className="report-section" aria-label="Conversations over time">
        <h3>Conversations over time ({unit})</h3>
        <SeriesChart title="Conversations over time" series={report.series} keys={keys.filter((k) => conversationKeys.includes(k))} />
      </section>
      <section className="report-section" aria-label="Messages over time">
        <h3>Messages over time ({unit})</h3>
        <SeriesChart title="Messages over time" series={report.series} keys={keys.filter((k) => !conversationKeys.includes(k))} />
      </section>
    </div>
  );
}

/** Overview: every headline number beside the previous period, the charts over time, and the definitions. */
export function OverviewTab({ filters, filtersKey }: TabProps) {
  const state = useReport(() => reportsApi.overview(filters), filtersKey);
  return (
    <ReportStateView state={state}>
      {(report) => (
        <>
          <p className="muted report-range">
            Times in {report.range.hours === 'business' ? 'business hours' : 'calendar time'}. In small print: the previous period,{' '}
            {previousPeriod(report.range)}.
          </p>
          <Cards now={report} before={report.previous} />
          <OverviewCharts report={report} />
          <Definitions />
        </>
      )}
    </ReportStateView>
  );
}
