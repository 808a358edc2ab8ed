import { useEffect, useState } from 'react';
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

  if (!admin) return <p className="muted">Only admins see this workflow's hook token.</p>;

  const rotate = async () => {
    setConfirming(false);
    try {
      setToken(await workflowsApi.rotateHookToken(workflowId));
      setShown(true);
      setMessage({ kind: 'ok', text: 'New token made; the old one no longer works. Give the new one to the systems that call this hook.' });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof ApiError ? `Not rotated: ${error.message}` : String(error) });
    }
  };

  return (
    <section className="hook-token" aria-label="Hook token">
      <h3>Calling this hook</h3>
      <p className="muted">
        <code>POST {`${window.location.origin}/hooks/${workflowId}`}</code> with <code>Authorization: Bearer</code> and the token below.
      </p>
      <div className="field">
        <label htmlFor="hook-token">Hook token</label>
        <input id="hook-token" readOnly type={shown ? 'text' : 'password'} value={token ?? ''} placeholder="none yet: publish or rotate to make one" />
        <button type="button" onClick={() => setShown((v) => !v)} disabled={!token}>
          {shown ? 'Hide' : 'Show'}
        </button>{' '}
        <button type="button" onClick={() => void navigator.clipboard.writeText(token ?? '')} disabled={!token}>
          Copy
        </button>{' '}
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Rotate
        </button>
      </div>
      {message ? (
        <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {confirming ? (
        <Dialog title="Rotate hook token" onCancel={() => setConfirming(false)}>
          <p>
            Make a new hook token? The current one <strong>stops working at once</strong>: every system that starts this workflow needs the new one.
          </p>
          <div className="dialog-actions">
            <button type="button" className="danger-solid" onClick={() => void rotate()}>
              Rotate token
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
