import { reportsApi } from './reports-client';
import { CountsChart } from './charts';
import { definitions } from './definitions';
import { formatDuration } from './format';
import { HeatmapTable } from './heatmap-table';
import { ReportStateView } from './report-state';
import { StatCard } from './stat-card';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

/** Responses: how long customers waited for an agent, in buckets, and when conversations come in. */
export function ResponsesTab({ filters, filtersKey }: TabProps) {
  const state = useReport(() => reportsApi.responses(filters), filtersKey);
  return (
    <ReportStateView state={state}>
      {(report) => (
        <>
          <div className="stat-grid">
            <StatCard
              label="First response, median"
              value={report.firstResponseSeconds.median}
              format={formatDuration}
              help={`${definitions.firstResponse} ${definitions.percentiles}`}
            />
            <StatCard label="First response, p90" value={report.firstResponseSeconds.p90} format={formatDuration} help={definitions.percentiles} />
            <StatCard testId="stat-responded" label="Answered by an agent" value={report.firstResponseSeconds.count} />
          </div>
          <section className="report-section" aria-label="First response times">
            <h3>First response times</h3>
            <CountsChart
              title="Conversations by first response time"
              label="Conversations"
              labels={report.buckets.map((b) => b.label)}
              values={report.buckets.map((b) => b.count)}
            />
          </section>
          <HeatmapTable heatmap={report.heatmap} />
        </>
      )}
    </ReportStateView>
  );
}
