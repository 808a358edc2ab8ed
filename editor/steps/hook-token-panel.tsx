import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError, workflowsApi } from '../api/api-client';
import { useViewer } from '../app/viewer';
import { useEditor } from '../state/editor-store';
import { Dialog } from '../ui/dialog';

/**
 * How an outside system calls this workflow's incoming-webhook trigger, and its token (admins
 * only: agents are never sent it). Rotating makes a new token and the old one stops working at
 * once, for when it leaked or someone who knew it left.
 */
export function HookTokenPanel() {
  const workflowId = useEditor((s) => s.meta.id);
  const admin = useViewer().role === 'admin';
  const { t } = useTranslation('steps');
  const [token, setToken] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (!admin || !workflowId) return;
    workflowsApi.get(workflowId).then(
      (detail) => setToken(detail.hookToken),
      (error: Error) => setMessage({ kind: 'error', text: error.message }),
    );
  }, [admin, workflowId]);

  if (!admin) return <p className="muted">{t('hookToken.adminsOnly')}</p>;
  const hookUrl = `${window.location.origin}/hooks/${workflowId}`;

  const rotate = async () => {
    setConfirming(false);
    try {
      setToken(await workflowsApi.rotateHookToken(workflowId));
      setShown(true);
      setMessage({ kind: 'ok', text: t('hookToken.rotated') });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof ApiError ? t('hookToken.notRotated', { error: error.message }) : String(error) });
    }
  };

  return (
    <section className="hook-token" aria-label={t('hookToken.title')}>
      <h3>{t('hookToken.heading')}</h3>
      <p className="muted">
        <Trans t={t} i18nKey="hookToken.how" values={{ url: hookUrl, header: 'Authorization: Bearer' }} components={{ code: <code /> }} />
      </p>
      <div className="field">
        <label htmlFor="hook-token">{t('hookToken.title')}</label>
        <input id="hook-token" readOnly type={shown ? 'text' : 'password'} value={token ?? ''} placeholder={t('hookToken.none')} />
        <button type="button" onClick={() => setShown((v) => !v)} disabled={!token}>
          {shown ? t('hookToken.hide') : t('hookToken.show')}
        </button>{' '}
        <button type="button" onClick={() => void navigator.clipboard.writeText(token ?? '')} disabled={!token}>
          {t('hookToken.copy')}
        </button>{' '}
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('hookToken.rotate')}
        </button>
      </div>
      {message ? (
        <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {confirming ? (
        <Dialog title={t('hookToken.rotateTitle')} onCancel={() => setConfirming(false)}>
          <p>
            <Trans t={t} i18nKey="hookToken.rotateConfirm" components={{ b: <strong /> }} />
          </p>
          <div className="dialog-actions">
            <button type="button" className="danger-solid" onClick={() => void rotate()}>
              {t('hookToken.rotateToken')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
