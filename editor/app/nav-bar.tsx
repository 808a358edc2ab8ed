import { signOut } from '../api/api-client';
import { useViewer } from './viewer';

/** The top bar of the list screens: where to go, who is signed in, sign out. */
export function NavBar({ current }: { current: 'workflows' | 'inbox' | 'admin' | 'reports' | 'account' | 'channels' | 'rich-menus' | 'teams' | 'contacts' }) {
  const viewer = useViewer();
  return (
    <nav className="nav-bar" aria-label="Main">
      <strong className="brand">LineFlow</strong>
      <a href="#/inbox" aria-current={current === 'inbox' ? 'page' : undefined}>
        Inbox
      </a>
      <a href="#/contacts" aria-current={current === 'contacts' ? 'page' : undefined}>
        Contacts
      </a>
      <a href="#/" aria-current={current === 'workflows' ? 'page' : undefined}>
        Workflows
      </a>
      {viewer.role === 'admin' ? (
        <a href="#/reports" aria-current={current === 'reports' ? 'page' : undefined}>
          Reports
        </a>
      ) : null}
      {viewer.role === 'admin' ? (
        <a href="#/admin" aria-current={current === 'admin' ? 'page' : undefined}>
          People and channel
        </a>
      ) : null}
      {viewer.role === 'admin' ? (
        <a href="#/teams" aria-current={current === 'teams' ? 'page' : undefined}>
          Teams
        </a>
      ) : null}
      {viewer.role === 'admin' ? (
        <a href="#/channels" aria-current={current === 'channels' ? 'page' : undefined}>
          Channels
        </a>
      ) : null}
      {viewer.role === 'admin' ? (
        <a href="#/rich-menus" aria-current={current === 'rich-menus' ? 'page' : undefined}>
          Rich menus
        </a>
      ) : null}
      <span className="spacer" />
      <span className="muted" data-testid="viewer">
        {viewer.name} ({viewer.role})
      </span>
      <a href="#/account" aria-current={current === 'account' ? 'page' : undefined}>
        My account
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
        Sign out
      </button>
    </nav>
  );
}
