import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/api-client';
import type { ContactProfile } from '../../shared/api/conversations-api';
import type { MergePreview } from '../../shared/api/contacts-api';

type ContactItem = ContactProfile;

/** Merge another profile into this contact: find it, see the result, then confirm. */
export function MergeContacts({ contactId, onMerged }: { contactId: string; onMerged: () => void }) {
  const { t } = useTranslation('inbox');
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ContactItem[]>([]);
  const [source, setSource] = useState<ContactItem | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    void api('listContacts', { query: { query } }).then((r) => setFound(r.contacts.filter((c) => c.id !== contactId)));
  }, [open, query, contactId]);

  const pick = async (contact: ContactItem) => {
    setSource(contact);
    setError(null);
    try {
      setPreview(await api('previewContactMerge', { params: { id: contact.id }, query: { into: contactId } }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  if (!open)
    return (
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('merge.open')}
      </button>
    );
  return (
    <div className="dialog-backdrop" role="dialog" aria-label={t('merge.dialog')}>
      <div className="dialog">
        <h2>{t('merge.title')}</h2>
        {!preview ? (
          <>
            <input aria-label={t('merge.find')} placeholder={t('merge.findPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
            <ul className="versions">
              {found.map((c) => (
                <li key={c.id}>
                  <button type="button" onClick={() => void pick(c)}>
                    {c.displayName ?? c.id}
                  </button>{' '}
                  <span className="muted">{c.id}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <div className="comparison merge-result">
            <p>
              {t('merge.result', {
                source: source?.displayName ?? source?.id,
                name: preview.result.displayName ?? t('merge.noName'),
                language: preview.result.language ?? '—',
                tags: preview.result.tags.join(', ') || '—',
              })}
            </p>
            <p>
              {t('merge.moves', {
                conversations: t('merge.conversations', { count: preview.moves.conversations }),
                messages: t('merge.messages', { count: preview.moves.messages }),
                runs: t('merge.runs', { count: preview.moves.runs }),
              })}
            </p>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void api('mergeContact', { params: { id: source?.id ?? '' }, body: { into: contactId } }).then(
                  () => {
                    setOpen(false);
                    onMerged();
                  },
                  (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
                )
              }
            >
              {t('merge.submit')}
            </button>
          </div>
        )}
        {error ? (
          <p className="field-problems" role="alert">
            {error}
          </p>
        ) : null}
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setPreview(null);
            setSource(null);
          }}
        >
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
