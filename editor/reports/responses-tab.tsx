import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('reports');
  const state = useReport(() => reportsApi.responses(filters), filtersKey);
  return (
    <ReportStateView state={state}>
      {(report) => (
        <>
          <div className="stat-grid">
            <StatCard
              label={t('overview.firstResponseMedian')}
              value={report.firstResponseSeconds.median}
              format={formatDuration}
              help={`${definitions.firstResponse} ${definitions.percentiles}`}
            />
            <StatCard label={t('overview.firstResponseP90')} value={report.firstResponseSeconds.p90} format={formatDuration} help={definitions.percentiles} />
            <StatCard testId="stat-responded" label={t('responses.answered')} value={report.firstResponseSeconds.count} />
          </div>
          <section className="report-section" aria-label={t('responses.firstResponseTimes')}>
            <h3>{t('responses.firstResponseTimes')}</h3>
            <CountsChart
              title={t('responses.byFirstResponse')}
              label={t('overview.conversations')}
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
