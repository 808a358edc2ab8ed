import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/api-client';

interface FieldRow {
  key: string;
  value: string;
}

/**
 * The test contact as the draft will see it: display name, language, contact fields and tags,
 * saved to the test contact (`{{contact.<field>}}`, conditions on tags) before or between runs.
 */
export function TestContactPanel({ contact, onClose }: { contact: string; onClose: () => void }) {
  const { t } = useTranslation('testChat');
  // The server's name for a test contact without one: customer data, not interface text.
  const [displayName, setDisplayName] = useState('Test user');
  const [language, setLanguage] = useState('');
  const [rows, setRows] = useState<FieldRow[]>([]);
  const [tags, setTags] = useState('');
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({ busy: true, message: null, failed: false });

  useEffect(() => {
    let live = true;
    api('getTestContact', { params: { userId: contact } }).then(
      (details) => {
        if (!live) return;
        setDisplayName(details.displayName ?? 'Test user');
        setLanguage(details.language ?? '');
        setRows(Object.entries(details.fields).map(([key, value]) => ({ key, value: typeof value === 'string' ? value : JSON.stringify(value) })));
        setTags(details.tags.join(', '));
        setState({ busy: false, message: null, failed: false });
      },
      (e: unknown) => live && setState({ busy: false, message: e instanceof ApiError ? e.message : String(e), failed: true }),
    );
    return () => {
      live = false;
    };
  }, [contact]);

  const save = async () => {
    setState({ busy: true, message: null, failed: false });
    try {
      await api('saveTestContact', {
        params: { userId: contact },
        body: {
          displayName,
          language,
          fields: Object.fromEntries(rows.filter((r) => r.key.trim()).map((r) => [r.key.trim(), r.value])),
          tags: tags
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        },
      });
      setState({ busy: false, message: t('contactPanel.saved'), failed: false });
    } catch (e) {
      setState({ busy: false, message: e instanceof ApiError ? e.message : String(e), failed: true });
    }
  };

  const setRow = (i: number, change: Partial<FieldRow>) => setRows(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));

  return (
    <form
      className="test-contact-panel"
      aria-label={t('contactPanel.label')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="test-contact-grid">
        <label>
          {t('contactPanel.displayName')}
          <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />
        </label>
        <label>
          {t('contactPanel.language')}
          <input value={language} placeholder={t('contactPanel.languagePlaceholder')} onChange={(e) => setLanguage(e.target.value)} />
        </label>
      </div>
      <fieldset>
        <legend>{t('contactPanel.fields')}</legend>
        {rows.map((row, i) => (
          <div className="test-contact-field" key={i}>
            <input
              aria-label={t('contactPanel.fieldName', { n: i + 1 })}
              placeholder={t('contactPanel.namePlaceholder')}
              value={row.key}
              onChange={(e) => setRow(i, { key: e.target.value })}
            />
            <input
              aria-label={t('contactPanel.fieldValue', { n: i + 1 })}
              placeholder={t('contactPanel.valuePlaceholder')}
              value={row.value}
              onChange={(e) => setRow(i, { value: e.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('contactPanel.removeField', { field: row.key || i + 1 })}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              <Trash2 className="icon" aria-hidden="true" />
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setRows([...rows, { key: '', value: '' }])}>
          <Plus className="icon" aria-hidden="true" /> {t('contactPanel.addField')}
        </button>
      </fieldset>
      <label>
        {t('contactPanel.tags')}
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      {state.message ? (
        <p className={state.failed ? 'trigger-form-problem' : 'muted'} role={state.failed ? 'alert' : 'status'}>
          {state.message}
        </p>
      ) : null}
      <div className="trigger-form-actions">
        <button type="button" onClick={onClose}>
          {t('contactPanel.done')}
        </button>
        <button type="submit" className="primary" disabled={state.busy}>
          {t('contactPanel.save')}
        </button>
      </div>
    </form>
  );
}
