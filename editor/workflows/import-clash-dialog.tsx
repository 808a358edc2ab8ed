import { Trans, useTranslation } from 'react-i18next';
import type { ExistingWorkflow } from '../api/workflow-sync-api';
import { Dialog } from '../ui/dialog';

export type ImportChoice = 'replace' | 'new' | 'cancel';

/** An imported file's id is a workflow that exists: the admin says whether it replaces that draft or becomes a new workflow. */
export function ImportClashDialog({
  fileName,
  existing,
  onChoose,
}: {
  fileName: string;
  existing: ExistingWorkflow;
  onChoose: (choice: ImportChoice) => void;
}) {
  const { t } = useTranslation('workflows');
  const live = existing.publishedVersion === null ? t('clash.notPublished') : t('clash.live', { version: existing.publishedVersion });
  return (
    <Dialog title={t('clash.title', { name: existing.name })} onCancel={() => onChoose('cancel')}>
      <p>
        <Trans
          t={t}
          i18nKey="clash.holds"
          values={{ file: fileName, id: existing.id, name: existing.name, live }}
          components={{ c: <code />, b: <strong /> }}
        />
      </p>
      <ul>
        <li>{t('clash.replaceHint')}</li>
        <li>{t('clash.newHint', { name: existing.name })}</li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => onChoose('replace')}>
          {t('clash.replace')}
        </button>
        <button type="button" onClick={() => onChoose('new')}>
          {t('clash.importNew')}
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          {t('clash.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
