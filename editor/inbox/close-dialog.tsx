import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { inboxApi } from './inbox-api';
import { Dialog } from '../ui/dialog';
import { FormActions } from '../ui/form-actions';

/** Closing with a category from settings (required when admins say so) and an optional summary, for reports. */
export function CloseDialog({
  conversationId,
  categories,
  required,
  onDone,
}: {
  conversationId: string;
  categories: string[];
  required: boolean;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation('inbox');
  const [category, setCategory] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = async () => {
    setBusy(true);
    try {
      await inboxApi.close(conversationId, { ...(category ? { category } : {}), ...(summary.trim() ? { summary: summary.trim() } : {}) });
      onDone(t('close.started'));
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.problems.map((p) => p.message)].join(' ') : String(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('close.title')} onCancel={() => onDone(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void close();
        }}
      >
        <fieldset className="close-categories">
          <legend>
            {t('close.category')}
            {required ? '' : <span className="optional"> {t('optional')}</span>}
          </legend>
          {categories.map((c) => (
            <label key={c}>
              <input type="radio" name="category" value={c} checked={category === c} onChange={() => setCategory(c)} /> {c}
            </label>
          ))}
          {required ? null : (
            <label>
              <input type="radio" name="category" value="" checked={category === ''} onChange={() => setCategory('')} /> {t('close.none')}
            </label>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor="close-summary">
            {t('close.summary')}
            <span className="optional"> {t('optional')}</span>
          </label>
          <textarea id="close-summary" rows={3} maxLength={2000} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </div>
        {required && !category ? <p className="muted">{t('close.chooseCategory')}</p> : null}
        {error ? (
          <p className="field-problems" role="alert">
            {error}
          </p>
        ) : null}
        <FormActions submit={t('close.submit')} disabled={busy || (required && !category)} onCancel={() => onDone(null)} />
      </form>
    </Dialog>
  );
}
