import type { ReactNode } from 'react';
import { i18n } from '../i18n/i18n';
import type { ReportState } from './use-report';

/** A report's error, its first load, or its data (dimmed while newer filters load). */
export function ReportStateView<T>({ state, children }: { state: ReportState<T>; children: (data: T) => ReactNode }) {
  if (state.error) {
    return (
      <div className="notice error" role="alert">
        {state.error}
      </div>
    );
  }
  if (!state.data) return <p className="muted">{i18n.t('reports:loading')}</p>;
  return (
    <div className={state.loading ? 'report-body loading' : 'report-body'} aria-busy={state.loading}>
      {children(state.data)}
    </div>
  );
}
