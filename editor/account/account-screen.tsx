import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../app/language-select';
import { saveLanguage } from '../app/save-language';
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
  const { t } = useTranslation('app');
  if (required) {
    return (
      <>
        <nav className="nav-bar" aria-label={t('nav.main')}>
          <strong className="brand">LineFlow</strong>
          <span className="spacer" />
          <span className="muted" data-testid="viewer">
            {t('nav.viewer', { name: viewer.name, role: t(`common:roles.${viewer.role}`) })}
          </span>
          <button type="button" onClick={() => void signOut().then(() => window.location.reload())}>
            {t('nav.signOut')}
          </button>
        </nav>
        <main className="account-screen">
          <h2>{t('account.turnOnTwoFactor')}</h2>
          <TwoFactorPanel required onDone={() => window.location.reload()} />
        </main>
      </>
    );
  }
  return (
    <>
      <NavBar current="account" />
      <main className="account-screen">
        <h2>{t('nav.myAccount')}</h2>
        <p className="muted">{t('nav.viewer', { name: viewer.name, role: t(`common:roles.${viewer.role}`) })}</p>
        <section className="account-card" aria-labelledby="account-language">
          <h3 id="account-language">{t('account.language')}</h3>
          <LanguageSelect onChange={saveLanguage} />
        </section>
        <TwoFactorPanel />
        <SessionsPanel version={sessionsVersion} />
        <PasswordPanel onChanged={() => setSessionsVersion((v) => v + 1)} />
      </main>
    </>
  );
}
