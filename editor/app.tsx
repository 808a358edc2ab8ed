import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentSession, type Viewer } from './api/api-client';
import { SignInScreen } from './app/sign-in-screen';
import { ViewerContext } from './app/viewer';
import { AdminScreen } from './admin/admin-screen';
import { ChannelsScreen } from './channels/channels-screen';
import { RichMenusScreen } from './rich-menus/rich-menus-screen';
import { TeamsScreen } from './teams/teams-screen';
import { AccountScreen } from './account/account-screen';
import { InboxScreen } from './inbox/inbox-screen';
import { ContactsScreen } from './contacts/contacts-screen';
import { ContactPage } from './contacts/contact-page';
import { InboxAlerts } from './inbox/inbox-alerts';
import { isReportTab } from './reports/report-tab-ids';
import { WorkflowsScreen } from './workflows/workflows-screen';
import { EditorScreen } from './workflow-editor/editor-screen';
import { DialogHost } from './ui/dialog-host';
import { ToastHost } from './ui/toast';

function useHashRoute(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

// Only admins open reports: the chart library stays out of the bundle the inbox and editor load.
const ReportsScreen = lazy(() => import('./reports/reports-screen'));

export function App() {
  const hash = useHashRoute();
  const { t } = useTranslation('common');
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);
  useEffect(() => {
    currentSession().then(
      (session) => setViewer(session),
      () => setViewer(null),
    );
  }, []);
  if (viewer === undefined) return <div className="screen-message">{t('loading')}</div>;
  if (viewer === null) return <SignInScreen onSignedIn={setViewer} />;
  const editor = /^#\/workflows\/(.+)$/.exec(hash);
  const inbox = /^#\/inbox(?:\/(.+))?$/.exec(hash);
  const contactPage = /^#\/contacts\/(.+)$/.exec(hash);
  const reports = /^#\/reports(?:\/([\w-]+))?(?:\?(.*))?$/.exec(hash);
  return (
    <ViewerContext.Provider value={viewer}>
      {viewer.mustSetUpTwoFactor ? (
        <AccountScreen required />
      ) : hash === '#/account' ? (
        <AccountScreen />
      ) : hash === '#/admin' && viewer.role === 'admin' ? (
        <AdminScreen />
      ) : hash === '#/channels' && viewer.role === 'admin' ? (
        <ChannelsScreen />
      ) : hash === '#/rich-menus' && viewer.role === 'admin' ? (
        <RichMenusScreen />
      ) : hash === '#/contacts' ? (
        <ContactsScreen />
      ) : contactPage ? (
        <ContactPage key={contactPage[1]} contactId={decodeURIComponent(contactPage[1])} />
      ) : hash === '#/teams' && viewer.role === 'admin' ? (
        <TeamsScreen />
      ) : reports && viewer.role === 'admin' ? (
        <Suspense fallback={<div className="screen-message">{t('loading')}</div>}>
          <ReportsScreen tab={isReportTab(reports[1]) ? reports[1] : 'overview'} search={reports[2] ?? ''} />
        </Suspense>
      ) : editor ? (
        <EditorScreen workflowId={decodeURIComponent(editor[1])} />
      ) : inbox || (viewer.role === 'agent' && (hash === '' || hash === '#/')) ? (
        <InboxScreen conversationId={inbox?.[1] ? decodeURIComponent(inbox[1]) : null} />
      ) : (
        <WorkflowsScreen />
      )}
      {/* Only on the inbox: other screens keep no live stream open. */}
      {viewer.id && !viewer.mustSetUpTwoFactor && (inbox || (viewer.role === 'agent' && (hash === '' || hash === '#/'))) ? (
        <InboxAlerts viewer={viewer} openConversationId={inbox?.[1] ? decodeURIComponent(inbox[1]) : null} />
      ) : null}
      <DialogHost />
      <ToastHost />
    </ViewerContext.Provider>
  );
}
