import { signOut } from '../api/api-client';
import { useTranslation } from 'react-i18next';
import { useViewer } from './viewer';
import { LanguageSelect } from './language-select';
import { saveLanguage } from './save-language';

/** The top bar of the list screens: where to go, who is signed in, sign out. */
export function NavBar({ current }: { current: 'workflows' | 'inbox' | 'admin' | 'reports' | 'account' | 'channels' | 'rich-menus' | 'teams' | 'contacts' }) {
  const viewer = useViewer();
  const { t } = useTranslation('app');
  return (
    <nav className="nav-bar" aria-label={t('nav.main')}>
      <strong className="brand">LineFlow</strong>
      <a href="#/inbox" aria-current={current === 'inbox' ? 'page' : undefined}>
        {t('nav.inbox')}
      </a>
      <a href="#/contacts" aria-current={current === 'contacts' ? 'page' : undefined}>
        {t('nav.contacts')}
      </a>
      <a href="#/" aria-current={current === 'workflows' ? 'page' : undefined}>
        {t('nav.workflows')}
      </a>
      {viewer.role === 'admin' ? (
        <a href="#/reports" aria-current={current === 'reports' ? 'page' : undefined}>
          {t('nav.reports')}
        </a>
      ) : null}
      {viewer.role === 'admin' ? (
        <a href="#/admin" aria-current={current === 'admin' ? 'page' : undefined}>
          {t('nav.admin')}
        </a>
      ) : null}
      {viewer.role === 'admin' ? (
        <a href="#/teams" aria-current={current === 'teams' ? 'page' : undefined}>
          {t('nav.teams')}
        </a>
      ) : null}
      {viewer.role === 'admin' ? (
        <a href="#/channels" aria-current={current === 'channels' ? 'page' : undefined}>
          {t('nav.channels')}
        </a>
      ) : null}
      {viewer.role === 'admin' ? (
        <a href="#/rich-menus" aria-current={current === 'rich-menus' ? 'page' : undefined}>
          {t('nav.richMenus')}
        </a>
      ) : null}
      <span className="spacer" />
      <span className="muted" data-testid="viewer">
        {t('nav.viewer', { name: viewer.name, role: t(`common:roles.${viewer.role}`) })}
      </span>
      <LanguageSelect onChange={saveLanguage} />
      <a href="#/account" aria-current={current === 'account' ? 'page' : undefined}>
        {t('nav.myAccount')}
      </a>
      <button
        type="button"
        onClick={() =>
          void signOut().then(() => {
            window.location.hash = '#/';
            window.location.reload();
          })
        }
      >
        {t('nav.signOut')}
      </button>
    </nav>
  );
}
