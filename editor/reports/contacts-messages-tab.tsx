import { reportsApi } from './reports-client';
import { SeriesChart } from './charts';
import { humanize } from './format';
import { ReportStateView } from './report-state';
import { StatCard } from './stat-card';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

const sourceNames: Record<string, string> = { follow: 'Added as a friend', firstMessage: 'By a first message', message: 'By a first message' };

/** Contacts and messages: who came (and left), and the traffic each way, over time. */
export function ContactsMessagesTab({ filters, filtersKey }: TabProps) {
  const state = useReport(() => Promise.all([reportsApi.contacts(filters), reportsApi.messages(filters)]), filtersKey);
  return (
    <ReportStateView state={state}>
      {([contacts, messages]) => (
        <>
          <h3>Contacts</h3>
          <div className="stat-grid">
            <StatCard testId="stat-contacts-new" label="New contacts" value={contacts.new} />
            {Object.entries(contacts.bySource).map(([source, count]) => (
              <StatCard key={source} label={sourceNames[source] ?? humanize(source)} value={count} better="neither" />
            ))}
            <StatCard label="Unfollowed or blocked" value={contacts.unfollowed} better="lower" />
          </div>
          <section className="report-section" aria-label="Contacts over time">
            <h3>Contacts over time</h3>
            <SeriesChart title="Contacts over time" series={contacts.series} names={sourceNames} />
          </section>
          <h3>Messages</h3>
          <div className="stat-grid">
            <StatCard testId="stat-messages-received" label="Received" value={messages.received} better="neither" />
            <StatCard label="Sent by the bot" value={messages.sentByBot} better="neither" />
            <StatCard testId="stat-messages-agents" label="Sent by agents" value={messages.sentByAgents} better="neither" />
            <StatCard label="Replies" value={messages.reply} better="neither" detail="Free: answers within the reply window" />
            <StatCard label="Pushes" value={messages.push} better="neither" detail="Counted against the LINE plan's quota" />
            <StatCard label="Failed deliveries" value={messages.failed} better="lower" />
          </div>
          <section className="report-section" aria-label="Messages over time">
            <h3>Messages over time</h3>
            <SeriesChart title="Messages over time" series={messages.series} kind="bar" />
          </section>
        </>
      )}
    </ReportStateView>
  );
}
