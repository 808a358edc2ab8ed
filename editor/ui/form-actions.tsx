import { useTranslation } from 'react-i18next';

/** The foot of a dialog's form: its submit button (the primary action) and Cancel. */
export function FormActions({ submit, disabled = false, onCancel }: { submit: string; disabled?: boolean; onCancel: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className="dialog-actions">
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
