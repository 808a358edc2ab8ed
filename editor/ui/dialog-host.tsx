import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './dialog';
import { useDialogRequests, type ConfirmRequest, type PromptRequest } from './dialog-requests';

/** Shows the first question asked through `useConfirm` / `usePrompt`; mounted once, by the app. */
export function DialogHost() {
  const request = useDialogRequests((s) => s.queue[0]);
  if (!request) return null;
  // A new key per request: a second question starts with its own text, not the first one's.
  return request.kind === 'confirm' ? <ConfirmDialog key={keyOf(request)} request={request} /> : <PromptDialog key={keyOf(request)} request={request} />;
}

const keys = new WeakMap<object, number>();
let next = 0;
function keyOf(request: object): number {
  if (!keys.has(request)) keys.set(request, next++);
  return keys.get(request) ?? 0;
}

function ConfirmDialog({ request }: { request: ConfirmRequest }) {
  const { t } = useTranslation('common');
  return (
    <Dialog title={request.title} onCancel={() => request.resolve(false)}>
      {request.message ? <p>{request.message}</p> : null}
      <div className="dialog-actions">
        <button type="button" className={request.danger ? 'danger-solid' : 'primary'} onClick={() => request.resolve(true)} data-autofocus>
          {request.confirmLabel ?? t('ok')}
        </button>
        <button type="button" onClick={() => request.resolve(false)}>
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function PromptDialog({ request }: { request: PromptRequest }) {
  const { t } = useTranslation('common');
  const [value, setValue] = useState(request.initial ?? '');
  const problem = request.check?.(value) ?? (value.trim() ? null : t('required', { field: request.label }));
  const [tried, setTried] = useState(false);
  return (
    <Dialog title={request.title} onCancel={() => request.resolve(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!problem) request.resolve(value.trim());
        }}
      >
        <div className="field">
          <label htmlFor="prompt-value">{request.label}</label>
          <input
            id="prompt-value"
            value={value}
            aria-invalid={tried && problem !== null}
            aria-describedby={tried && problem ? 'prompt-problem' : undefined}
            onChange={(e) => setValue(e.target.value)}
            onFocus={(e) => e.target.select()}
          />
          {tried && problem ? (
            <p id="prompt-problem" className="field-problems" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {request.confirmLabel ?? t('ok')}
          </button>
          <button type="button" onClick={() => request.resolve(null)}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
