import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { Dialog } from '../ui/dialog';
import { conversationExtrasApi, type SavedReplyItem } from './inbox-api';
import './composer.css';

/** Fields agents may put in a saved reply, filled for the conversation when it is inserted. */
const fieldsHint = '{{contact.displayName}}, {{contact.language}}, {{contact.<field>}}, {{conversation.team}}';

/**
 * Saved replies kept by hand: one's own (`mine`), and for admins the shared ones. Listed with
 * their codes; added, changed and deleted here. `scope` picks which ones it manages.
 */
export function SavedRepliesPanel({ scope, onClose }: { scope: 'mine' | 'shared'; onClose: () => void }) {
  const { t } = useTranslation('inbox');
  const [replies, setReplies] = useState<SavedReplyItem[]>([]);
  const [editing, setEditing] = useState<SavedReplyItem | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => conversationExtrasApi.savedReplies().then((all) => setReplies(all.filter((r) => r.scope === scope)));
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening
  }, []);
  const run = (what: Promise<unknown>) =>
    what.then(
      () => {
        setEditing(null);
        setError(null);
        return refresh();
      },
      (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
    );

  return (
    <Dialog title={scope === 'shared' ? t('savedReplies.sharedTitle') : t('savedReplies.mineTitle')} onCancel={onClose} className="saved-replies-panel">
      <p className="muted">{t('savedReplies.howTo', { fields: fieldsHint, interpolation: { escapeValue: false } })}</p>
      {replies.length === 0 ? <p className="muted">{t('savedReplies.none')}</p> : null}
      {replies.length ? (
        <table>
          <thead>
            <tr>
              <th>{t('savedReplies.code')}</th>
              <th>{t('savedReplies.titleColumn')}</th>
              <th>{t('savedReplies.text')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {replies.map((reply) => (
              <tr key={reply.id}>
                <td>/{reply.code}</td>
                <td>{reply.title}</td>
                <td className="saved-reply-text">{reply.text}</td>
                <td>
                  {reply.canEdit ? (
                    <>
                      <button type="button" className="link" onClick={() => setEditing(reply)}>
                        {t('savedReplies.edit')}
                      </button>{' '}
                      <button type="button" className="link" onClick={() => void run(conversationExtrasApi.deleteSavedReply(reply.id))}>
                        {t('savedReplies.delete')}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <ReplyForm
          key={editing === 'new' ? 'new' : editing.id}
          reply={editing === 'new' ? null : editing}
          onSave={(fields) =>
            void run(
              editing === 'new' ? conversationExtrasApi.createSavedReply({ scope, ...fields }) : conversationExtrasApi.updateSavedReply(editing.id, fields),
            )
          }
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('savedReplies.done')}
          </button>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('savedReplies.add')}
          </button>
        </div>
      )}
      {error ? (
        <p className="field-problems" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}

function ReplyForm({
  reply,
  onSave,
  onCancel,
}: {
  reply: SavedReplyItem | null;
  onSave: (fields: { code: string; title: string; text: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('inbox');
  const [code, setCode] = useState(reply?.code ?? '');
  const [title, setTitle] = useState(reply?.title ?? '');
  const [text, setText] = useState(reply?.text ?? '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ code, title, text });
      }}
    >
      <label>
        {t('savedReplies.codeLabel')}
        <input value={code} onChange={(e) => setCode(e.target.value)} placeholder={t('savedReplies.codePlaceholder')} required />
      </label>
      <label>
        {t('savedReplies.titleColumn')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('savedReplies.titlePlaceholder')} />
      </label>
      <label>
        {t('savedReplies.text')}
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('savedReplies.textPlaceholder', { field: '{{contact.displayName}}', interpolation: { escapeValue: false } })}
          required
        />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="primary">
          {t('save')}
        </button>
      </div>
    </form>
  );
}
