import { useEffect, useState } from 'react';
import { api, ApiError } from '../api/api-client';
import type { ContactProfile } from '../../shared/api/conversations-api';
import type { MergePreview } from '../../shared/api/contacts-api';

type ContactItem = ContactProfile;

/** Merge another profile into this contact: find it, see the result, then confirm. */
export function MergeContacts({ contactId, onMerged }: { contactId: string; onMerged: () => void }) {
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
        Merge another profile into this one…
      </button>
    );
  return (
    <div className="dialog-backdrop" role="dialog" aria-label="Merge contacts">
      <div className="dialog">
        <h2>Merge another profile into this one</h2>
        {!preview ? (
          <>
            <input aria-label="Find a contact" placeholder="Name or LINE id" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
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
          <div className="comparison">
            <p>
              {source?.displayName ?? source?.id} → this contact. The result: <strong>{preview.result.displayName ?? 'no name'}</strong>, language{' '}
              {preview.result.language ?? '—'}, tags {preview.result.tags.join(', ') || '—'}.
            </p>
            <p>
              Moves {preview.moves.conversations} conversation(s), {preview.moves.messages} message(s), {preview.moves.runs} run(s). This cannot be undone.
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
              Merge
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
          Cancel
        </button>
      </div>
    </div>
  );
}
