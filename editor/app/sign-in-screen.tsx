import { useState } from 'react';
import { ApiError, saveToken, signIn, type Viewer } from '../api/api-client';

/** Sign in with email and password, or (automation, first start) with the API token. */
export function SignInScreen({ onSignedIn }: { onSignedIn: (viewer: Viewer | null) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [useToken, setUseToken] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main className="token-gate">
      <h1>LineFlow</h1>
      {useToken ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            saveToken(token.trim());
            onSignedIn(null);
          }}
        >
          <label htmlFor="token">API token</label>
          <input id="token" value={token} onChange={(e) => setToken(e.target.value)} autoFocus />
          <p className="muted">`npm start` printed it on the first start; it is also in DATA_DIR/admin-api-token.</p>
          <button type="submit" className="primary" disabled={!token.trim()}>
            Open
          </button>
          <button type="button" className="link" onClick={() => setUseToken(false)}>
            Sign in with email instead
          </button>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            signIn(email, password).then(onSignedIn, (err: unknown) => {
              setError(err instanceof ApiError ? err.message : String(err));
              setBusy(false);
            });
          }}
        >
          <label htmlFor="email">Email</label>
          <input id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
          <label htmlFor="password">Password</label>
          <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          {error ? (
            <p className="field-problems" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={busy || !email || !password}>
            Sign in
          </button>
          <button type="button" className="link" onClick={() => setUseToken(true)}>
            Use the API token
          </button>
        </form>
      )}
    </main>
  );
}
