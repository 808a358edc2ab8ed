import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError, signIn, signInWithCode, type Viewer } from '../api/api-client';
import { LanguageSelect } from './language-select';
import './sign-in-screen.css';

/**
 * Sign in with email and password, then (two-factor on) the code from the authenticator app. The
 * API token is not taken here: it is for scripts, and a browser would keep it. The first admin
 * comes from `npm start` (printed once) or `npx lineflow user add --admin`. The language picker here only
 * switches this browser (nobody is known yet): the person's saved language applies once signed in.
 */
export function SignInScreen({ onSignedIn }: { onSignedIn: (viewer: Viewer) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation('app');

  const submit = (attempt: () => Promise<Viewer | 'code-needed'>) => {
    setBusy(true);
    setError(null);
    attempt().then(
      (answer) => {
        setBusy(false);
        if (answer !== 'code-needed') return onSignedIn(answer);
        setStep('code');
        setPassword('');
      },
      (err: unknown) => {
        setError(err instanceof ApiError ? err.message : String(err));
        setBusy(false);
        // The code waits 5 minutes: past that, or after sign-out elsewhere, start again.
        if (err instanceof ApiError && err.status === 401 && step === 'code' && /first/.test(err.message)) setStep('password');
      },
    );
  };

  const problem = error ? (
    <p className="field-problems" role="alert">
      {error}
    </p>
  ) : null;

  return (
    <main className="token-gate">
      <div className="sign-in-header">
        <h1>LineFlow</h1>
        <LanguageSelect />
      </div>
      {step === 'password' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit(() => signIn(email, password));
          }}
        >
          <label htmlFor="email">{t('signIn.email')}</label>
          <input id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
          <label htmlFor="password">{t('signIn.password')}</label>
          <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          {problem}
          <button type="submit" className="primary" disabled={busy || !email || !password}>
            {t('signIn.submit')}
          </button>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit(() => signInWithCode(code.trim()));
          }}
        >
          <p>
            <Trans t={t} i18nKey="signIn.codeIntro" values={{ email }} components={{ b: <strong /> }} />
          </p>
          <label htmlFor="code">{t('signIn.codeLabel')}</label>
          <input
            id="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setError(null);
            }}
            placeholder="123456"
            autoFocus
          />
          <p className="muted">{t('signIn.recoveryHint')}</p>
          {problem}
          <button type="submit" className="primary" disabled={busy || !code.trim()}>
            {t('signIn.verify')}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => {
              setStep('password');
              setCode('');
              setError(null);
            }}
          >
            {t('signIn.otherAccount')}
          </button>
        </form>
      )}
    </main>
  );
}
