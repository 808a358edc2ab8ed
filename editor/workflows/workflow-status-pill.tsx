import '../workflow-editor/workflow-sharing.css';
import { useTranslation } from 'react-i18next';
import type { WorkflowSummary } from '../api/api-client';
import { formatDateTime } from '../i18n/format';

/** Draft, published (live) or paused, as the workflows list shows it. */
export function WorkflowStatusPill({ workflow }: { workflow: WorkflowSummary }) {
  const { t } = useTranslation('workflows');
  const version = workflow.publishedVersion;
  if (!version) return <span className="pill">{t('status.draft')}</span>;
  if (!workflow.paused) return <span className="pill live">{t('status.published', { version })}</span>;
  return (
    <span className="pill paused" title={t('status.pausedBy', { name: workflow.paused.by.name, when: formatDateTime(workflow.paused.at) })}>
      {t('status.paused', { version })}
    </span>
  );
}
