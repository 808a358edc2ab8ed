import { useState } from 'react';
import { signOut } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import { useViewer } from '../app/viewer';
import { PasswordPanel } from './password-panel';
import { SessionsPanel } from './sessions-panel';
import { TwoFactorPanel } from './two-factor-panel';
import './account.css';

/**
 * My account: two-factor sign-in, where one is signed in, the password. `required`: an admin who
 * must turn two-factor on first (REQUIRE_ADMIN_2FA) sees only that, then goes on to the app.
 */
export function AccountScreen({ required = false }: { required?: boolean }) {
  const viewer = useViewer();
  const [sessionsVersion, setSessionsVersion] = useState(0);
  if (required) {
    return (
      <>
        <nav className="nav-bar" aria-label="Main">
          <strong className="brand">LineFlow</strong>
          <span className="spacer" />
          <span className="muted" data-testid="viewer">
            {viewer.name} ({viewer.role})
          </span>
          <button type="button" onClick={() => void signOut().then(() => window.location.reload())}>
            Sign out
          </button>
        </nav>
        <main className="account-screen">
          <h2>Turn on two-factor sign-in</h2>
          <TwoFactorPanel required onDone={() => window.location.reload()} />
        </main>
      </>
    );
  }
  return (
    <>
      <NavBar current="account" />
      <main className="account-screen">
        <h2>My account</h2>
        <p className="muted">
          {viewer.name} · {viewer.role}
        </p>
        <TwoFactorPanel />
        <SessionsPanel version={sessionsVersion} />
        <PasswordPanel onChanged={() => setSessionsVersion((v) => v + 1)} />
      </main>
    </>
  );
}
