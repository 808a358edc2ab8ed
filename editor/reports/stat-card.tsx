import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeChange, formatCount, type Better } from './format';
import { InfoTip } from './definitions';

/** One number, beside the previous period's (when there is one) and how it moved. */
export function StatCard({
  label,
  value,
  previous,
  format = formatCount,
  better = 'higher',
  help,
  detail,
  testId,
}: {
  label: string;
  value: number | null;
  previous?: number | null;
  format?: (n: number | null) => string;
  better?: Better;
  help?: string;
  detail?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('reports');
  const change = previous === undefined ? null : describeChange(value, previous, better);
  return (
    <div className="stat-card" data-testid={testId}>
      <div className="stat-label">
        {label}
        {help ? <InfoTip text={help} /> : null}
      </div>
      <div className="stat-value" data-testid={testId ? `${testId}-value` : undefined}>
        {format(value)}
      </div>
      {previous !== undefined ? (
        <div className="stat-previous">
          {t('stat.previous', { value: format(previous) })}
          {change ? <span className={`stat-change ${change.tone}`}>{change.text}</span> : null}
        </div>
      ) : null}
      {detail ? <div className="stat-detail">{detail}</div> : null}
    </div>
  );
}
