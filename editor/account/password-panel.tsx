import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { accountApi } from './account-api';

/** Change one's own password (the current one first); every other session then ends. */
export function PasswordPanel({ onChanged }: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  // The server's refusal is shown as it comes; the success text is ours, translated when shown.
  const [result, setResult] = useState<{ kind: 'ok' } | { kind: 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const mismatch = again !== '' && next !== again;
  const { t } = useTranslation('account');
  return (
    <section className="account-card" aria-labelledby="password-title">
      <h3 id="password-title">{t('password.title')}</h3>
      <form
        className="password-form"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setResult(null);
          accountApi.changePassword(current, next).then(
            () => {
              setBusy(false);
              setCurrent('');
              setNext('');
              setAgain('');
              setResult({ kind: 'ok' });
              onChanged();
            },
            (err: unknown) => {
              setBusy(false);
              setResult({ kind: 'error', text: err instanceof ApiError ? err.message : String(err) });
            },
          );
        }}
      >
        <label htmlFor="current-password">{t('password.current')}</label>
        <input id="current-password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        <label htmlFor="new-password">{t('password.new')}</label>
        <input id="new-password" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
        <label htmlFor="new-password-again">{t('password.again')}</label>
        <input
          id="new-password-again"
          type="password"
          autoComplete="new-password"
          value={again}
          aria-invalid={mismatch}
          onChange={(e) => setAgain(e.target.value)}
        />
        {mismatch ? <p className="field-problems">{t('password.differ')}</p> : null}
        {result ? (
          <p className={result.kind === 'ok' ? 'notice' : 'field-problems'} role={result.kind === 'ok' ? 'status' : 'alert'}>
            {result.kind === 'ok' ? t('password.changed') : result.text}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy || !current || next.length < 10 || next !== again}>
          {t('password.change')}
        </button>
      </form>
    </section>
  );
}
