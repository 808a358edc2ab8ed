import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { accountApi } from './account-api';
import { QrCode } from './qr-code';

type Stage =
  { kind: 'loading' } | { kind: 'off' } | { kind: 'setup'; secret: string; uri: string } | { kind: 'codes'; recoveryCodes: string[] } | { kind: 'on' };

const message = (error: unknown) => (error instanceof ApiError ? error.message : String(error));
/** The key in groups of four, as authenticator apps show and people type it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Two-factor sign-in: turning it on (QR code, the key as text, a code to confirm, the recovery codes
 * shown once) and off. `onDone` runs when the recovery codes are put away (the required setup goes on to the app).
 */
export function TwoFactorPanel({ required = false, onDone }: { required?: boolean; onDone?: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [code, setCode] = useState('');
  const [proof, setProof] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation('account');
  useEffect(() => {
    accountApi.me().then(
      (me) => setStage({ kind: me.twoFactor ? 'on' : 'off' }),
      (e: unknown) => setError(message(e)),
    );
  }, []);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    work().then(
      () => setBusy(false),
      (e: unknown) => {
        setError(message(e));
        setBusy(false);
      },
    );
  };
  const problem = error ? (
    <p className="field-problems" role="alert">
      {error}
    </p>
  ) : null;

  return (
    <section className="account-card" aria-labelledby="two-factor-title">
      <h3 id="two-factor-title">{t('twoFactor.title')}</h3>
      {stage.kind === 'loading' ? <p className="muted">{t('common:loading')}</p> : null}
      {stage.kind === 'off' ? (
        <>
          <p>{required ? t('twoFactor.requiredIntro') : t('twoFactor.offIntro')}</p>
          {problem}
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => run(async () => setStage({ kind: 'setup', ...(await accountApi.startTwoFactor()) }))}
          >
            {t('twoFactor.turnOn')}
          </button>
        </>
      ) : null}
      {stage.kind === 'setup' ? (
        <form
          className="two-factor-setup"
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              const recoveryCodes = await accountApi.confirmTwoFactor(code.replace(/\s/g, ''));
              setCode('');
              setStage({ kind: 'codes', recoveryCodes });
            });
          }}
        >
          <div className="two-factor-qr">
            <QrCode value={stage.uri} label={t('twoFactor.qrLabel')} />
          </div>
          <ol className="two-factor-steps">
            <li>{t('twoFactor.scan')}</li>
            <li>
              {t('twoFactor.byHand')}
              <code className="two-factor-secret" data-testid="totp-secret" data-secret={stage.secret}>
                {grouped(stage.secret)}
              </code>
            </li>
            <li>
              <label htmlFor="totp-confirm-code">{t('twoFactor.codeLabel')}</label>
              <input
                id="totp-confirm-code"
                inputMode="numeric"
                autoComplete="one-time-code"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                placeholder="123456"
                autoFocus
              />
            </li>
          </ol>
          {problem}
          <div className="row-actions">
            <button type="submit" className="primary" disabled={busy || code.replace(/\s/g, '').length !== 6}>
              {t('twoFactor.confirm')}
            </button>
            <button type="button" onClick={() => setStage({ kind: 'off' })} disabled={busy}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {stage.kind === 'codes' ? (
        <>
          <p className="notice" role="status">
            {t('twoFactor.isOn')}
          </p>
          <p>
            {t('twoFactor.saveCodes')} <strong>{t('twoFactor.shownOnce')}</strong>
          </p>
          <ul className="recovery-codes" aria-label={t('twoFactor.recoveryCodes')}>
            {stage.recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <div className="row-actions">
            <button type="button" onClick={() => void navigator.clipboard?.writeText(stage.recoveryCodes.join('\n'))}>
              {t('twoFactor.copyCodes')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setStage({ kind: 'on' });
                onDone?.();
              }}
            >
              {required ? t('twoFactor.savedGoOn') : t('twoFactor.saved')}
            </button>
          </div>
        </>
      ) : null}
      {stage.kind === 'on' ? (
        <form
          className="two-factor-off"
          onSubmit={(e) => {
            e.preventDefault();
            const typed = proof.trim();
            run(async () => {
              await accountApi.stopTwoFactor(/^\d{6}$/.test(typed) ? { code: typed } : { password: typed });
              setProof('');
              setStage({ kind: 'off' });
            });
          }}
        >
          <p>{t('twoFactor.onIntro')}</p>
          <label htmlFor="totp-off-proof">{t('twoFactor.offProofLabel')}</label>
          <input id="totp-off-proof" type="password" autoComplete="current-password" value={proof} onChange={(e) => setProof(e.target.value)} />
          {problem}
          <button type="submit" className="danger" disabled={busy || !proof.trim()}>
            {t('twoFactor.turnOff')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
