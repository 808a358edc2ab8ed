import { useTranslation } from 'react-i18next';
import { reportsApi } from './reports-client';
import { SeriesChart } from './charts';
import { humanize } from './format';
import { ReportStateView } from './report-state';
import { StatCard } from './stat-card';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

/** Contacts and messages: who came (and left), and the traffic each way, over time. */
export function ContactsMessagesTab({ filters, filtersKey }: TabProps) {
  const { t } = useTranslation('reports');
  const sourceNames: Record<string, string> = {
    follow: t('contacts.source.follow'),
    firstMessage: t('contacts.source.firstMessage'),
    message: t('contacts.source.firstMessage'),
  };
  const state = useReport(() => Promise.all([reportsApi.contacts(filters), reportsApi.messages(filters)]), filtersKey);
  return (
    <ReportStateView state={state}>
      {([contacts, messages]) => (
        <>
          <h3>{t('contacts.title')}</h3>
          <div className="stat-grid">
            <StatCard testId="stat-contacts-new" label={t('overview.newContacts')} value={contacts.new} />
            {Object.entries(contacts.bySource).map(([source, count]) => (
              <StatCard key={source} label={sourceNames[source] ?? humanize(source)} value={count} better="neither" />
            ))}
            <StatCard label={t('contacts.unfollowed')} value={contacts.unfollowed} better="lower" />
          </div>
          <section className="report-section" aria-label={t('contacts.overTime')}>
            <h3>{t('contacts.overTime')}</h3>
            <SeriesChart title={t('contacts.overTime')} series={contacts.series} names={sourceNames} />
          </section>
          <h3>{t('overview.messages')}</h3>
          <div className="stat-grid">
            <StatCard testId="stat-messages-received" label={t('overview.received')} value={messages.received} better="neither" />
            <StatCard label={t('overview.sentByBot')} value={messages.sentByBot} better="neither" />
            <StatCard testId="stat-messages-agents" label={t('overview.sentByAgents')} value={messages.sentByAgents} better="neither" />
            <StatCard label={t('contacts.replies')} value={messages.reply} better="neither" detail={t('contacts.repliesDetail')} />
            <StatCard label={t('contacts.pushes')} value={messages.push} better="neither" detail={t('contacts.pushesDetail')} />
            <StatCard label={t('overview.failed')} value={messages.failed} better="lower" />
          </div>
          <section className="report-section" aria-label={t('overview.messagesOverTime')}>
            <h3>{t('overview.messagesOverTime')}</h3>
            <SeriesChart title={t('overview.messagesOverTime')} series={messages.series} kind="bar" />
          </section>
        </>
      )}
    </ReportStateView>
  );
}
