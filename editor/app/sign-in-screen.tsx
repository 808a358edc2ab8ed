import { useState } from 'react';
import { ApiError, signIn, signInWithCode, type Viewer } from '../api/api-client';

/**
 * Sign in with email and password, then (two-factor on) the code from the authenticator app. The
 * API token is not taken here: it is for scripts, and a browser would keep it. The first admin
 * comes from `npm start` (printed once) or `npx lineflow user add --admin`.
 */
export function SignInScreen({ onSignedIn }: { onSignedIn: (viewer: Viewer) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
      <h1>LineFlow</h1>
      {step === 'password' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit(() => signIn(email, password));
          }}
        >
          <label htmlFor="email">Email</label>
          <input id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
          <label htmlFor="password">Password</label>
          <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          {problem}
          <button type="submit" className="primary" disabled={busy || !email || !password}>
            Sign in
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
            Two-factor sign-in is on for <strong>{email}</strong>.
          </p>
          <label htmlFor="code">Code from your authenticator app</label>
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
          <p className="muted">No phone at hand? Type one of your recovery codes instead.</p>
          {problem}
          <button type="submit" className="primary" disabled={busy || !code.trim()}>
            Verify
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
            Use another account
          </button>
        </form>
      )}
    </main>
  );
}
