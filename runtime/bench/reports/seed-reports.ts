import { newContact } from '../../engine/new-contact';
import { businessHoursSettingId } from '../../engine/published-workflows';
import { categoriesSettingId } from '../../reports/conversation-categories';
import type { ContactRecord, SettingRecord, WorkflowRecord, WorkflowVersionRecord } from '../../store/records';
import type { Commit, Store } from '../../store/store';
import { mergeTallies, type Tally } from '../../store/tallies';
import { yieldToTimers } from '../store/yield-to-timers';
import { businessHours, categories, exampleDocument, seedStart, userRecords, workflowSchedule, type BenchWorkflowId } from './bench-world';
import { conversationDocs } from './conversation-docs';
import type { PlannedContact } from './plan-conversation';
import { planSeed, type SeedSize } from './seed-plan';

export interface SeedFigures {
  planMs: number;
  writeMs: number;
  documents: number;
  tallies: number;
  commits: number;
}

const contactsPerCommit = 1000;
const conversationsPerCommit = 200;
const iso = (at: number) => new Date(at).toISOString();

/**
 * Writes the planned year through the store's own commit (one transaction per batch), so every
 * row, column and tally is what the engine would have left.
 */
export async function seedReports(store: Store, size: SeedSize, progress: (text: string) => void): Promise<SeedFigures> {
  const planStarted = performance.now();
  const plan = planSeed(size);
  const planMs = performance.now() - planStarted;
  progress(`planned ${plan.contacts.length} contacts and ${plan.conversations.length} conversations in ${(planMs / 1000).toFixed(1)} s`);
  const writeStarted = performance.now();
  const figures = { documents: 0, tallies: 0, commits: 0 };
  const commit = async (c: Commit) => {
    const tallies = c.tallies ? mergeTallies(c.tallies) : undefined;
    await store.commit({ ...c, ...(tallies ? { tallies } : {}) });
    figures.documents += Object.values(c.puts ?? {}).reduce((n, docs) => n + (docs as unknown[]).length, 0);
    figures.tallies += tallies?.length ?? 0;
    figures.commits++;
    await yieldToTimers();
  };

  await commit({ puts: setupDocuments() });
  for (let i = 0; i < plan.contacts.length; i += contactsPerCommit) {
    const batch = plan.contacts.slice(i, i + contactsPerCommit);
    await commit({ puts: { contacts: batch.map(contactRecord) }, tallies: batch.flatMap(contactTallies) });
  }
  progress(`wrote ${plan.contacts.length} contacts`);

  const tenth = Math.max(1, Math.floor(plan.conversations.length / 10));
  for (let i = 0; i < plan.conversations.length; i += conversationsPerCommit) {
    const puts: Required<Pick<NonNullable<Commit['puts']>, 'conversations' | 'conversationEvents' | 'messages' | 'runs' | 'csatResponses'>> = {
      conversations: [],
      conversationEvents: [],
      messages: [],
      runs: [],
      csatResponses: [],
    };
    const tallies: Tally[] = [];
    for (const planned of plan.conversations.slice(i, i + conversationsPerCommit)) {
      const docs = conversationDocs(planned);
      puts.conversations.push(docs.conversation);
      puts.conversationEvents.push(...docs.events);
      puts.messages.push(...docs.messages);
      puts.runs.push(...docs.runs);
      if (docs.csat) puts.csatResponses.push(docs.csat);
      tallies.push(...docs.tallies);
    }
    await commit({ puts, tallies });
    const done = Math.min(i + conversationsPerCommit, plan.conversations.length);
    if (Math.floor(done / tenth) > Math.floor(i / tenth)) progress(`wrote ${done} conversations (${((performance.now() - writeStarted) / 1000).toFixed(0)} s)`);
  }
  return { planMs, writeMs: performance.now() - writeStarted, ...figures };
}

/** The agents, the three example workflows in their versions, the company's hours and categories. */
function setupDocuments(): NonNullable<Commit['puts']> {
  const updatedAt = iso(seedStart - 30 * 86_400_000);
  const workflows: WorkflowRecord[] = [];
  const versions: WorkflowVersionRecord[] = [];
  for (const [workflowId, schedule] of Object.entries(workflowSchedule) as [BenchWorkflowId, (typeof workflowSchedule)[BenchWorkflowId]][]) {
    const document = exampleDocument(workflowId);
    const latest = schedule[schedule.length - 1];
    workflows.push({ id: workflowId, draft: document, publishedVersion: latest.version, createdAt: updatedAt, updatedAt: iso(latest.since) });
    for (const v of schedule) versions.push({ id: `${workflowId}@${v.version}`, workflowId, version: v.version, document, publishedAt: iso(v.since) });
  }
  const settings: SettingRecord[] = [
    { id: businessHoursSettingId, value: { hours: JSON.stringify(businessHours) }, updatedAt },
    { id: categoriesSettingId, value: { categories: JSON.stringify(categories.map(([name]) => name)), required: 'false' }, updatedAt },
  ];
  return { users: userRecords(), workflows, versions, settings };
}

function contactRecord(c: PlannedContact): ContactRecord {
  const contact = newContact(c.id, new Date(c.createdAt), c.source);
  return {
    ...contact,
    displayName: `Customer ${c.index + 1}`,
    language: c.language,
    tags: [...c.tags],
    isFriend: c.unfollowedAt === null,
    openConversationId: c.openConversationId,
    updatedAt: iso(Math.max(c.lastActivity, c.unfollowedAt ?? 0)),
  };
}

/** contact_hours as session-facts.ts adds them: created by source, and unfollows under the contact's source. */
function contactTallies(c: PlannedContact): Tally[] {
  const tallies: Tally[] = [{ kind: 'contacts', key: { hour: iso(c.createdAt).slice(0, 13), source: c.source }, add: { created: 1 } }];
  if (c.unfollowedAt !== null) tallies.push({ kind: 'contacts', key: { hour: iso(c.unfollowedAt).slice(0, 13), source: c.source }, add: { unfollowed: 1 } });
  return tallies;
}
